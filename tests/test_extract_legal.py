"""Legal basis: cited documents with number, type, date, issuer; lists; deduplication."""

from __future__ import annotations

import datetime as dt

from plan_texts import read_plan_text as _read

from vetplan.extract import extract_plan
from vetplan.extract.reflow import reflow


def _by_number(text: str):
    return {r.number: r for r in extract_plan(text).legal_basis}


def test_legal_002() -> None:
    refs = _by_number(_read("002_3303c71ebc34c61c.txt"))
    assert set(refs) == {
        "62-CV/BCSD",
        "06-CTr/TU",
        "176/KH-UBND",
        "10/KH-UBND",
        "24/CT-TTg",
        "219/KH-UBND",
        "522/QĐ-TTg",
        "913/QĐ-UBND",
        "68/NQ-CP",
        "23/2021/QĐ-TTg",
        "46/2015/QĐ-TTg",
    }
    q = refs["522/QĐ-TTg"]
    assert (q.doc_type, q.date, q.issuer) == ("Quyết định", dt.date(2018, 5, 14), "Thủ tướng Chính phủ")
    assert refs["62-CV/BCSD"].doc_type == "Công văn"
    assert refs["06-CTr/TU"].doc_type == "Chương trình" and refs["06-CTr/TU"].issuer == "Thành ủy Hà Nội"
    assert refs["46/2015/QĐ-TTg"].date is None
    # 23/2021/QĐ-TTg is cited across a blank line (lines 71/73)
    assert refs["23/2021/QĐ-TTg"].evidence is not None and refs["23/2021/QĐ-TTg"].evidence.line_start == 73


def test_legal_003_word_dates_and_no_date() -> None:
    refs = _by_number(_read("003_6086171514853b72.txt"))
    assert refs["267-KH/TU"].date == dt.date(2023, 9, 21)
    assert refs["267-KH/TU"].issuer == "Thành ủy Thành phố Hồ Chí Minh"
    assert refs["21-CT/TW"].doc_type == "Chỉ thị" and refs["21-CT/TW"].date is None
    assert refs["21-CT/TW"].issuer == "Ban Bí thư"
    assert refs["32/2018/TT-BGDĐT"].issuer == "Bộ Giáo dục và Đào tạo"
    assert refs["2426/QĐ-UBND"].issuer == "Ủy ban nhân dân Thành phố"
    assert len(refs) == 14
    numbers = [r.number for r in extract_plan(_read("003_6086171514853b72.txt")).legal_basis]
    assert len(numbers) == len(set(numbers))


def test_legal_reference_000_list_and_hyphen_wrap() -> None:
    refs = _by_number(_read("000_663358d11c2db32e.txt", "ref"))
    assert {"10/KH-UBND", "177/KH-UBND", "23/KH-UBND", "181-KH/TU", "21-CT/TW", "24/CT-TTg"} <= set(refs)
    r23 = refs["23/KH-UBND"]  # "số 23/KH-\nUBND ngày 26/01/2024" in a list "các Kế hoạch của UBND Thành phố: …"
    assert (r23.doc_type, r23.date, r23.issuer) == ("Kế hoạch", dt.date(2024, 1, 26), "UBND Thành phố")
    assert r23.evidence is not None and (r23.evidence.line_start, r23.evidence.line_end) == (12, 13)
    assert refs["181-KH/TU"].issuer == "Thành ủy Hà Nội"
    assert refs["21-CT/TW"].date == dt.date(2023, 5, 4)
    assert refs["60/2021/NĐ-CP"].doc_type == "Nghị định" and refs["60/2021/NĐ-CP"].issuer == "Chính phủ"
    assert "73/KH-UBND" not in refs  # the plan's own number


def test_dedupe_keeps_richest() -> None:
    text = (
        "KẾ HOẠCH\nX\nThực hiện Kế hoạch số 5/KH-UBND;\nI. NHIỆM VỤ\n"
        "- Theo Kế hoạch số 5/KH-UBND ngày 01/02/2023 của UBND Tỉnh."
    )
    refs = extract_plan(text).legal_basis
    assert len(refs) == 1
    assert refs[0].date == dt.date(2023, 2, 1) and refs[0].issuer == "UBND Tỉnh"


def test_impossible_citation_date_is_dropped_with_warning() -> None:
    r = extract_plan("Căn cứ Quyết định số 12/QĐ-UBND ngày 30/02/2023 của UBND Tỉnh;")
    assert r.legal_basis[0].date is None and r.legal_basis[0].issuer == "UBND Tỉnh"
    assert any("impossible date" in w for w in r.warnings)


def test_unnumbered_preamble_citations() -> None:
    text = (
        "KẾ HOẠCH\nĐào tạo nghề\nCăn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;\n"
        "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024 của UBND Tỉnh;\nI. MỤC ĐÍCH\n- x."
    )
    refs = extract_plan(text).legal_basis
    assert [(r.number, r.doc_type) for r in refs] == [(None, "Luật"), ("1/QĐ-UBND", "Quyết định")]
    assert (
        refs[0].date == dt.date(2014, 11, 27) and refs[0].text == "Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014"
    )
    assert refs[0].evidence is not None and refs[0].evidence.line_start == 3


def test_a_citation_whose_number_label_is_in_capitals() -> None:
    """"Quyết định\nSỐ 522/QĐ-TTg ngày 14/5/2018": a scan's label in capitals still opens the cited number (the
    citation had been lost)."""
    text = ("KẾ HOẠCH\nAbc\nCăn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ; Quyết định\n"
            "SỐ 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n- a.\n")
    got = [(r.number, r.date.isoformat() if r.date else None) for r in extract_plan(text).legal_basis]
    assert ("522/QĐ-TTg", "2018-05-14") in got


def test_a_scans_speck_after_so_or_ngay_in_a_citation() -> None:
    """"Chỉ thị số. 24/CT-TTg", "Quyết định số 522/QĐ-TTg ngày, 14/5/2018" (Tesseract-eng's specks after "số" and
    "ngày"): the cited number and its date are still read (the citation or its date had been lost)."""
    for line, want in (("Quyết định số 522/QĐ-TTg ngày, 14/5/2018 của Thủ tướng", ("522/QĐ-TTg", "2018-05-14")),
                       ("Quyết định số 522/QĐ-TTg ngày. 14/5/2018 của Thủ tướng", ("522/QĐ-TTg", "2018-05-14")),
                       ("Xã hội; Chỉ thị số. 24/CT-TTg ngày 28/5/2020 của Thủ tướng", ("24/CT-TTg", "2020-05-28")),
                       # the speck glued to the number: "số.1956/QĐ-TTg", "s6'1956/QĐ-TTg" (Tesseract-eng)
                       ("Chính phủ; Quyết định số.1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng",
                        ("1956/QĐ-TTg", "2009-11-27")),
                       ("Căn cứ Quyết định s6'1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng",
                        ("1956/QĐ-TTg", "2009-11-27")),
                       # "số" read as digits after a document's type ("86": its s an 8, its ố a 6)
                       ("phủ; Thông tư 86 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ",
                        ("43/2016/TT-BLĐTBXH", "2016-12-28")),
                       # … as its ố alone ("Chỉ thị 6 24/CT-TTg"), a hyphen after it ("số-46/2015/QĐ-TTg")
                       ("Thực hiện Chỉ thị 6 24/CT-TTg ngày 28/5/2020 của Thủ tướng", ("24/CT-TTg", "2020-05-28")),
                       ("Chính phủ; Chỉ thị 0\n24/CT-TTg ngày 28/5/2020 của Thủ tướng", ("24/CT-TTg", "2020-05-28")),
                       ("Chính phủ; Quyết định số ,\n522/QĐ-TTg ngày 14/5/2018 của Thủ tướng",
                        ("522/QĐ-TTg", "2018-05-14")),
                       ("Quyết định số-46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng", ("46/2015/QĐ-TTg", "2015-09-28")),
                       # specks after the number, and two after "ngày"
                       ("Căn cứ Chỉ thị Số 24/CT-TTg- ngày..28/5/2020 của Thủ tướng", ("24/CT-TTg", "2020-05-28")),
                       ("Quyết định số 522/QĐ-TTg. ngày 14/5/2018 của Thủ tướng", ("522/QĐ-TTg", "2018-05-14"))):
        got = extract_plan("KẾ HOẠCH\nAbc\n" + line + "\nI. MỤC ĐÍCH\n- a.").legal_basis
        assert [(x.number, x.date.isoformat() if x.date else None) for x in got] == [want], line



def test_a_scans_specks_around_a_cited_number() -> None:
    """A speck after "số" ("số_46/2015/QĐ-TTg": the document had been lost) and a colon glued between the number and
    its date ("15/2019/NĐ-CP:ngày 01/02/2019": the date had been lost)."""
    text = "KẾ HOẠCH\nAbc\nCăn cứ Nghị định số 15/2019/NĐ-CP:ngày 01/02/2019. của Chính phủ; Quyết định " \
           "số_46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;\nI. MỤC ĐÍCH\n- a.\n"
    assert [(r.number, r.date) for r in extract_plan(text).legal_basis] == [
        ("15/2019/NĐ-CP", dt.date(2019, 2, 1)), ("46/2015/QĐ-TTg", dt.date(2015, 9, 28))]


def test_a_citations_date_word_capitalised_and_specked() -> None:
    """"… số 522/QĐ-TTg Ngày. 14/5/2018 của …" (a scan's capital and stop on the date's word): the date is the
    citation's (it had been lost)."""
    refs = extract_plan("Thực hiện Quyết định số 522/QĐ-TTg Ngày. 14/5/2018 của Thủ tướng Chính phủ;").legal_basis
    assert [(r.number, r.date) for r in refs] == [("522/QĐ-TTg", dt.date(2018, 5, 14))]


def test_a_citations_number_after_a_bar_opening_its_line() -> None:
    """"Quyết định số" / "| 522/QĐ-TTg ngày 14/5/2018" (a scan's bar opening the next line: fresh seed 905 eng, the
    citation had been lost)."""
    text = ("KẾ HOẠCH\nAbc\nCăn cứ Chỉ thị số 24/CT-TTg ngày 28/5/2020 của Thủ tướng Chính phủ; Quyết định số\n"
            "| 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ, Sở Lao động ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n- a.\n")
    assert [(c.number, str(c.date)) for c in extract_plan(text).legal_basis] == [
        ("24/CT-TTg", "2020-05-28"), ("522/QĐ-TTg", "2018-05-14")]


def test_sixty_sixth_session_a_citations_number_after_specks_or_on_the_next_line() -> None:
    """Real Tesseract-eng on fresh seeds 9050, 9284 and 9495, each citation lost: "Quyết định số." / "46/2015/QĐ-TTg
    …" (a speck's stop after "số" ending the line: the lines had been kept apart as two sentences), "Chỉ thị Số)" /
    "24/CT-TTg …" (a bracket), "số .1956/QĐ-TTg" (a speck glued to the number)."""
    text = ("KẾ HOẠCH\nAbc\nThực hiện Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ; Chỉ thị Số)\n"
            "24/CT-TTg ngày 28/5/2020 của Thủ tướng Chính phủ; Quyết định số.\n46/2015/QĐ-TTg ngày 28/9/2015 của Thủ "
            "tướng Chính phủ; Quyết định số .1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ, Sở Lao động ban "
            "hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    assert [(c.number, str(c.date)) for c in extract_plan(text).legal_basis] == [
        ("15/2019/NĐ-CP", "2019-02-01"), ("24/CT-TTg", "2020-05-28"), ("46/2015/QĐ-TTg", "2015-09-28"),
        ("1956/QĐ-TTg", "2009-11-27")]
    # a sentence that ends with a figure's stop stays apart from a number opening the next line
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\nTuyển sinh năm 2024 đạt 95%.\n2024 là năm đầu tiên.\n"
    assert "Tuyển sinh năm 2024 đạt 95%." in [p.text for p in reflow(text)]


def test_sixty_sixth_session_a_citations_number_word_read_as_a_figure_and_a_bracket() -> None:
    """"Quyết định 0)" / "522/QĐ-TTg ngày 14/5/2018 …" (real Tesseract-eng on fresh seed 9671: "số" read "0)" at the
    line's end, the citation lost)."""
    text = ("KẾ HOẠCH\nAbc\nCăn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ; Quyết định 0)\n522/QĐ-TTg "
            "ngày 14/5/2018 của Thủ tướng Chính phủ, Ủy ban nhân dân huyện Đồng Hỷ\nI. MỤC ĐÍCH\n- a.\n")
    assert [(c.number, str(c.date)) for c in extract_plan(text).legal_basis] == [
        ("15/2019/NĐ-CP", "2019-02-01"), ("522/QĐ-TTg", "2018-05-14")]
