"""Funding sources and reporting obligations (own part, or inside the implementation part)."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_texts import read_plan_text as _read

from vetplan.extract import extract_plan
from vetplan.extract.funding import funding_kind
from vetplan.extract.reporting import frequency_of


@pytest.mark.parametrize(
    ("s", "kind"),
    [
        ("Ngân sách Trung ương hỗ trợ", "central_budget"),
        ("Nguồn ngân sách Thành phố bố trí hằng năm", "local_budget"),
        ("ngân sách địa phương", "local_budget"),
        ("Nguồn thu từ học phí", "tuition"),
        ("Nguồn vốn vay ưu đãi nước ngoài, vốn ODA.", "oda"),
        ("Huy động xã hội hóa", "socialized"),
        ("Kinh phí đóng góp của các doanh nghiệp", "enterprise"),
        ("cân đối trong nguồn dự toán kinh phí năm 2024", "state_budget"),
        ("Các nguồn kinh phí hợp pháp khác", "other"),
    ],
)
def test_funding_kind(s: str, kind: str) -> None:
    assert funding_kind(s) == kind


def test_funding_reference_000() -> None:
    f = extract_plan(_read("000_663358d11c2db32e.txt", "ref")).funding
    assert [x.kind for x in f] == ["local_budget", "state_budget", "oda", "tuition", "socialized"]
    assert f[0].evidence is not None and f[0].evidence.line_start == 266


def test_funding_003_section_and_002_without_section() -> None:
    f3 = extract_plan(_read("003_6086171514853b72.txt")).funding
    assert len(f3) == 1 and f3[0].kind == "state_budget" and f3[0].evidence.line_start == 269
    f2 = extract_plan(_read("002_3303c71ebc34c61c.txt")).funding  # no funding part: "bố trí kinh phí …"
    assert len(f2) == 1 and f2[0].kind == "state_budget" and "bố trí kinh phí" in f2[0].text


@pytest.mark.parametrize(
    ("s", "freq"),
    [
        ("báo cáo định kỳ hàng quý", "quarterly"),
        ("Báo cáo năm gửi Sở", "annual"),
        ("báo cáo 6 tháng đầu năm", "semiannual"),
        ("báo cáo hằng tháng", "monthly"),
        ("báo cáo định kỳ", "periodic"),
        ("báo cáo đột xuất", "ad_hoc"),
        ("báo cáo kết quả", None),
    ],
)
def test_frequency(s: str, freq: str | None) -> None:
    assert frequency_of(s) == freq


def test_reporting_reference_000() -> None:
    rep = extract_plan(_read("000_663358d11c2db32e.txt", "ref")).reporting
    assert [(r.frequency, r.deadline, r.recipient) for r in rep] == [
        ("annual", dt.date(2024, 12, 15), "Sở Lao động - Thương binh và Xã hội"),
        ("once", dt.date(2024, 12, 31), "UBND Thành phố"),
    ]


def test_reporting_003_quarterly_and_annual() -> None:
    rep = extract_plan(_read("003_6086171514853b72.txt")).reporting
    assert [(r.frequency, r.deadline) for r in rep] == [("quarterly", None), ("annual", dt.date(2024, 12, 10))]
    assert all(r.recipient == "Sở Lao động - Thương binh và Xã hội" for r in rep)
    assert rep[0].evidence is not None and rep[0].evidence.line_start == 308


def test_reporting_002_inside_implementation_plan_year() -> None:
    rep = extract_plan(_read("002_3303c71ebc34c61c.txt")).reporting
    assert rep[0].deadline == dt.date(2022, 12, 25)  # "trước ngày 25/12" takes the plan's year
    assert rep[0].recipient == "Sở Lao động - Thương binh và Xã hội"
    assert rep[1].frequency == "ad_hoc"
    assert rep[1].recipient == "UBND Thành phố (qua Sở Lao động - Thương binh và Xã hội)"
    assert len(rep) == 2


def test_reporting_handmade_inside_implementation() -> None:
    text = (
        "Hà Nội, ngày 01 tháng 02 năm 2025\nKẾ HOẠCH\nAbc\nI. NHIỆM VỤ\n1. Đào tạo\n- Đào tạo nghề.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Phối hợp.\n"
        "Định kỳ 6 tháng, các đơn vị báo cáo UBND Thành phố (qua Sở Lao động - Thương binh và Xã hội) "
        "trước ngày 15/6 và 15/12.\n"
    )
    rep = extract_plan(text).reporting
    assert len(rep) == 1
    assert rep[0].frequency == "semiannual"
    assert rep[0].deadline == dt.date(2025, 6, 15)
    assert rep[0].recipient == "UBND Thành phố (qua Sở Lao động - Thương binh và Xã hội)"


def test_a_speck_after_so_is_no_sentences_end() -> None:
    """"… kết quả về Sở. Lao động - Thương binh và Xã hội trước ngày 05/12/2022." (a scan's speck after "Sở"): one
    sentence, its deadline found (it had been cut at "Sở." and the deadline lost); a sentence ending at "Sở." before
    another that opens with no department's name stays two."""
    text = ("Hà Nội, ngày 01 tháng 02 năm 2022\nKẾ HOẠCH\nAbc\nI. NHIỆM VỤ\n- Đào tạo nghề.\nII. TỔ CHỨC THỰC HIỆN\n"
            "Các cơ quan, đơn vị báo cáo kết quả về Sở. Lao động - Thương binh và Xã hội trước ngày 05/12/2022.\n")
    rep = extract_plan(text).reporting
    assert [(r.deadline, r.recipient) for r in rep] == [
        (dt.date(2022, 12, 5), "Sở Lao động - Thương binh và Xã hội")]
    got = extract_plan(text.replace("về Sở. Lao động", "về. Sở Lao động")).reporting  # (after "về": no sentence's end)
    assert [(r.deadline, r.recipient) for r in got] == [(dt.date(2022, 12, 5), "Sở Lao động - Thương binh và Xã hội")]
    text = text.replace("Sở. Lao động - Thương binh và Xã hội trước", "Sở. Các đơn vị báo cáo trước")
    assert [r.deadline for r in extract_plan(text).reporting] == [None, dt.date(2022, 12, 5)]
    for speck in (", ", ":", "-", " - "):  # a speck after "ngày", glued to the day too ("trước ngày:08/12/2022")
        got = extract_plan(text.replace("trước ngày 05/12", f"trước ngày{speck}05/12")).reporting
        assert [r.deadline for r in got] == [None, dt.date(2022, 12, 5)], speck
    # "trước" as a scan misread it ("trụ ngày", "trưrớe ngày": the deadline had been lost, the recipient run on);
    # "trong ngày" is none
    for word, want in (("trụ", dt.date(2022, 12, 5)), ("trưrớe", dt.date(2022, 12, 5)), ("trong", None)):
        got = extract_plan(text.replace("Sở. Các đơn vị báo cáo trước", f"Sở Lao động - Thương binh và Xã hội {word}"))
        assert [(r.deadline, r.recipient) for r in got.reporting] == [(want, "Sở Lao động - Thương binh và Xã hội")]


def test_impossible_deadline_dropped() -> None:
    r = extract_plan("KẾ HOẠCH\nX\nI. CHẾ ĐỘ BÁO CÁO\nBáo cáo năm gửi Sở Tài chính trước ngày 31/02/2024.")
    assert r.reporting[0].deadline is None and any("impossible deadline" in w for w in r.warnings)


def test_a_speck_after_a_small_word_ends_no_sentence_of_a_report() -> None:
    """"… về Sở Lao động - Thương binh và. Xã hội trước ngày 08/12/2017." (a scan's speck after "và": the sentence had
    been cut there, its deadline lost); a stop after a sentence still parts two."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nII. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo cáo kết quả về Sở Lao " \
           "động - Thương binh và. Xã hội trước ngày\n08/12/2017.\n"
    reps = extract_plan(text).reporting
    assert [r.deadline for r in reps] == [dt.date(2017, 12, 8)]


def test_a_report_in_a_plan_whose_implementation_heading_is_unreadable() -> None:
    """"V. TACHjCTHUCHI@N" (a code's "TỔ CHỨC THỰC HIỆN", its spaces lost, undecoded): no part is the implementation,
    so any part's sentence that names a report and its deadline is read (the deadline had been lost)."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nIV. KINH PHÍ THỰC HIỆN\nKinh phí từ ngân sách nhà nước.\n" \
           "V. TACHjCTHUCHI@N\nCác cơ quan, đơn vị báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trước " \
           "ngày 13/12/2021.\n"
    assert [r.deadline for r in extract_plan(text).reporting] == [dt.date(2021, 12, 13)]


def test_results_sent_to_an_agency_by_a_deadline_are_a_report() -> None:
    """Results sent to an agency by a deadline are a report though its "báo cáo" was misread ("đơn vị bảo có kết quả
    về Phòng …": a code's repair; the deadline had been lost); results with no agency to send them to are none."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nII. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị {} trước ngày 22/12/2022.\n"
    [r] = extract_plan(text.format("bảo có kết quả về Phòng Lao động - Thương binh và Xã hội")).reporting
    assert (r.deadline, r.recipient) == (dt.date(2022, 12, 22), "Phòng Lao động - Thương binh và Xã hội")
    assert extract_plan(text.format("thực hiện đạt kết quả tốt")).reporting == []


def test_a_quote_speck_after_the_results_preposition() -> None:
    """"… báo, cáo kết quả về’ Phòng Lao động …" (real Tesseract-eng on fresh seed 719 eng: a speck's comma inside
    "báo cáo" and a quote after "về"; the deadline had been lost): the quote is a speck, as a stop there is."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nII. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo, cáo kết quả về’ Phòng " \
           "Lao động - Thương binh và Xã hội\ntrước ngày 05/12/2017.\n"
    [r] = extract_plan(text).reporting
    assert (r.deadline, r.recipient) == (dt.date(2017, 12, 5), "Phòng Lao động - Thương binh và Xã hội")


def test_a_speck_between_the_deadlines_word_and_its_date() -> None:
    """"… trước ngày 1 17/12/2024:" (a scan's speck read as a figure before a whole date): the deadline is the date
    after it; "trước ngày 1 tháng 12" is still the first of December."""
    base = "Hà Nội, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\n"
    rep = extract_plan(base + "Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 1 17/12/2024:\n").reporting
    assert rep and rep[0].deadline == dt.date(2024, 12, 17)
    rep = extract_plan(base + "Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 1 tháng 12 năm 2024.\n"
                       ).reporting
    assert rep and rep[0].deadline == dt.date(2024, 12, 1)


def test_a_hyphen_for_the_space_before_the_deadlines_date_word() -> None:
    """"… trước-ngày 18/12/2023." (a scan's hyphen for the space: the deadline had been lost)."""
    rep = extract_plan("Hà Nội, ngày 01 tháng 02 năm 2023\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị "
                       "báo cáo kết quả về Sở Nội vụ trước-ngày 18/12/2023.\n").reporting
    assert rep and rep[0].deadline == dt.date(2023, 12, 18)


def test_a_specks_colon_between_before_and_the_deadlines_date_word() -> None:
    """"… Xã hội trước: ngày 06/12/2018." (unseen seed 1135 scan: a speck's colon after "trước", the deadline lost)."""
    rep = extract_plan("Hà Nội, ngày 01 tháng 02 năm 2018\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị "
                       "báo cáo kết quả về Sở Nội vụ trước: ngày 06/12/2018.\n").reporting
    assert rep and rep[0].deadline == dt.date(2018, 12, 6)


def test_a_deadlines_before_word_with_its_r_read_as_n() -> None:
    """"tnwac ngày 16/12/2022" (trước, its r read as n and its vowel misread: a code's; the deadline had been lost);
    "từ ngày" (a start) and "trong ngày" are no deadline."""
    from vetplan.extract.reporting import deadline_of

    assert deadline_of("báo cáo kết quả về Sở tnwac ngày 16/12/2022.", 2022, []) == dt.date(2022, 12, 16)
    assert deadline_of("từ ngày 16/12/2022", 2022, []) is None
    assert deadline_of("trong ngày 16/12/2022", 2022, []) is None


def test_a_deadline_after_a_long_misread_truoc() -> None:
    """"… về Sở Lao động - Thương binh và Xã hội truwddc ngày 07/12/2021." (trước read as seven letters)."""
    text = ("UBND TỈNH X\nKẾ HOẠCH\nVề x\nIV. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo cáo kết quả về Sở Lao động - "
            "Thương binh và Xã hội truwddc ngày 07/12/2021.\n")
    assert [r.deadline for r in extract_plan(text).reporting] == [dt.date(2021, 12, 7)]


def test_a_specks_letter_glued_before_the_deadlines_before_word() -> None:
    """"… Xã hội btruwéc ngày 13/12/2016." (sample 000's engine on another plan, fresh seed 384 eng000: a speck read as
    a "b" glued to trước; the deadline had been lost); a word that merely ends so is no deadline's."""
    from vetplan.extract.reporting import deadline_of

    assert deadline_of("báo cáo kết quả về Sở btruwéc ngày 13/12/2016.", 2016, []) == dt.date(2016, 12, 13)
    assert deadline_of("báo cáo kết quả về Sở abtruwéc ngày 13/12/2016.", 2016, []) is None


def test_a_deadlines_truoc_with_a_stand_ins_leftover_or_glued_to_an_unmarked_ngay() -> None:
    """A symbol code's repair of the deadline (sample 004's code on other plans, fresh seeds 551, 554, 561 code004: each
    deadline had been lost): "trước-Có ngày 07/12/2019", "trước ngay07/12/2018", "truaelngay 07/12/2019"; "trong ngày"
    (within the day) stays no deadline, glued or not."""
    from vetplan.extract.reporting import deadline_of

    for line in ("về Phòng Lao động trước-Có ngày 07/12/2019.", "về Sở Lao động trước ngay07/12/2019.",
                 "về Phòng Lao động truaelngay 07/12/2019."):
        assert deadline_of("báo cáo kết quả " + line, 2019, []) == dt.date(2019, 12, 7), line
    for line in ("về Sở trong ngày 07/12/2019.", "về Sở trongngay 07/12/2019."):
        assert deadline_of("báo cáo kết quả " + line, 2019, []) is None, line


def test_a_deadlines_truoc_with_its_r_read_n_glued_to_ngay() -> None:
    """"tnracngay 19/12/2022" (a code's trước, its r read n, glued to an unmarked "ngay": fresh seed 902 code004, the
    deadline had been lost); "tnongngay" (no r, no vowel but "ong" after it) stays none."""
    from vetplan.extract.reporting import deadline_of

    assert deadline_of("báo cáo kết quả về Phòng Lao động tnracngay 19/12/2022.", 2022, []) == dt.date(2022, 12, 19)
    assert deadline_of("báo cáo kết quả về Phòng Lao động tnongngay 19/12/2022.", 2022, []) is None


def test_a_deadlines_truoc_read_with_h_and_a_stand_ins_leftover() -> None:
    """"thảo-Có ngày 15/12/2021" (a code's "tnwo-C ngay", the decoder's reading: fresh seed 6111 code004, the deadline
    had been lost); "theo ngày 15/12/2021" (by the day) is no deadline."""
    from vetplan.extract.reporting import deadline_of

    assert deadline_of("báo cáo kết quả về Sở Lao động thảo-Có ngày 15/12/2021.", 2021, []) == dt.date(2021, 12, 15)
    assert deadline_of("báo cáo kết quả về Sở Lao động theo ngày 15/12/2021.", 2021, []) is None


def test_a_question_mark_after_the_deadlines_date_word() -> None:
    """"… Xã hội trước ngày? 22/12/2016." (real Tesseract-eng on fresh seed 5705: a speck read "?", the deadline
    lost)."""
    rep = extract_plan("Hà Nội, ngày 01 tháng 02 năm 2016\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị "
                       "báo cáo kết quả về Sở Nội vụ trước ngày? 22/12/2016.\n").reporting
    assert rep and rep[0].deadline == dt.date(2016, 12, 22)


def test_a_speck_glued_after_the_deadlines_before_word() -> None:
    """"… Xã hội trudéc¢ ngày 15/12/2019." (real Tesseract-eng on fresh seed 6253: a cent sign glued to the misread
    "trước", the deadline lost)."""
    rep = extract_plan("Hà Nội, ngày 01 tháng 02 năm 2019\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị "
                       "báo cáo kết quả về Sở Nội vụ trudéc¢ ngày 15/12/2019.\n").reporting
    assert rep and rep[0].deadline == dt.date(2019, 12, 15)


def test_a_bracket_for_the_t_of_the_deadlines_before_word() -> None:
    """"… và Xã hội [rước ngày: 21/12/2017," (vetplan's OCR of fresh seed 3879's scan, the deadline lost)."""
    rep = extract_plan("Hà Nội, ngày 01 tháng 02 năm 2017\nKẾ HOẠCH\nAbc\nI. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị "
                       "báo cáo kết quả về Sở Nội vụ [rước ngày: 21/12/2017,\n").reporting
    assert rep and rep[0].deadline == dt.date(2017, 12, 21)


def test_sixty_sixth_session_a_deadlines_words_with_a_comma_between_them() -> None:
    """"… trước, ngày.20/ 12/2020." (real Tesseract-eng on fresh seed 9567: a speck's comma after "trước", a stop after
    "ngày", a space inside the date; the deadline had been lost)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nIV. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo cáo kết quả về Phòng Lao "
            "động - Thương binh và Xã hội trước, ngày.20/ 12/2020.\n")
    assert [r.deadline for r in extract_plan(text).reporting] == [dt.date(2020, 12, 20)]


def test_sixty_seventh_session_results_sent_with_their_about_word_read_and() -> None:
    """"Các cơ quan, dân vjbaoeao kết quả và Phòng Lao động … trước ngày 14/12/2019." (sample 004's code on fresh seed
    14096: "báo cáo" glued and unread, "về" read "và"; the deadline lost) — results and an agency, then a deadline."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nIV. TỔ CHỨC THỰC HIỆN\nCác cơ quan, dân vjbaoeao kết quả và Phòng Lao "
            "động - Thương binh và Xã hội trước ngày 14/12/2019.\n")
    assert [r.deadline for r in extract_plan(text).reporting] == [dt.date(2019, 12, 14)]


def test_sixty_eighth_session_a_deadlines_before_word_parted_or_specks_around_its_date_word() -> None:
    """"… Xã hội trụ đốc" / "" / "ngày, 22/12/2020:" (real Tesseract-eng's "tru’déc" on fresh seed 10901: the word
    parted by a speck's quote), "… trước" / "" / "—- ngày 13/12/2022." (11000: a speck's dashes opening the line),
    "trước ngày:-05/12/2023." (10762: a colon and a hyphen after "ngày") — each deadline had been lost."""
    head = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nIV. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo cáo kết quả về Phòng Lao "
            "động - Thương binh và Xã hội ")
    for tail, want in (("trụ đốc\n\nngày, 22/12/2020:\n", dt.date(2020, 12, 22)),
                       ("trước\n\n—- ngày 13/12/2022.\n", dt.date(2022, 12, 13)),
                       ("trước ngày:-05/12/2023.\n", dt.date(2023, 12, 5))):
        assert [r.deadline for r in extract_plan(head + tail).reporting] == [want], tail
    # "trong" is no deadline's word
    assert [r.deadline for r in extract_plan(head + "trong ngày 05/12/2023.\n").reporting] == [None]
