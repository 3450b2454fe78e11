"""Header fields (number, type, issuer, place, date, title, signer, recipients) and plan detection."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_texts import read_plan_text as _read

from vetplan.extract import extract_plan


def test_header_002_markdown_bold_number() -> None:
    d = extract_plan(_read("002_3303c71ebc34c61c.txt")).document
    assert d.number == "72/KH-UBND"
    assert d.doc_type == "Kế hoạch"
    assert d.place == "Hà Nội"
    assert d.issued_date == dt.date(2022, 3, 4)
    assert d.issuer == "UBND thành phố Hà Nội"
    assert d.title == "Khắc phục hạn chế, khuyết điểm trong công tác giáo dục nghề nghiệp năm 2021"
    assert d.signer is not None
    assert d.signer.name == "Chủ Xuân Dũng"
    assert d.signer.position == "PHÓ CHỦ TỊCH"
    assert d.signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
    assert d.recipients[0] == "Đồng chí Bí thư Thành ủy"
    assert len(d.recipients) == 10 and not any(r.startswith("Lưu") for r in d.recipients)
    assert d.evidence is not None and d.evidence.line_start == 3


def test_header_003_draft_blank_number_and_day() -> None:
    d = extract_plan(_read("003_6086171514853b72.txt")).document
    assert d.number is None
    assert d.issued_date is None
    assert d.place == "Thành phố Hồ Chí Minh"
    assert d.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert d.title and d.title.startswith("Thực hiện Chương trình nâng cao chất lượng")
    assert d.title.endswith("năm 2024")
    assert d.signer is not None and d.signer.name == "Dương Anh Đức" and d.signer.on_behalf_of == "KT. CHỦ TỊCH"
    assert "Hội đồng Hiệu trưởng các Trường Cao đẳng và Trung cấp trên địa bàn Thành phố" in d.recipients
    assert len(d.recipients) == 13


def test_header_reference_000_merged_lines() -> None:
    d = extract_plan(_read("000_663358d11c2db32e.txt", "ref")).document
    assert d.number == "73/KH-UBND"
    assert d.place == "Hà Nội"
    assert d.issued_date == dt.date(2024, 3, 2)
    assert d.issuer == "UBND thành phố Hà Nội"
    assert d.title == "Triển khai thực hiện công tác giáo dục nghề nghiệp trên địa bàn thành phố Hà Nội năm 2024"
    assert d.signer is not None and d.signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
    assert d.recipients[:2] == ["Bộ Lao động - Thương binh và Xã hội", "Chủ tịch UBND Thành phố"]


def test_header_reference_004_issuer_from_text() -> None:
    d = extract_plan(_read("004_9189d18628ef2108.excerpt.txt", "ref")).document
    assert d.issuer == "UBND quận Ba Đình"
    assert d.doc_type == "Kế hoạch"
    assert d.title is not None and d.title.startswith('Triển khai "Đề án Giáo dục hướng nghiệp')


MERGED = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND Hà Nội, ngày 31 tháng 2 năm 2024
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp
Căn cứ Luật Giáo dục nghề nghiệp;
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính: bố trí kinh phí.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Như trên; KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
- Lưu: VT.
Nguyễn Văn An
"""


def test_merged_two_column_header_and_impossible_date() -> None:
    r = extract_plan(MERGED)
    d = r.document
    assert d.number == "15/KH-UBND"
    assert d.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    assert d.place == "Hà Nội"
    assert d.issued_date is None and any("impossible issue date" in w for w in r.warnings)
    assert d.title == "Phát triển giáo dục nghề nghiệp"
    assert d.signer is not None and d.signer.name == "Nguyễn Văn An"
    assert d.signer.position == "PHÓ CHỦ TỊCH"
    assert d.signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
    assert d.recipients == ["Như trên"]
    assert r.implementation[0].agency == "Sở Tài chính"
    assert r.implementation[0].duties == ["bố trí kinh phí."]


def test_a_signature_read_beside_the_position_is_left_out() -> None:
    """Tesseract reads the handwritten signature as a speck or two, at times on the position's line."""
    for junk in ("3đ", "v3", "|", "J~"):
        d = extract_plan(MERGED.replace("PHÓ CHỦ TỊCH", f"PHÓ CHỦ TỊCH {junk}")).document
        assert d.signer is not None and d.signer.position == "PHÓ CHỦ TỊCH", junk
    d = extract_plan(MERGED.replace("PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC SỞ")).document
    assert d.signer is not None and d.signer.position == "PHÓ GIÁM ĐỐC SỞ"


def test_blank_number_in_draft() -> None:
    d = extract_plan("Số:    /KH-UBND\nHà Nội, ngày   tháng 5 năm 2023\nKẾ HOẠCH\nAbc").document
    assert d.number is None and d.issued_date is None and d.place == "Hà Nội"


def test_a_number_whose_label_a_scan_lost_is_read_from_its_header_line() -> None:
    """"183/KH-UBND Đức Phổ, ngày 05 …": the number opens the header's date line, its "Số:" lost (fresh seed 1235 eng:
    number None); a cited document's number at a preamble line's start is no document's own, nor is a draft's blank."""
    head = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ ĐỨC PHỔ Độc lập - Tự do - Hạnh phúc\n"
            "183/KH-UBND Đức Phổ, ngày 05 tháng 07 năm 2023\nKẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn năm 2023\n")
    body = ("Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ và Kế hoạch số\n"
            "12/KH-UBND ngày 10/01/2023 của UBND tỉnh, UBND thị xã ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    d = extract_plan(head + body).document
    assert d.number == "183/KH-UBND" and d.doc_type == "Kế hoạch" and d.place == "Đức Phổ"
    assert d.issued_date == dt.date(2023, 7, 5) and d.evidence is not None and d.evidence.line_start == 3
    assert extract_plan(head.replace("183/KH-UBND ", "") + body).document.number is None  # (not the cited 12/KH-UBND)
    assert extract_plan(head.replace("183/KH-UBND", "Số:    /KH-UBND") + body).document.number is None


def test_recipients_under_a_damaged_label_without_the_signature_column_or_specks() -> None:
    """A scan's "Nơi nhìn:" still opens the recipients; a merged signature column is cut off even without its
    dot ("; KT CHỦ TỊCH"), a speck after an item is dropped ("; / N"), and the file copy ("LƯU:") is no
    recipient."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
            "Nơi nhìn: TM. ỦY BAN NHÂN DÂN\n- Bộ Lao động Thương binh và Xã hội; KT CHỦ TỊCH\n"
            "- Chủ tịch UBND Thành phố; / N\n- Các sở, ngành;\n-LƯU: VT, KGVX.\n")
    assert extract_plan(text).document.recipients == ["Bộ Lao động Thương binh và Xã hội", "Chủ tịch UBND Thành phố",
                                                       "Các sở, ngành"]
    text = text.replace("- Các sở, ngành;", "- Các sở, ngành:")  # (a colon read for the semicolon)
    assert extract_plan(text).document.recipients[-1] == "Các sở, ngành"
    # a dash read as a colon or semicolon opens an item too (two had been merged, the file copy taken for one)
    text = text.replace("- Các sở, ngành:", ": Các sở, ngành;").replace("-LƯU: VT, KGVX.", "; Lưu: VT")
    assert extract_plan(text).document.recipients[-2:] == ["Chủ tịch UBND Thành phố", "Các sở, ngành"]
    # a plus read after a dash, or for it ("~ + Chủ tịch, các PCT UBND tỉnh:" in a Tesseract-eng reading)
    text = text.replace("- Chủ tịch UBND Thành phố; / N", "~ + Chủ tịch UBND Thành phố;")
    text = text.replace(": Các sở", "+ Các sở")
    assert extract_plan(text).document.recipients[-2:] == ["Chủ tịch UBND Thành phố", "Các sở, ngành"]


def test_specks_inside_a_recipient_are_none_of_its_name() -> None:
    """Tesseract-eng's specks inside a recipient's name: a stop ("Thường trực. HĐND tỉnh"), a dash before a small
    word ("Tỉnh-ủy", "Thương binh- và Xã hội"), a quote opening a word ("ban, ‘ngành"), a mark after a comma ("Chủ
    tịch,.các") or glued after "các" ("các.PCT"); a name's own hyphen and dash stay ("GDNN-GDTX", "Bà Rịa-Vũng Tàu",
    "Lao động - Thương binh")."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- Thường trực. HĐND tỉnh;\n- Thường trực Tỉnh-ủy;\n"
            "- Bộ Lao động - Thương binh- và Xã hội;\n- Các sở, ban, ‘ngành;\n- Chủ tịch,.các PCT UBND tỉnh;\n"
            "- Trung tâm GDNN-GDTX tỉnh Bà Rịa-Vũng Tàu;\n- Thường trực Thành: ủy;\n"
            "- Sở Lao động - Thương binh và Xã -hội;\n- Sở Lao động.- Thương binh và Xã hội;\n"
            "- Bộ Lao động - Thương binh và:Xã hội;\n- Các sở, ban,-ngành;\n- Chủ tịch, các.PCT UBND tỉnh;\n"
            "- Chủ tịch, các:PCT UBND tỉnh;\n- Chủ tịch, các: PCT UBND tỉnh;\n- Chủ tịch, các- PCT UBND tỉnh;\n"
            "- Sở Công.Thương;\n- Thường trực HĐND) tỉnh;\n- Sở Kế hoạch và _ Đầu tư;\n- Các sở;, ban, ngành;\n"
            "- Bộ Lao động - Thương binh và: Xã hội;\n> Thường trực Tỉnh ủy;\n- Lưu:VT.\n")
    assert extract_plan(text).document.recipients == [
        "Thường trực HĐND tỉnh", "Thường trực Tỉnh ủy", "Bộ Lao động - Thương binh và Xã hội", "Các sở, ban, ngành",
        "Chủ tịch, các PCT UBND tỉnh", "Trung tâm GDNN-GDTX tỉnh Bà Rịa-Vũng Tàu", "Thường trực Thành ủy",  # (": ủy")
        "Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",  # ("Xã -hội", "động.- Thương")
        "Bộ Lao động - Thương binh và Xã hội", "Các sở, ban, ngành",  # ("và:Xã", "ban,-ngành"; "Lưu:VT" no recipient)
        "Chủ tịch, các PCT UBND tỉnh", "Chủ tịch, các PCT UBND tỉnh",  # ("các.PCT", "các:PCT", "các: PCT")
        "Chủ tịch, các PCT UBND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Sở Công Thương",  # ("các- PCT", "Công.Thương")
        "Thường trực HĐND tỉnh",  # (a bracket none opens)
        # (a speck standing alone, before a comma, a colon after "và", a dash read ">")
        "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành", "Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy"]


def test_a_vietnamese_scans_quotes_and_colons_by_a_recipients_abbreviation_its_label_and_mark() -> None:
    """Tesseract's Vietnamese model reads specks as quotes: glued after an abbreviation ("các PCT' UBND tỉnh",
    "UBND'các huyện"), opening an item ("“Thường trực HĐND tỉnh") or the label ("“Nơi nhận:": the list had been lost),
    or a colon between an abbreviation and a small word ("HĐND:tỉnh"); and a signature mark's stop as a comma ("KT,
    GIÁM ĐỐC": it had been a recipient); Tesseract-eng's semicolon between two ("các PCT; UBND tỉnh"). An item's own
    colon after an abbreviation stays ("VPUB: CVP, PCVP")."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n“Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Chủ tịch, các PCT; UBND tỉnh;\n"
            "KT, GIÁM ĐỐC\n- UBND'các huyện, thành phố;\n- “Thường trực HĐND tỉnh;\n- Thường trực HĐND:tỉnh;\n"
            "- Chủ tịch, các PCT' UBND tỉnh;\n"
            "- VPUB: CVP, PCVP;\n- Lưu: VT.\n")
    assert extract_plan(text).document.recipients == [
        "Chủ tịch, các PCT UBND tỉnh", "UBND các huyện, thành phố", "Thường trực HĐND tỉnh", "Thường trực HĐND tỉnh",
        "Chủ tịch, các PCT UBND tỉnh", "VPUB: CVP, PCVP"]
    # a first item's dash read as a lone figure, the item run onto the label's line ("Nơi nhận: 2 Chủ tịch, …")
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: 2 Chủ tịch, các PCT UBND tỉnh\n- Các sở, ban, ngành;\n"
            "- Lưu: VT\n")
    assert extract_plan(text).document.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành"]


def test_a_scans_letter_before_the_place_figures_after_a_title_word_and_a_dash_after_a_citations_date_word() -> None:
    """A Vietnamese-model scan's specks: a capital letter before the place-date line's place ("A Cam Ranh" under
    "THÀNH PHỐ CAM RANH"; "A Lưới" under "HUYỆN A LƯỚI" is the place), figures glued after a title's word ("nghề
    nghiệp88 năm 2017"), a dash after a citation's "ngày" ("ngày-28/9/2015": its date had been lost)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CAM RANH Độc lập - Tự do - Hạnh phúc\n"
            "Số: 265/KH-UBND A Cam Ranh, ngày 06 tháng 11 năm 2017\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp88 năm 2017\n"
            "Thực hiện Quyết định số 46/2015/QĐ-TTg ngày-28/9/2015 của Thủ tướng Chính phủ, Ủy ban nhân dân thành phố "
            "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    plan = extract_plan(text)
    assert plan.document.place == "Cam Ranh"
    assert plan.document.title == "Triển khai công tác giáo dục nghề nghiệp năm 2017"
    assert [(c.number, str(c.date)) for c in plan.legal_basis] == [("46/2015/QĐ-TTg", "2015-09-28")]
    plan = extract_plan(text.replace("ngày-28/9/2015", "ngày ‘28/9/2015"))  # (a quote's speck before it)
    assert [(c.number, str(c.date)) for c in plan.legal_basis] == [("46/2015/QĐ-TTg", "2015-09-28")]
    lưới = text.replace("THÀNH PHỐ CAM RANH", "HUYỆN A LƯỚI").replace("A Cam Ranh", "A Lưới")
    assert extract_plan(lưới).document.place == "A Lưới"
    # a lone small letter and a quote before it (Tesseract-eng, fresh seed 848: 'a "Quảng Ninh' had been the place)
    quote = text.replace("A Cam Ranh", 'a "Cam Ranh')
    assert extract_plan(quote).document.place == "Cam Ranh"


def test_a_position_merged_after_specks_and_a_file_copy_with_a_semicolon() -> None:
    """Vetplan's own OCR: a position merged onto a recipients line after specks ("; | PHÓ GIÁM ĐỐC", "; "¬ PHÓ CHỦ
    TỊCH") is the signer's, not part of the item; the file copy with a semicolon ("- Lưu; VT.") or its L lost ("ưu:
    VT") is no recipient."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- Các sở, ban, ngành; \"¬ PHÓ CHỦ TỊCH\n"
            "- Thường trực Tỉnh ủy; | PHÓ GIÁM ĐỐC\n- Lưu; VT. Phạm Hữu Phương\n--ưu: VT\n- Lưu: T.\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Các sở, ban, ngành", "Thường trực Tỉnh ủy"]
    assert doc.signer is not None and doc.signer.position == "PHÓ CHỦ TỊCH"
    # a dash read as a low quote opens an item ("„ Bộ Lao động …": it had been merged into the item before)
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n„ Bộ Y tế;\n- Lưu: VT.\n"
    assert extract_plan(text).document.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Bộ Y tế"]
    # specks before the label and a run of them before the merged position ("_Nơi nhận:", "; .-. ¬ _—— PHÓ CHỦ TỊCH")
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n_Nơi nhận: _-. TM. ỦY BAN NHÂN DÂN\n"
            "-.Chủ tịch, các PCT UBND tỉnh; .-. ¬ _—— PHÓ CHỦ TỊCH\n- - Thường trực HĐND tỉnh; :\n- Lưu: VT.\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Thường trực HĐND tỉnh"]
    assert doc.signer is not None and doc.signer.position == "PHÓ CHỦ TỊCH"
    # the file copy run into the last item, its dash read as "=" ("… Xã hội" / "=Lưu: VT Đinh Minh Tuấn")
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Các sở, ban, ngành CHỦ TỊCH\n"
            "- Bộ Lao động - Thương binh và Xã hội\n=Lưu: VT Đinh Minh Tuấn\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Các sở, ban, ngành", "Bộ Lao động - Thương binh và Xã hội"]
    assert doc.signer is not None and doc.signer.name == "Đinh Minh Tuấn"
    # the signature column beside the recipients as fresh scans left it: the signer's name after an item's semicolon
    # and a bar ("ngành; | Nguyễn Thanh Quân", seed 847 eng); an item after the position that ended the one before, its
    # dash lost and its capital read small ("… thành phố PHÓ CHỦ TỊCH" / "các sở, ban, ngành", seed 917 scan: run into
    # the position); a colon's speck after the name ("VT. Lê Quang Long:", seed 966 scan: no signer); a single quote
    # before the position ("ngành; ‘ PHÓ CHỦ TỊCH", seed 937 eng: the item had kept it)
    head = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    for closing, recipients, name, position in (
            ("Nơi nhận: GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành; | Nguyễn Thanh Quân\n- Lưu: VT.\n",
             ["Thường trực Tỉnh ủy", "Các sở, ban, ngành"], "Nguyễn Thanh Quân", "GIÁM ĐỐC"),
            ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực Tỉnh ủy KT. CHỦ TỊCH\n- UBND các huyện, thành phố PHÓ CHỦ "
             "TỊCH\ncác sở, ban, ngành\n- Lưu: VT\nHoàng Thị Nga\n",
             ["Thường trực Tỉnh ủy", "UBND các huyện, thành phố", "Các sở, ban, ngành"], "Hoàng Thị Nga",
             "PHÓ CHỦ TỊCH"),
            ("Nơi nhận: KT. GIÁM ĐỐC\n- UBND các huyện, thành phố; PHÓ GIÁM ĐỐC\n- Lưu: VT. Lê Quang Long:\n",
             ["UBND các huyện, thành phố"], "Lê Quang Long", "PHÓ GIÁM ĐỐC"),
            ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực HĐND tỉnh; KT. CHỦ TỊCH\n"
             "= Các sở, ban, ngành; ‘ PHÓ CHỦ TỊCH\n- Lưu: VT.\n",
             ["Thường trực HĐND tỉnh", "Các sở, ban, ngành"], None, "PHÓ CHỦ TỊCH")):
        doc = extract_plan(head + closing).document
        assert doc.recipients == recipients, closing
        assert doc.signer is not None and (doc.signer.name, doc.signer.position) == (name, position), closing


def test_a_recipients_label_that_lost_its_space() -> None:
    """"Nơinhận:" (vetplan's own OCR lost the space) opens the recipients and is none of them."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơinhận: TM. ỦY BAN NHÂN DÂN\n- UBND các huyện, thành phố; KT. CHỦ "
            "TỊCH\n- Các sở, ban, ngành; PHÓ CHỦ TỊCH\n- Lưu: VT.\nHuỳnh Hữu Tuấn\n")
    assert extract_plan(text).document.recipients == ["UBND các huyện, thành phố", "Các sở, ban, ngành"]


def test_recipients_whose_dashes_a_scan_lost_and_a_position_merged_without_a_mark() -> None:
    """Tesseract-eng lost every item's dash and the semicolons, and merged the signature column at the lines' ends
    ("Thường trực HĐND tỉnh PHÓ CHỦ TỊCH"): each line is an item, the position is the signer's (no recipients and
    no position had been found)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\nThường trực Tỉnh ủy KT. CHỦ TỊCH\n"
            "Thường trực HĐND tỉnh PHÓ CHỦ TỊCH\nUBND các huyện, thành phố\nLưu: VT\n\nDương Quang Nam\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "UBND các huyện, thành phố"]
    assert doc.signer is not None and (doc.signer.position, doc.signer.name) == ("PHÓ CHỦ TỊCH", "Dương Quang Nam")


def test_signature_column_that_lost_its_dot_ends_the_last_part() -> None:
    """"KT CHỦ TỊCH" (a scan lost the dot of "KT.") on its own line or merged into the last task still opens the
    signature block: the last part ends before it and the signer is found (the part had swallowed the whole
    block and no signer was found); a company's "TM DV" inside a sentence is no signature mark."""
    base = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp\nI. MỤC ĐÍCH\n- Công ty TM DV An Phát tham gia.\n"
            "II. TỔ CHỨC THỰC HIỆN\n- Các sở, ngành triển khai Kế hoạch này.{sep}KT CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nVũ Thu Hà\n")
    for sep in ("\n", " "):
        r = extract_plan(base.format(sep=sep))
        assert r.sections[-1].text == "- Các sở, ngành triển khai Kế hoạch này."
        assert r.sections[0].text == "- Công ty TM DV An Phát tham gia."
        s = r.document.signer
        assert s is not None and (s.name, s.position, s.on_behalf_of) == ("Vũ Thu Hà", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")


def test_issuer_from_the_preamble_despite_a_speck() -> None:
    """"UBND Thành! phố ban hành Kế hoạch": a scan's speck at a word's end, or standing alone between words,
    does not hide the issuing body."""
    d = extract_plan("Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc\n"
                     "Thực hiện các văn bản; UBND Thành!\nphố ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n").document
    assert d.issuer == "UBND thành phố Hà Nội"
    for speck in ("UBND Thành .\nphố", "UBND. Thành > ©\nphố", "UBND `\ns. Thành:\nphố"):  # specks
        d = extract_plan("Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc\n"
                         f"Thực hiện các văn bản; {speck} ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n").document
        assert d.issuer == "UBND thành phố Hà Nội", speck


def test_a_title_before_a_specked_preamble_and_an_issuer_ending_in_a_speck() -> None:
    """ "_ Căn cứ Quyết định …" (a scan's speck before the preamble's first word: it had been run into the title) and
    "THÀNH PHỐ PHỔ YÊN:" (a colon speck after the issuer's last word, beside the motto)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ PHỔ YÊN: Độc lập - Tự do - Hạnh phúc\n"
            "Số: 347/KH-UBND Phổ Yên, ngày 01 tháng 08 năm 2022\nKẾ HOẠCH\n\nPhát triển giáo dục nghề nghiệp năm 2022"
            "\n\n_ Căn cứ Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ; Quyết\nđịnh số 2239/QĐ-TTg"
            " ngày 30/12/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân thành phố\nPhổ Yên ban hành Kế hoạch như sau:"
            "\n\nI. MỤC ĐÍCH\n- a.\n")
    d = extract_plan(text).document
    assert (d.title, d.issuer) == ("Phát triển giáo dục nghề nghiệp năm 2022", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHỔ YÊN")


def test_specks_beside_the_document_type_the_place_and_the_issuer() -> None:
    """ "KẾ HOẠCH -" (a speck read as a dash after the type: the title had been lost), "164/KH-UBND. ˆ -___ Hà Giang"
    (specks after the number: they had been the place's) and "TỈNH HÀ GIANG "ăn" (junk after a quote beside the
    motto: it had been the issuer's)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ GIANG \"ăn - .. Độc lập - Tự do - Hạnh phúc\n"
            "Số: 164/KH-UBND. ˆ -___ Hà Giang, ngày 11 tháng 06 năm 2024\nKẾ HOẠCH -\nTriển khai công tác giáo dục "
            "nghề nghiệp năm 2024.\nThực hiện Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ; Ủy ban nhân "
            "dân tỉnh Hà\nGiang ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    d = extract_plan(text).document
    assert (d.title, d.place, d.issuer) == ("Triển khai công tác giáo dục nghề nghiệp năm 2024", "Hà Giang",
                                            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG")


def test_place_and_date_after_a_dash_or_an_unreadable_number_label() -> None:
    """OCR joins the two header columns with a speck ("Hà Nội,-ngày") or loses the label "Số" that parts them:
    the place is still the place, never "73/KH-UBND Hà Nội"."""
    d = extract_plan("Số: 73/KH-UBND Hà Nội,-ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc").document
    assert (d.number, d.place, d.issued_date) == ("73/KH-UBND", "Hà Nội", dt.date(2024, 3, 2))
    d = extract_plan("S50: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc").document
    assert (d.place, d.issued_date) == ("Hà Nội", dt.date(2024, 3, 2))
    d = extract_plan("Số: 73/KH-UBND Hà Nội, ngày 02. tháng 3 năm 2024\nKẾ HOẠCH\nAbc").document  # a speck
    assert (d.place, d.issued_date) == ("Hà Nội", dt.date(2024, 3, 2))
    for line in ("Long Xuyên, ngày 02:'tháng 11 năm 2021", "Long Xuyên, ngày ‘02 tháng’ 11 năm 2021"):  # (quote specks)
        d = extract_plan(f"Số: 103/KH-UBND {line}\nKẾ HOẠCH\nAbc").document
        assert (d.place, d.issued_date) == ("Long Xuyên", dt.date(2021, 11, 2)), line
    d = extract_plan("Số: 73/KH-UBND. Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc").document
    assert (d.number, d.place) == ("73/KH-UBND", "Hà Nội")
    d = extract_plan("Số: 37/KH-UBND_ . Quảng Ngãi, ngày 16 tháng 09 năm 2016\nKẾ HOẠCH\nAbc").document  # (specks)
    assert (d.number, d.place) == ("37/KH-UBND", "Quảng Ngãi")
    d = extract_plan("_ Số: 73/KH- UBND Hà Nội, ngày 02 tháng 3 năm 2024.\nKẾ HOẠCH\nAbc").document
    assert (d.number, d.place) == ("73/KH-UBND", "Hà Nội")
    d = extract_plan("SỐ: 338/KH-SLĐTBXH Hà Nội, ngày 27 tháng 12 năm 2021\nKẾ HOẠCH\nAbc").document  # in capitals
    assert (d.number, d.place) == ("338/KH-SLĐTBXH", "Hà Nội")
    d = extract_plan("Số:.107/KH-UBND Văn Lãng, ngày 05 tháng 05 năm 2016\nKẾ HOẠCH\nAbc").document  # (a speck)
    assert (d.number, d.place) == ("107/KH-UBND", "Văn Lãng")
    for line in ("Số: 141/KH-UBND - Hồ Chí Minh, ngày 14 tháng 08 năm 2022", "Số:141/KH-UBND -Hồ Chí Minh, ngày 14 "
                 "tháng 08 năm 2022"):  # (a speck read as a dash after the number: it had taken "-Hồ" in)
        d = extract_plan(line + "\nKẾ HOẠCH\nAbc").document
        assert (d.number, d.place) == ("141/KH-UBND", "Hồ Chí Minh"), line
    for speck in ("—", "_", "|", "‘", "l"):  # (a scan's speck before the place: it had been part of the name)
        d = extract_plan(f"Số: 141/KH-UBND {speck} Hồ Chí Minh, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc").document
        assert (d.number, d.place) == ("141/KH-UBND", "Hồ Chí Minh")
    # a place the scan (or a symbol code's capital stand-ins) left in capitals is written as the name it is
    d = extract_plan("Số: 73/KH-UBND HÀ NỘI, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nAbc\nUBND thành phố ban hành").document
    assert d.place == "Hà Nội"


@pytest.mark.parametrize("name", ["002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt", "000_663358d11c2db32e.txt"])
def test_samples_are_plans(name: str) -> None:
    r = extract_plan(_read(name))
    assert r.is_plan and r.plan_confidence >= 0.8


def test_non_plan_text_flagged() -> None:
    r = extract_plan("Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\nNgày mai sẽ mưa.")
    assert not r.is_plan
    assert r.plan_confidence < 0.5
    assert any("does not look like a plan" in w for w in r.warnings)


def test_position_merged_onto_a_recipients_line_is_the_signers() -> None:
    """A scan of the usual closing (recipients left, signature column right) read line by line merges the
    position onto a recipients item too ("- Thường trực Thành ủy; PHÓ CHỦ TỊCH"): it is the signer's position,
    not part of the item (it had gone into the recipients and the position stayed empty)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ LĐTBXH; KT. CHỦ TỊCH\n"
            "- Thường trực Thành ủy; PHÓ CHỦ TỊCH\n- Lưu: VT, KGVX.\nVũ Thu Hà\n")
    d = extract_plan(text).document
    assert d.recipients == ["Bộ LĐTBXH", "Thường trực Thành ủy"]
    assert d.signer is not None
    assert (d.signer.name, d.signer.position, d.signer.on_behalf_of) == (
        "Vũ Thu Hà", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH")
    # an item that names a position in its own words keeps it ("Phó Chủ tịch UBND TP")
    text2 = text.replace("- Thường trực Thành ủy; PHÓ CHỦ TỊCH\n", "- Phó Chủ tịch UBND TP;\nPHÓ CHỦ TỊCH\n")
    d2 = extract_plan(text2).document
    assert d2.recipients == ["Bộ LĐTBXH", "Phó Chủ tịch UBND TP"] and d2.signer.position == "PHÓ CHỦ TỊCH"


def test_title_ends_where_the_preamble_starts_without_a_blank_line() -> None:
    """OCR of a scan keeps no blank line between the title and the preamble: the title ends before the
    preamble's capitalised opening ("Thực hiện Quyết định …"), while a wrapped title line in lower case
    goes on ("theo Quyết định số 1956/QĐ-TTg")."""
    head = "ỦY BAN NHÂN DÂN\nSố: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\n"
    body = "I. MỤC ĐÍCH\n- a.\n"
    text = head + ("Triển khai công tác giáo dục nghề nghiệp\ntrên địa bàn thành phố Hà Nội năm 2024\n"
                   "Thực hiện Quyết định số 1446/QĐ-TTg ngày 30/11/2023 của Thủ tướng Chính phủ, Ủy ban\n"
                   "nhân dân Thành phố ban hành Kế hoạch như sau:\n") + body
    assert extract_plan(text).document.title == (
        "Triển khai công tác giáo dục nghề nghiệp trên địa bàn thành phố Hà Nội năm 2024")
    text2 = head + ("Đào tạo nghề cho lao động nông thôn\ntheo Quyết định số 1956/QĐ-TTg năm 2024\n"
                    "Căn cứ Luật Giáo dục nghề nghiệp;\n") + body
    assert extract_plan(text2).document.title == (
        "Đào tạo nghề cho lao động nông thôn theo Quyết định số 1956/QĐ-TTg năm 2024")
    text3 = head + "Phát triển giáo dục nghề nghiệp năm 2022\nCăn-cứ Nghị định số 15/2019/NĐ-CP của Chính phủ,\n" + body
    assert extract_plan(text3).document.title == "Phát triển giáo dục nghề nghiệp năm 2022"  # ("Căn-cứ": a speck)
    # the preamble's verb misread ("Cần cứu", "Thể hiện" from Tesseract-eng's "Can ctv", "Thy hién"): two words, a
    # cited document's kind and "số" open it; or its paragraph ends as a preamble does ("… ban hành Kế hoạch như sau:")
    for verb in ("Cần cứu", "Thể hiện"):
        text4 = head + (f"Đào tạo nghề cho lao động nông thôn năm 2022\n{verb} Chỉ thị số 24/CT-TTg ngày 28/5/2020 "
                        "của Thủ tướng;\nQuyết định số 46/2015/QĐ-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như "
                        "sau:\n") + body
        assert extract_plan(text4).document.title == "Đào tạo nghề cho lao động nông thôn năm 2022"
    text5 = head + ("Đào tạo nghề cho lao động nông thôn năm 2022\n\nThể hiện nay, Ủy ban nhân dân tỉnh ban hành Kế "
                    "hoạch như sau:\n") + body
    assert extract_plan(text5).document.title == "Đào tạo nghề cho lao động nông thôn năm 2022"


def test_a_head_signing_in_their_own_name_and_a_name_merged_after_the_file_copy() -> None:
    """A head of department signs without "KT."/"TM." ("TRƯỞNG PHÒNG" merged after "Nơi nhận:"), and the name is
    read beside the last recipients item ("- Lưu: VT. Nguyễn Thị Minh Hằng"): both are the signer's, neither a
    recipient (there had been no signer and "TRƯỞNG PHÒNG" among the recipients)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
            "Nơi nhận: TRƯỞNG PHÒNG\n- UBND huyện;\n- Sở LĐTBXH;\n- Lưu: VT. Nguyễn Thị Minh Hằng\n")
    d = extract_plan(text).document
    assert d.recipients == ["UBND huyện", "Sở LĐTBXH"]
    assert d.signer is not None and (d.signer.name, d.signer.position, d.signer.on_behalf_of) == (
        "Nguyễn Thị Minh Hằng", "TRƯỞNG PHÒNG", None)
    d = extract_plan(text.replace("VT. Nguyễn", "VT: Nguyễn")).document  # (a scan's stop read as a colon)
    assert d.signer is not None and d.signer.name == "Nguyễn Thị Minh Hằng" and len(d.recipients) == 2


def test_a_header_date_with_specks_beside_its_numbers() -> None:
    """A scan's specks before a date's numbers as after them ("ngày-12 tháng: 03", "tháng,08", "năm.2024"): the
    place and date are read (both had been lost)."""
    for line in ("Hà Nội, ngày 27 tháng,08 năm 2017", "Hà Nội, ngày-27 tháng: 08 năm.2017",
                 "Hà Nội, ngày-27 tháng-08 tầm 2017"):  # (the last: its "năm" misread)
        d = extract_plan(f"Số: 91/KH-UBND {line}\nKẾ HOẠCH\nAbc\n").document
        assert (d.place, d.issued_date) == ("Hà Nội", dt.date(2017, 8, 27)), line
    # a month read as no figures: the place is still read, the date none ("tháng ĐT năm 2017": the place had been lost)
    d = extract_plan("Số: 203/KH-UBND Đan Phượng, ngày 24 tháng ĐT năm 2017\nKẾ HOẠCH\nAbc\n").document
    assert (d.place, d.issued_date) == ("Đan Phượng", None)


def test_a_title_whose_year_wrapped_onto_a_line_of_its_own() -> None:
    """A centred title wrapped before its year ("… tỉnh Lạng Sơn năm" / "2022"): the year's line is no stamp or
    speck to drop (it had been, and the title ended "năm")."""
    text = "Số: 42/KH-UBND Lạng Sơn, ngày 02 tháng 11 năm 2022\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm\n2022\n" \
           "Căn cứ Luật Giáo dục nghề nghiệp;\nI. MỤC ĐÍCH\n- a.\n"
    assert extract_plan(text).document.title == "Phát triển giáo dục nghề nghiệp năm 2022"
    for speck in (" .", " _"):  # a scan's speck standing after its last word is none of it
        assert extract_plan(text.replace("\n2022\n", f"\n2022{speck}\n")).document.title == \
            "Phát triển giáo dục nghề nghiệp năm 2022"


def test_a_recipients_label_and_file_copy_a_scan_misread() -> None:
    """"Noi phan:" (nhận's n read as p: the list and the signer beside it had been lost) opens the recipients; the
    file copy read "Litas VT." or "Lu;.VTE" is no recipient."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n{label}: GIÁM ĐỐC\n- Bộ Lao động - Thương binh và Xã hội;\n" \
           "- Thường trực HĐND tỉnh;\n- Các sở, ban, ngành; Tô Văn Yến\n- {copy}\n"
    for label in ("Nơi nhận", "Nói phần", "Noi phan"):
        for copy in ("Lưu: VT.", "Litas VT.", "Lu;.VTE"):
            d = extract_plan(text.format(label=label, copy=copy)).document
            assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực HĐND tỉnh",
                                    "Các sở, ban, ngành"]
            assert d.signer is not None and (d.signer.name, d.signer.position) == ("Tô Văn Yến", "GIÁM ĐỐC")


def test_specks_around_a_position_and_inside_recipients_items() -> None:
    """A stamp's speck read as a letter before a position standing alone ("Ở PHÓ CHỦ TỊCH": it had run into the item
    before it as a recipient), specks left after an item ("… Xã hội; ( ;") and before an abbreviation in one ("các
    :PCT", "các -PCT") are none of them."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n" \
           "- Bộ Lao động - Thương binh và Xã hội;{tail}\n{speck}PHÓ CHỦ TỊCH\n- Chủ tịch, các {mark}PCT UBND tỉnh;\n" \
           "- Lưu: VT.\n- Thường trực Tỉnh ủy;\nTrần Thanh Lộc\n"
    for tail, speck, mark in (("", "", ""), (" ( ;", "Ở ", ":"), ("", "ọ ", "-"), (" ( ;", "", ""), ("", "", "- ")):
        d = extract_plan(text.format(tail=tail, speck=speck, mark=mark)).document
        assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Chủ tịch, các PCT UBND tỉnh",
                                "Thường trực Tỉnh ủy"], (tail, speck, mark)
        assert d.signer is not None and (d.signer.name, d.signer.position) == ("Trần Thanh Lộc", "PHÓ CHỦ TỊCH")
    # a dash between words of a name stays
    d = extract_plan(text.format(tail="", speck="", mark="").replace("Lao động - Thương", "Lao động -Thương")).document
    assert d.recipients[0] == "Bộ Lao động - Thương binh và Xã hội"
    plain = text.format(tail="", speck="", mark="")
    # the position merged after the item with a comma's speck between ("…; , PHÓ CHỦ TỊCH": it had been lost)
    d = extract_plan(plain.replace("Xã hội;\nPHÓ CHỦ TỊCH", "Xã hội; , PHÓ CHỦ TỊCH")).document
    assert d.signer is not None and d.signer.position == "PHÓ CHỦ TỊCH"
    assert d.recipients[0] == "Bộ Lao động - Thương binh và Xã hội"
    d = extract_plan(plain.replace("Lao động - Thương binh và Xã hội", "Lao động - TB&XH")).document
    assert d.recipients[0] == "Bộ Lao động - TB&XH"
    # a stop read for the space between its words ("GIÁM.ĐỐC": the position and the name below it had been lost)
    d = extract_plan("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT:\n\nGIÁM.ĐỐC\n\n"
                     "Nguyễn Quang Hùng\n").document
    assert d.signer is not None and (d.signer.name, d.signer.position) == ("Nguyễn Quang Hùng", "GIÁM ĐỐC")
    # … and with a stamp's lone figure among the specks ("…; . , 7 CHỦ TỊCH": the item had kept it all)
    d = extract_plan(plain.replace("Xã hội;\nPHÓ CHỦ TỊCH", "Xã hội; . , 7 PHÓ CHỦ TỊCH")).document
    assert d.signer is not None and d.signer.position == "PHÓ CHỦ TỊCH"
    assert d.recipients[0] == "Bộ Lao động - Thương binh và Xã hội"


def test_scan_specks_by_the_number_title_and_list_marks() -> None:
    """"Số; 10/KH-UBND", "Số:; 270/KH-UBND" (a semicolon read for the colon: the number had been lost), "KẾ HOẠCH ."
    (a speck after the type: the title had been lost); list dashes read "=", "~~" or with a speck before ("`.- Lưu"),
    "KT..GIÁM ĐỐC", and the file copy "hữu: Về" (its L read as h) are none of the recipients."""
    head = "Số{sep} 10/KH-UBND Đồng Nai, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH{speck}\n" \
           "Phát triển giáo dục nghề nghiệp năm 2023\nCăn cứ Luật Giáo dục nghề nghiệp;\nI. MỤC ĐÍCH\n- a.\n"
    for sep, speck in ((":", ""), (";", " ."), (":;", " _"), (":", ".")):
        d = extract_plan(head.format(sep=sep, speck=speck)).document
        assert (d.number, d.title) == ("10/KH-UBND", "Phát triển giáo dục nghề nghiệp năm 2023"), (sep, speck)
    # a speck between two of the title's words ("giáo dục._nghề")
    d = extract_plan(head.format(sep=":", speck="").replace("dục nghề", "dục._nghề")).document
    assert d.title == "Phát triển giáo dục nghề nghiệp năm 2023"
    # … or a stop before its first ("KẾ HOẠCH" / ". Phát triển …", fresh seed 863 scan)
    for lead in (". ", ", ", "., "):
        d = extract_plan(head.format(sep=":", speck="").replace("\nPhát triển", f"\n{lead}Phát triển")).document
        assert d.title == "Phát triển giáo dục nghề nghiệp năm 2023", lead
    tail = "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n{dash} Bộ Lao động - Thương binh và Xã hội;\n" \
           "- Thường trực Tỉnh ủy;\n{copy}\n{mark}GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Hữu Phong\n"
    for dash, copy, mark in (("-", "- Lưu: VT.", "KT. "), ("=", "`.- Lưu: VT.", "KT.."), ("~~", "-hữu: Về.", "KT. ")):
        d = extract_plan(head.format(sep=":", speck="") + tail.format(dash=dash, copy=copy, mark=mark)).document
        assert d.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Bộ Lao động - Thương binh và Xã hội",
                                "Thường trực Tỉnh ủy"], (dash, copy, mark)
        assert d.signer is not None and (d.signer.name, d.signer.position, d.signer.on_behalf_of) == (
            "Lê Hữu Phong", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")
    # the signer's name merged after the file copy's comma ("- Lưu: VT, Phan Hồng Lan": the name had been lost), or
    # after specks ("- Lưu: VT. _._ Nguyễn Minh Nam"), or a speck glued to the stop (Tesseract-vie's lone hat: "VT.ˆ
    # Nguyễn Thị Hùng", fresh seed 848)
    # (a few specks, a figure among them: "VT. . . 7 Trần Thanh Phong.", "VT. , Phan Văn Thắng", real Tesseract-eng
    # on fresh seeds 2188 and 2190)
    for copy in ("VT, Phan Hồng Lan", "VT. _._ Phan Hồng Lan", "VT.ˆ Phan Hồng Lan", "VT.` Phan Hồng Lan",
                 "VT. . . 7 Phan Hồng Lan.", "VT. , Phan Hồng Lan"):
        text = head.format(sep=":", speck="") + "Nơi nhận: KT. GIÁM ĐỐC\n" \
            f"- Bộ Lao động - Thương binh và Xã hội; PHÓ GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n- Lưu: {copy}\n"
        d = extract_plan(text).document
        assert d.signer is not None and d.signer.name == "Phan Hồng Lan", copy
        assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy"], copy
    # a colon read for the mark's dot, the column merged ("- Thường trực Tỉnh ủy; KT: CHỦ TỊCH": the position had been
    # "CHỦ TỊCH", "KT" a recipient)
    text = head.format(sep=":", speck="") + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực Tỉnh ủy; KT: CHỦ TỊCH\n" \
        "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH\n- Lưu: VT.\n\nPhạm Quang Phương\n"
    d = extract_plan(text).document
    assert d.recipients == ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]
    assert d.signer is not None and (d.signer.name, d.signer.position) == ("Phạm Quang Phương", "PHÓ CHỦ TỊCH")
    # a speck read as a stop after an agency's head ("- Bộ.Lao động") or glued inside ("Xã.hội"), the file copy's dash
    # read as ">" on a line of its own ("> Lưu: VT.": it had been run into the item before)
    text = head.format(sep=":", speck="") + "Nơi nhận:\n- Bộ.Lao động - Thương binh và Xã.hội;\n" \
        "- Chủ tịch, các PCT UBND tỉnh;\n> Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Quang Phương\n"
    d = extract_plan(text).document
    assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Chủ tịch, các PCT UBND tỉnh"]
    # after the file copy the list is over: a signature's garbled mark on the next line ("TỪ™.. ỦY BAN NHÂN DÂN"), the
    # signer's name as a dashed line ("-_ Lê Thanh Hạnh") are no items; the file copy behind specks ("ˆ„LưU: VT"); a
    # speck read as a stop between "PCT" and "UBND"; a speck's two letters after the label ("Nơi nhận: ni TM. …")
    for copy, mark in (("- Lưu: VT.", "TỪ™.. ỦY BAN NHÂN DÂN"), ("ˆ„LưU: VT", "TM. ỦY BAN NHÂN DÂN")):
        text = head.format(sep=":", speck="") + "Nơi nhận: ni\n- Chủ tịch, các PCT.UBND tỉnh;\n" \
            f"- Thường trực Tỉnh ủy;\n{copy}\n{mark}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n-_ Lê Thanh Hạnh\n"
        d = extract_plan(text).document
        assert d.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Thường trực Tỉnh ủy"], copy
        assert d.signer is not None and d.signer.name == "Lê Thanh Hạnh"


def test_specks_in_the_issuer_and_number_and_an_agencys_dash() -> None:
    """"ỦY: BAN NHÂN DÂN" (a speck after a word of the issuer), "Số:-7/KH-UBND" (a dash's speck before the number: it
    had been lost, run into the issuer); a stop in capitals stays ("UBND TP. HỒ CHÍ MINH")."""
    text = "{issuer}\nHUYỆN TIỀN HẢI\nSố:-7/KH-UBND Tiền Hải, ngày 15 tháng 02 năm 2018\nKẾ HOẠCH\nAbc\n" \
           "I. MỤC ĐÍCH\n- a.\n"
    for issuer, want in (("ỦY: BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN HUYỆN TIỀN HẢI"),
                         ("UBND TP. HỒ CHÍ MINH", "UBND TP. HỒ CHÍ MINH HUYỆN TIỀN HẢI")):
        d = extract_plan(text.format(issuer=issuer)).document
        assert (d.number, d.issuer) == ("7/KH-UBND", want)


def test_a_speck_before_the_document_type() -> None:
    """A scan's speck before "KẾ HOẠCH" ("_ KẾ HOẠCH": the type and its title had been lost) is none of it."""
    text = "Số: 39/KH-SLĐTBXH Ninh Bình, ngày 22 tháng 09 năm 2018\n{}KẾ HOẠCH\n" \
           "Triển khai công tác giáo dục nghề nghiệp năm 2018\nThực hiện Thông tư số 43/2016/TT-BLĐTBXH;\n"
    for speck in ("", "_ ", "~ ", "' ", "_", "- ", "-"):  # (a dash: read as a list's, "- KẾ HOẠCH")
        assert extract_plan(text.format(speck)).document.title == "Triển khai công tác giáo dục nghề nghiệp năm 2018"
    # a stop glued after the title's last word ("… năm 2018.": the title had kept it)
    got = extract_plan(text.format("").replace("năm 2018\n", "năm 2018.\n")).document.title
    assert got == "Triển khai công tác giáo dục nghề nghiệp năm 2018"


def test_a_place_before_the_date_with_a_semicolon_for_its_comma() -> None:
    d = extract_plan("Số: 100/KH-UBND Triệu Phong; ngày.05 tháng 05 năm 2021\nKẾ HOẠCH\nAbc\n").document
    assert (d.place, d.issued_date) == ("Triệu Phong", dt.date(2021, 5, 5))


def test_closing_specks_a_scan_leaves() -> None:
    """A scan's "~" for a recipients item's dash ("~ Lưu: VT."; the item had run into the one before, with the
    name merged there), a name after the file copy's codes with no stop ("- Lưu: VL Hà Thị Nam"), and a quote
    speck before the name ("'Đỗ Anh Lan", which had joined the position's line as a quotation)."""
    base = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    d = extract_plan(base + "Nơi nhận: GIÁM ĐỐC\n- Các sở, ban, ngành;\n- Thường trực Tỉnh ủy; Nguyễn Xuân Khánh\n"
                            "~ Lưu: VT.\n").document
    assert d.recipients == ["Các sở, ban, ngành", "Thường trực Tỉnh ủy"]
    assert (d.signer.name, d.signer.position) == ("Nguyễn Xuân Khánh", "GIÁM ĐỐC")
    d = extract_plan(base + "Nơi nhận: KT. GIÁM ĐỐC\n- Các sở, ban, ngành; PHÓ GIÁM ĐỐC\n- Lưu: VL Hà Thị Nam\n"
                     ).document
    assert d.signer.name == "Hà Thị Nam" and d.recipients == ["Các sở, ban, ngành"]
    d = extract_plan(base + "Nơi nhận:\n~ Thường trực HĐND tỉnh;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n'Đỗ Anh Lan\n"
                     ).document
    assert (d.signer.name, d.signer.position, d.recipients) == ("Đỗ Anh Lan", "PHÓ GIÁM ĐỐC", ["Thường trực HĐND tỉnh"])


def test_a_header_and_signature_column_with_a_scans_specks() -> None:
    """Vietnamese OCR leaves specks in a header's capitals ("-_ SỞ LAO ĐỘNG", "_TỈNH", "HỒ CHÍ MINH `"), a letter
    before a number ("Số: T117/KH-SLĐTBXH"), a speck as a recipients item ("Nơi nhận: _") and before a position
    merged onto a recipients line ("…Tỉnh ủy; _— PHÓ CHỦ TỊCH"): the issuer, number, recipients and signer are
    read without them (the issuer had kept the specks or swallowed the number line, the position was lost)."""
    text = ("UBND TỈNH ĐẮK LẮK\n-_ SỞ LAO ĐỘNG - THƯƠNG BINH `\nVÀ XÃ HỘI\n"
            "Số: T117/KH-SLĐTBXH Buôn Ma Thuột, ngày 07 tháng 01 năm 2022\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
            "Nơi nhận: _\n- Thường trực HĐND tỉnh;\n- Thường trực Tỉnh ủy; _— PHÓ CHỦ TỊCH\n- Các sở, ban, ngành;\n"
            "Nguyễn Văn An\n")
    d = extract_plan(text).document
    assert d.issuer == "UBND TỈNH ĐẮK LẮK SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert d.number == "117/KH-SLĐTBXH"
    assert d.recipients == ["Thường trực HĐND tỉnh", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"]
    assert d.signer is not None and (d.signer.position, d.signer.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")


def test_an_issuers_capitals_with_a_scans_stops() -> None:
    """"ỦY. BAN NHÂN DÂN", "ỦY BAN .NHÂN DÂN", "THÀNH. PHỐ HỒ.CHÍ MINH" (Tesseract-eng's specks read as stops at or in
    a word of capitals): the issuer without them; a place's abbreviation keeps its stop ("UBND TP. HÀ NỘI")."""
    for head, want in (("ỦY. BAN NHÂN DÂN\nQUẬN BÌNH THẠNH", "ỦY BAN NHÂN DÂN QUẬN BÌNH THẠNH"),
                       ("ỦY BAN .NHÂN DÂN\nTHÀNH PHỐ HUẾ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ"),
                       ("UBND THÀNH. PHỐ HỒ.CHÍ MINH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                        "UBND THÀNH PHỐ HỒ CHÍ MINH SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
                       ("UBND TP. HÀ NỘI\nSỞ NỘI VỤ", "UBND TP. HÀ NỘI SỞ NỘI VỤ"),
                       # a dash that lost a space ("ĐỘNG- THƯƠNG": a code's lost space)
                       ("UBND TỈNH TÂY NINH\nSỞ LAO ĐỘNG- THƯƠNG BINH\nVÀ XÃ HỘI",
                        "UBND TỈNH TÂY NINH SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")):
        text = head + "\nSố: 12/KH-UBND Hà Nội, ngày 07 tháng 01 năm 2022\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
        assert extract_plan(text).document.issuer == want, head


def test_a_signature_mark_after_a_recipient_with_a_speck_before_it() -> None:
    """"- Chủ tịch, các PCT UBND tỉnh _TM. ỦY BAN NHÂN DÂN" (a two-column block merged, a speck before "TM."): the
    recipient ends where the signature column's mark begins (it had kept "_TM. ỦY BAN NHÂN DÂN")."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- Thường trực Tỉnh ủy;\n"
            "- Chủ tịch, các PCT UBND tỉnh _TM. ỦY BAN NHÂN DÂN\n- Lưu: VT. KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Nguyễn Văn An\n")
    d = extract_plan(text).document
    assert d.recipients == ["Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh"]
    assert d.signer is not None and d.signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"


def test_the_place_spelled_as_the_issuer_writes_it() -> None:
    """The place-date line's place whose letters are the issuer's name's but its marks or case not ("Thành Trị" under
    "ỦY BAN NHÂN DÂN HUYỆN THANH TRÌ", a code's "Trà ôn"): as the issuer writes it (the name follows its type word
    there, which a repair reads the surer); a place the issuer does not give, and one written as it does, are left."""
    from vetplan.extract.header import place_as_the_issuer_writes_it as spelled

    assert spelled("Thành Trị", "ỦY BAN NHÂN DÂN HUYỆN THANH TRÌ") == "Thanh Trì"
    assert spelled("Trà ôn", "ỦY BAN NHÂN DÂN HUYỆN TRÀ ÔN") == "Trà Ôn"
    assert spelled("Cẩm Giang", "UBND HUYỆN CẨM GIÀNG") == "Cẩm Giàng"
    assert spelled("KBang", "UBND HUYỆN KBANG") == "KBang"
    assert spelled("Thành phố Hồ Chí Minh", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH") == "Thành phố Hồ Chí Minh"
    assert spelled("Buôn Ma Thuột", "UBND TỈNH ĐẮK LẮK") == "Buôn Ma Thuột"
    text = "ỦY BAN NHÂN DÂN\nHUYỆN THANH TRÌ\nSố: 12/KH-UBND Thành Trị, ngày 15 tháng 07 năm 2018\nKẾ HOẠCH\nAbc\n" \
           "I. MỤC ĐÍCH\n- a.\n"
    assert extract_plan(text).document.place == "Thanh Trì"


def test_the_file_copy_and_abbreviations_a_scan_damaged_in_the_recipients() -> None:
    """"- Chủ tịch, các PCT-UBND tỉnh" / "PCTUBND" (a dash read for the space, or none), "- hữu VT" (the file copy,
    its L read as h and its colon lost: it had been a recipient), "-Lưu VT" (no signer: a word in capitals is none of
    a name's), "ỦY BAN NHÂN DÂN -HUYỆN", "ỦY BAN -NHÂN DÂN" (a dash's speck in the issuer)."""
    head = "ỦY BAN NHÂN DÂN -HUYỆN NGA SƠN\nSố: 10/KH-UBND Nga Sơn, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH\n" \
           "Phát triển giáo dục nghề nghiệp năm 2023\nI. MỤC ĐÍCH\n- a.\n"
    for pct, copy in (("PCT-UBND", "- hữu VT"), ("PCTUBND", "-Lưu VT")):
        d = extract_plan(head + f"Nơi nhận: GIÁM ĐỐC\n- Chủ tịch, các {pct} tỉnh;\n- Thường trực Tỉnh ủy\n{copy}\n"
                         ).document
        assert d.recipients == ["Chủ tịch, các PCT UBND tỉnh", "Thường trực Tỉnh ủy"], pct
        assert d.signer is None or d.signer.name is None, copy
        assert d.issuer == "ỦY BAN NHÂN DÂN HUYỆN NGA SƠN"
    # … or inside the committee's name ("ỦY BAN -NHÂN DÂN", "UY-BAN", "NHÂN, DÂN": the issuer had kept them)
    d = extract_plan(head.replace("ỦY BAN NHÂN DÂN -HUYỆN NGA SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH ˆ VÀ XÃ HỘI")).document
    assert d.issuer == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"  # (a speck standing alone between its words)
    for name in ("ỦY BAN -NHÂN DÂN", "UY-BAN NHÂN DÂN", "ỦY BAN NHÂN, DÂN"):
        d = extract_plan(head.replace("ỦY BAN NHÂN DÂN -HUYỆN", f"{name} HUYỆN")).document
        assert d.issuer == "ỦY BAN NHÂN DÂN HUYỆN NGA SƠN", name


def test_a_signers_name_merged_after_the_file_copy_or_a_recipient_with_specks() -> None:
    """"- Lưu; VT Hà Thu Việt" (a semicolon read for the file copy's colon), "- UBND các huyện, thành phố; Lâm
    Xuân. Quan" (a speck's stop inside the name) and "… HĐND tỉnh; i Đinh Thanh Quân": the signer's name (it had
    been lost), no recipient."""
    head = "UBND TỈNH LẠNG SƠN\nSố: 10/KH-SLĐTBXH Lạng Sơn, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH\n" \
           "Phát triển giáo dục nghề nghiệp năm 2023\nI. MỤC ĐÍCH\n- a.\n"
    for tail, name in (("- Thường trực HĐND tỉnh;\n- Lưu; VT Hà Thu Việt\n", "Hà Thu Việt"),
                       ("- Thường trực HĐND tỉnh;\n- UBND các huyện, thành phố; Lâm Xuân. Quan\n- Lưu: VT.\n",
                        "Lâm Xuân Quan"),
                       # a lone small letter, a speck, before it
                       ("- UBND các huyện, thành phố;\n- Thường trực HĐND tỉnh; i Đinh Thanh Quân\n- Lưu: VT\n",
                        "Đinh Thanh Quân")):
        d = extract_plan(head + "Nơi nhận: KT. GIÁM ĐỐC\n- Bộ Lao động - Thương binh và Xã hội; PHÓ GIÁM ĐỐC\n" + tail
                         ).document
        assert d.signer is not None and d.signer.name == name, tail
        assert name not in " ".join(d.recipients) and "Thường trực HĐND tỉnh" in d.recipients


def test_a_recipients_dash_read_as_a_letter() -> None:
    """"Ẵ Các sở, ban, ngành" (a scan's dash read as a marked letter, which the repair makes "Ở") opens an item of its
    own (it had been run into the item before); a wrapped item's line stays part of it."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: KT. GIÁM ĐỐC\n- UBND các huyện, thành phố; : PHÓ GIÁM ĐỐC\n" \
           "{}\n- Thường trực HĐND tỉnh;\n-~ Lưu: VT. Lê Quang Cường\n"
    for line in ("Ẵ Các sở, ban, ngành;", "Ở Các sở, ban, ngành;"):
        assert extract_plan(text.format(line)).document.recipients == [
            "UBND các huyện, thành phố", "Các sở, ban, ngành", "Thường trực HĐND tỉnh"], line
    assert extract_plan(text.format("“Bộ Lao động - Thương binh và Xã hội;")).document.recipients == [  # (a quote,
        "UBND các huyện, thành phố", "Bộ Lao động - Thương binh và Xã hội", "Thường trực HĐND tỉnh"]  # glued)
    wrapped = "- Phòng Lao động - Thương binh và Xã hội huyện\nA Lưới;"  # (a place's "A": a plain letter)
    assert extract_plan(text.format(wrapped)).document.recipients[1] == \
        "Phòng Lao động - Thương binh và Xã hội huyện A Lưới"


def test_a_position_ending_a_recipient_whose_semicolon_was_lost() -> None:
    """"- Bộ Lao động - Thương binh và Xã hội CHỦ TỊCH" (the signature column's position merged after an item whose
    semicolon a scan lost): the position is the signer's and no part of the item; the next line, an agency's name whose
    dash was lost, opens an item of its own (both had been run into one recipient, the position lost)."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n" \
           "- Bộ Lao động - Thương binh và Xã hội CHỦ TỊCH\nThường trực Tỉnh ủy\n- Các sở, ban, ngành\n" \
           "- Lưu: VT Hà Thu Nam\n"
    d = extract_plan(text).document
    assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"]
    assert d.signer is not None and (d.signer.position, d.signer.name) == ("CHỦ TỊCH", "Hà Thu Nam")


def test_a_date_of_no_plans_year_drops_only_itself() -> None:
    """A header date whose year no plan has ("năm 2920", a scan's 0 read as 9) is dropped with a warning; the targets,
    which take the plan's year, get the title's instead of being dropped with it (all three had been lost)."""
    text = "Số: 81/KH-UBND Hà Nội, ngày 26 tháng 04 năm 2920\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm 2020\n" \
           "I. MỤC ĐÍCH\n- a.\nII. CHỈ TIÊU\n- Tuyển sinh 1.100 người.\n- Tỷ lệ lao động qua đào tạo đạt 65,0%.\n"
    r = extract_plan(text)
    assert r.document.issued_date is None and any("impossible issue date 26/04/2920" in w for w in r.warnings)
    assert [(t.value, t.unit, t.year) for t in r.targets] == [(1100.0, "người", 2020), (65.0, "%", 2020)]


def test_a_rough_scans_specks_in_the_header() -> None:
    """A rough scan's specks around the header's fields: before "Số" ("_Số"), after the number and between the columns
    ("345/KH-UBND.. | Quảng Nam", "© | . |"), before the title ("| Đào tạo", a dash: "- Đào tạo") — the number, place
    and title had been lost or had kept them."""
    head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n{}\nKẾ HOẠCH\n{}\nCăn cứ Luật Giáo dục nghề nghiệp;\nI. MỤC ĐÍCH\n- a.\n"
    title = "Đào tạo nghề cho lao động nông thôn năm 2018"
    for number_line in ("_Số: 345/KH-UBND.. | Quảng Nam, ngày 06 tháng 10 năm 2018",
                        "Số: 345/KH-UBND © | . | Quảng Nam, ngày 06 tháng 10 năm 2018"):
        for title_line in ("| " + title, "- " + title):
            d = extract_plan(head.format(number_line, title_line)).document
            assert (d.number, d.place, d.title) == ("345/KH-UBND", "Quảng Nam", title), (number_line, title_line)
    d = extract_plan(head.format("Số: 73/KH-UBND Quận 3, ngày 06 tháng 10 năm 2018", title)).document
    assert d.place == "Quận 3"


def test_a_dash_speck_after_the_places_type_in_the_issuer() -> None:
    """"TỈNH- LONG AN" (a scan's speck after the place's type in the issuer's capitals: the issuer had kept it); the
    department's own dash stays ("SỞ LAO ĐỘNG - THƯƠNG BINH")."""
    text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH- LONG AN Độc lập - Tự do - Hạnh phúc\n" \
           "Số: 89/KH-UBND Long An, ngày 07 tháng 07 năm 2018\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    assert extract_plan(text).document.issuer == "ỦY BAN NHÂN DÂN TỈNH LONG AN"
    # glued to the place, or a stop before it ("THÀNH PHỐ.-HÀ NỘI", real Tesseract-eng on fresh seed 1375: the issuer
    # had kept it); a place's own hyphen stays
    for issuer, want in (("TỈNH-LONG AN", "TỈNH LONG AN"), ("THÀNH PHỐ.-HÀ NỘI", "THÀNH PHỐ HÀ NỘI"),
                         ("TỈNH BÀ RỊA-VŨNG TÀU", "TỈNH BÀ RỊA-VŨNG TÀU")):
        got = extract_plan(text.replace("TỈNH- LONG AN", issuer).replace("Long An,", "Vũng Tàu,")).document.issuer
        assert got == f"ỦY BAN NHÂN DÂN {want}", issuer
    # a speck's dash before its first word (real Tesseract-eng on fresh seed 1513: "-ỦY BAN NHÂN DÂN" kept)
    assert extract_plan("-" + text).document.issuer == "ỦY BAN NHÂN DÂN TỈNH LONG AN"


def test_a_number_label_read_with_a_five_a_motto_with_a_speck_and_a_name_with_a_stop() -> None:
    """"5ở: 93/KH-UBND …" (the label's S read as a 5: the figure had joined the line to the motto's, and the number and
    date were lost); "Độc lập - Tự do - Hạnh phúc -" / "| VÀ XÃ HỘI |" (a speck's dash after the motto had run the
    issuer's last line into it); the signer's name with a stop after it ("- Lưu: VT. Lê Kim Thủy.": it had been
    lost)."""
    text = ("UBND TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự do - Hạnh "
            "phúc -\n| VÀ XÃ HỘI |\n5ở: 93/KH-SLĐTBXH Đồng Tháp, ngày 20 tháng 05 năm 2020\nKẾ HOẠCH\nAbc\n"
            "I. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực Tỉnh ủy; CHỦ TỊCH\n"
            "- Lưu: VT. Lê Kim Thủy.\n")
    d = extract_plan(text).document
    assert (d.number, d.place, d.issued_date) == ("93/KH-SLĐTBXH", "Đồng Tháp", dt.date(2020, 5, 20))
    assert d.issuer == "UBND TỈNH ĐỒNG THÁP SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert d.signer is not None and d.signer.name == "Lê Kim Thủy"


def test_a_title_before_a_preamble_whose_opening_words_were_misread() -> None:
    """The preamble after a blank line opening with "Căn cứ" misread ("Cần từ Thông tư số …", "Cản trở Chỉ thị số …")
    and ending with a speck after its colon ("như sau: |"): the title had run on into it."""
    title = "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Chợ Gạo năm 2017"
    text = ("Số: 238/KH-UBND Chợ Gạo, ngày 27 tháng 04 năm 2017\nKẾ HOẠCH\n\n" + title.replace(" Gạo", "\nGạo") +
            "\n\n{} số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ Lao\nđộng - Thương binh và Xã hội, Ủy ban nhân dân "
            "huyện ban hành Kế hoạch như sau: |\nI. MỤC ĐÍCH\n- a.\n")
    for opening in ("Cần từ Thông tư", "Cản trở Thông tư", "Căn cứ Thông tư"):
        assert extract_plan(text.format(opening)).document.title == title, opening


def test_a_recipient_whose_dash_a_scan_lost_after_a_finished_item_and_a_slash_speck() -> None:
    """"- Thường trực HĐND tỉnh;" / "Chủ tịch; các PCT UBND tỉnh; Lê Thanh Quân" (the item's dash lost, the signer's
    name merged after it: it had been run into the item before) and "Chủ tịch,/các PCT UBND tỉnh;" (a slash speck)."""
    head = "Hà Nội, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH\nAbc\nI. NHIỆM VỤ\n- a.\n"
    r = extract_plan(head + "Nơi nhận: GIÁM ĐỐC\n- UBND các huyện, thành phố;\n- Thường trực HĐND tỉnh;\n"
                     "Chủ tịch; các PCT UBND tỉnh; Lê Thanh Quân\n- Lưu: VT.\n")
    assert r.document.recipients == ["UBND các huyện, thành phố", "Thường trực HĐND tỉnh",
                                     "Chủ tịch, các PCT UBND tỉnh"]
    assert r.document.signer is not None and r.document.signer.name == "Lê Thanh Quân"
    r = extract_plan(head + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\nThường trực HĐND tỉnh; KT. CHỦ TỊCH\nThường trực Tỉnh ủy; "
                     "PHÓ CHỦ TỊCH\nChủ tịch,/các PCT UBND tỉnh;\nLưu: VT.\nHuỳnh Minh Nam\n")
    assert r.document.recipients == ["Thường trực HĐND tỉnh", "Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh"]


def test_recipients_with_a_glued_dash_speck_and_a_comma_before_a_names_dash_and_an_issuers_trailing_speck() -> None:
    """"_UBND các huyện, thành phố;" (the item's dash read as "_" glued to it: it had been run into the item before),
    "- Bộ Lao động,- Thương binh và Xã hội;" (a comma before the name's dash: it had been "Lao động, Thương binh"), and
    the issuer's "VÀ XÃ HỘI!" (a speck after its last word)."""
    head = "Hà Nội, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH\nAbc\nI. NHIỆM VỤ\n- a.\n"
    r = extract_plan(head + "Nơi nhận: KT. CHỦ TỊCH\n- Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH\n"
                     "_UBND các huyện, thành phố;\n- Bộ Lao động,- Thương binh và Xã hội;\n- Lưu: VT.\nLê Văn An\n")
    assert r.document.recipients == ["Thường trực HĐND tỉnh", "UBND các huyện, thành phố",
                                     "Bộ Lao động - Thương binh và Xã hội"]
    r = extract_plan("UBND TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự "
                     "do - Hạnh phúc\nVÀ XÃ HỘI!\nSố: 12/KH-SLĐTBXH Cao Bằng, ngày 01 tháng 02 năm 2024\n"
                     "KẾ HOẠCH\nAbc\n")
    assert r.document.issuer == "UBND TỈNH CAO BẰNG SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


def test_a_file_copy_whose_vt_a_scan_misread() -> None:
    """"- lau: VV" and "- Lưu: VE Vũ Thu Thảo" (the file copy's T read as V or E: it had been a recipient, and "VE" the
    signer's first word "Về")."""
    from vetplan.normalize import normalize_text

    head = "Hà Nội, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH\nAbc\nI. NHIỆM VỤ\n- a.\n"
    r = extract_plan(head + "Nơi nhận: KT. CHỦ TỊCH\n- Các sở, ban, ngành; PHÓ CHỦ TỊCH\n- lau: VV\nNguyễn Thị Hải\n")
    assert r.document.recipients == ["Các sở, ban, ngành"]
    text = normalize_text(head + "Nơi nhận: KT. GIÁM ĐỐC\n- Bộ Lao động - Thương binh và Xã hội; PHÓ GIÁM ĐỐC\n"
                          "- Lưu: VE Vũ Thu Thảo", damage="ocr_vie").text
    r = extract_plan(text)
    assert r.document.signer is not None and r.document.signer.name == "Vũ Thu Thảo"
    assert r.document.recipients == ["Bộ Lao động - Thương binh và Xã hội"]


def test_the_signers_name_beside_the_last_recipient_its_separator_lost() -> None:
    """The signature column's name left beside the last recipients item, the item's semicolon and the file copy lost
    ("- UBND các huyện, thành phố Lê Anh Nam", "Bộ Lao động - Thương binh và Xã hội Mai Hồng Thắng": fresh seeds 861,
    872 scan: no signer's name, a recipient with it); a place that looks like a name ("Hồ Chí Minh"), two words only,
    a name found elsewhere, or no family name opening the run stay as they are."""
    head = "Số: 10/KH-UBND Đồng Nai, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm 2023\n" \
           "I. MỤC ĐÍCH\n- a.\n"
    for dash, last, want in (("- ", "UBND các huyện, thành phố Lê Anh Nam",
                              ("UBND các huyện, thành phố", "Lê Anh Nam")),
                             ("", "Bộ Lao động - Thương binh và Xã hội Mai Hồng Thắng",
                              ("Bộ Lao động - Thương binh và Xã hội", "Mai Hồng Thắng")),
                             ("- ", "Ban Chỉ đạo GDNN Trần Thị Minh Hằng", ("Ban Chỉ đạo GDNN", "Trần Thị Minh Hằng")),
                             ("- ", "UBND thành phố Hồ Chí Minh", ("UBND thành phố Hồ Chí Minh", None)),
                             ("- ", "UBND thành phố Hà Nội", ("UBND thành phố Hà Nội", None)),
                             ("- ", "Sở Nội vụ Sở Tài Chính Nam", ("Sở Nội vụ Sở Tài Chính Nam", None))):
        text = head + f"Nơi nhận: GIÁM ĐỐC\n{dash}Chủ tịch, các PCT UBND tỉnh;\n{dash}{last}\n"
        d = extract_plan(text).document
        assert d.signer is not None and (d.recipients[-1], d.signer.name) == want, last
        assert d.signer.position == "GIÁM ĐỐC"
    text = head + "Nơi nhận: GIÁM ĐỐC\n- Sở Nội vụ;\n- UBND huyện Lê Văn Tám\n- Lưu: VT.\nLê Anh Nam\n"
    d = extract_plan(text).document
    assert d.signer is not None and d.signer.name == "Lê Anh Nam" and d.recipients[-1] == "UBND huyện Lê Văn Tám"


def test_a_speck_after_the_signers_position() -> None:
    """A scan's speck glued after the position's last word ("Nơi nhận: GIÁM ĐỐC(", fresh seed 861 scan: the position
    had been "GIÁM")."""
    head = "Số: 10/KH-UBND Đồng Nai, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm 2023\n" \
           "I. MỤC ĐÍCH\n- a.\n"
    for pos, want in (("GIÁM ĐỐC(", "GIÁM ĐỐC"), ("PHÓ CHỦ TỊCH|", "PHÓ CHỦ TỊCH"), ("GIÁM ĐỐC", "GIÁM ĐỐC")):
        d = extract_plan(head + f"Nơi nhận: {pos}\n- Sở Nội vụ;\n- Lưu: VT.\nLê Anh Nam\n").document
        assert d.signer is not None and (d.signer.position, d.signer.name) == (want, "Lê Anh Nam"), pos
        assert d.recipients == ["Sở Nội vụ"]


def test_recipients_with_a_dash_between_specks_or_doubled_stops() -> None:
    """A name's dash between two specks ("Bộ Lao động -.- Thương binh", fresh seed 880 eng) and two stops a scan put
    for a space ("Xã..hội", seed 876 eng): the recipient as written; a hyphen without spaces stays."""
    head = "Số: 10/KH-UBND Đồng Nai, ngày 04 tháng 06 năm 2023\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm 2023\n" \
           "I. MỤC ĐÍCH\n- a.\n"
    text = head + "Nơi nhận:\n- Bộ Lao động -.- Thương binh và Xã hội;\n- Sở Lao động - Thương binh và Xã..hội;\n" \
        "- Trung tâm GDNN-GDTX;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Anh Nam\n"
    assert extract_plan(text).document.recipients == [
        "Bộ Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "Trung tâm GDNN-GDTX"]


def test_a_titles_specks_before_it_and_a_name_going_on_across_its_line_break() -> None:
    """Fresh seeds 963 and 994 scan: ".__ Đào tạo nghề cho …" (a stop and low lines before the title) and "… thị xã
    Việt" / "Yên năm 2022 -" / "Thực hiện …" (the title had been cut at "Việt": a Capitalised line taken for the
    preamble's opening)."""
    text = ("ỦY BAN NHÂN DÂN\nTHỊ XÃ VIỆT YÊN\nSố: 32/KH-UBND\nViệt Yên, ngày 12 tháng 11 năm 2022\nKẾ HOẠCH\n"
            "Phát triển giáo dục nghề nghiệp trên địa bàn thị xã Việt\nYên năm 2022 -\nThực hiện Chỉ thị số 24/CT-TTg "
            "ngày 28/5/2020 của Thủ tướng Chính\nphủ, Ủy ban nhân dân thị xã Việt Yên ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.title == "Phát triển giáo dục nghề nghiệp trên địa bàn thị xã Việt Yên năm 2022"
    text = text.replace("Phát triển giáo dục nghề nghiệp trên địa bàn thị xã Việt\nYên năm 2022 -",
                        ".__ Đào tạo nghề cho lao động nông thôn năm 2019")
    assert extract_plan(text).document.title == "Đào tạo nghề cho lao động nông thôn năm 2019"


def test_the_file_copy_opening_an_items_next_line_a_signing_marks_small_letter_and_the_types_colon() -> None:
    """Fresh seeds 1013, 1034 eng and 1017 scan: "~ Bộ Lao động - Thương binh và Xã hội" / "Lưu: VT Lâm Ngọc Phương"
    (the file copy's dash lost: it had been run into the item), "Nơi nhận: TM. Ủy BAN NHÂN DÂN" (the committee's y
    read small: the mark had been a recipient) and "KẾ HOẠCH :" (a colon speck after the type: the title had been
    lost)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: KT. GIÁM ĐỐC\nCác sở, ban, ngành PHÓ GIÁM ĐỐC\n\n"
            "- Thường trực Tỉnh ủy:\n\n~ Bộ Lao động - Thương binh và Xã hội\nLưu: VT Lâm Ngọc Phương\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Các sở, ban, ngành", "Thường trực Tỉnh ủy", "Bộ Lao động - Thương binh và Xã hội"]
    assert doc.signer is not None and doc.signer.name == "Lâm Ngọc Phương"
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. Ủy BAN NHÂN DÂN\n- Thường trực Tỉnh ủy;\n"
            "- Các sở, ban, ngành;\n- Lưu: VT.\n")
    assert extract_plan(text).document.recipients == ["Thường trực Tỉnh ủy", "Các sở, ban, ngành"]
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BẾN LỨC Độc lập - Tự do - Hạnh phúc\n"
            "Số: 53/KH-UBND Bến Lức, ngày 26 tháng 04 năm 2022\nKẾ HOẠCH :\n"
            "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Bến\nLức năm 2022\n"
            "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ;\nI. MỤC ĐÍCH, YÊU CẦU\n- a.\n")
    doc = extract_plan(text).document
    assert doc.title == "Phát triển giáo dục nghề nghiệp trên địa bàn huyện Bến Lức năm 2022"


def test_a_speck_before_the_recipients_label() -> None:
    """"~ Nơi nhận: TM. ỦY BAN NHÂN DÂN" (fresh seed 1046: the label had been a recipient)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n~ Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND các huyện, thành phố; CHỦ TỊCH\n"
            "\n- Thường trực HĐND tỉnh;\n\n- Lưu: VT. Nguyễn Hữu Lộc\n")
    assert extract_plan(text).document.recipients == ["UBND các huyện, thành phố", "Thường trực HĐND tỉnh"]


def test_a_lone_speck_after_the_committees_colon_speck() -> None:
    """"ỦY BAN NHÂN DÂN: _ˆ" / "HUYỆN BA CHẼ" (fresh seed 1066 scan: the issuer had kept the colon, the lone "ˆ"
    standing between it and the next word when the colon was looked for)."""
    text = ("ỦY BAN NHÂN DÂN: _ˆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BA CHẼ Độc lập - Tự do - Hạnh phúc -\n"
            "Số: 347/KH-UBND Ba Chẽ, ngày 13 tháng 10 năm 2023\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.issuer == "ỦY BAN NHÂN DÂN HUYỆN BA CHẼ"


def test_a_speck_before_the_preamble_a_stop_inside_the_place_and_a_bar_after_the_committee() -> None:
    """Unseen seeds 1081–1110: "_ Thực hiện Quyết định …" after the title (a speck before the preamble: its words
    had been run into the title), "Phù. Ninh, ngày" (a speck's stop inside the place's name; "Tp. Hồ Chí Minh" keeps
    its own) and "ỦY BAN NHÂN DÂN I" / "TỈNH NAM ĐỊNH" (a bar read as an I in the issuer)."""
    text = ("ỦY BAN NHÂN DÂN I CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN PHÙ NINH Độc lập - Tự do - Hạnh phúc\n"
            "Số: 78/KH-UBND Phù. Ninh, ngày 15 tháng 11 năm 2023\nKẾ HOẠCH\n"
            "Đào tạo nghề cho lao động nông thôn năm 2024\n"
            "_ Thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng\n"
            "Chính phủ, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    doc = extract_plan(text).document
    assert (doc.place, doc.title) == ("Phù Ninh", "Đào tạo nghề cho lao động nông thôn năm 2024")
    assert doc.issuer == "ỦY BAN NHÂN DÂN HUYỆN PHÙ NINH"
    assert extract_plan(text.replace("Phù. Ninh", "Tp. Hồ Chí Minh")).document.place == "Tp. Hồ Chí Minh"


def test_a_place_named_by_its_number_a_comma_inside_the_place_and_a_misread_mark_beside_the_label() -> None:
    """Unseen seeds 1111–1150: "1, ngày 04 tháng 07 năm 2018" under "ỦY BAN NHÂN DÂN QUẬN 1" (the place is the
    district's number; it had been lost), "Tân, Phú, ngày" (a speck's comma inside the name: the place had been
    "Phú"), "Nơi nhận: KẾ. GLÊM ĐC" (the signature's "KT. GIÁM ĐỐC" misread beside the label: no recipient) and "UBND.
    các huyện", "các_ PCT UBND tỉnh" (specks in items)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUẬN 1 Độc lập - Tự do - Hạnh phúc\n"
            "Số: 303/KH-UBND 1, ngày 04 tháng 07 năm 2018\nKẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn năm 2018\n"
            "I. MỤC ĐÍCH\n- a.\nNơi nhận: KẾ. GLÊM ĐC\n- UBND. các huyện, thành phố;\n- Chủ tịch, các_ PCT UBND tỉnh;\n"
            "- Lưu: VT.\n")
    doc = extract_plan(text).document
    assert (doc.place, doc.issuer) == ("1", "ỦY BAN NHÂN DÂN QUẬN 1")
    assert doc.recipients == ["UBND các huyện, thành phố", "Chủ tịch, các PCT UBND tỉnh"]
    assert extract_plan(text.replace("QUẬN 1 Độc", "QUẬN 3 Độc")).document.place is None  # (no number of its own)
    other = text.replace("QUẬN 1", "HUYỆN TÂN PHÚ").replace("303/KH-UBND 1,", "99/KH-UBND Tân, Phú,")
    assert extract_plan(other).document.place == "Tân Phú"
    assert extract_plan(text.replace("Nơi nhận: KẾ. GLÊM ĐC", "Nơi nhận: Bộ Nội vụ")).document.recipients[0] == \
        "Bộ Nội vụ"


def test_a_labels_hyphen_a_speck_after_the_signers_name_and_a_hyphen_inside_a_name_after_an_item() -> None:
    """Unseen seeds 1113 and 1124 eng: "Nơi-nhận:" (a speck's hyphen for the space: the recipients had been lost),
    "Đinh Văn Long |" (a bar after the signer's name: it had been lost) and "- Thường trực Tỉnh ủy; Hà-Kim Phong" (the
    signer's name merged after the last item, a hyphen for its space: it had stayed in the item)."""
    head = "Hà Nội, ngày 01 tháng 02 năm 2018\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    doc = extract_plan(head + "Nơi-nhận:\n- Bộ Nội vụ;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                       "Đinh Văn Long |\n").document
    assert doc.recipients == ["Bộ Nội vụ"]
    assert doc.signer is not None and doc.signer.name == "Đinh Văn Long"
    doc = extract_plan(head + "Nơi nhận: GIÁM ĐỐC\n- Các sở, ban, ngành;\n- Thường trực Tỉnh ủy; Hà-Kim Phong\n"
                       "- Lưu: VT.\n").document
    assert doc.recipients == ["Các sở, ban, ngành", "Thường trực Tỉnh ủy"]
    assert doc.signer is not None and doc.signer.name == "Hà Kim Phong"
    doc = extract_plan(head + "Nơi nhận:\n- Các sở, ban, ngành;\n- UBND tỉnh Bà Rịa-Vũng Tàu;\n- Lưu: VT.\n").document
    assert doc.recipients == ["Các sở, ban, ngành", "UBND tỉnh Bà Rịa-Vũng Tàu"]


def test_a_year_cut_short_on_the_place_date_line() -> None:
    """"Số: 315/KH-UBND Bắc Từ Liêm, ngày 24 tháng 09 năm 201" (fresh seed 1168 scan: the year's last figure lost at the
    line's end): the place is read, the date left unread with a warning; a later line's whole date is read first."""
    text = ("ỦY BAN NHÂN DÂN\nQUẬN BẮC TỪ LIÊM\nSố: 315/KH-UBND Bắc Từ Liêm, ngày 24 tháng 09 năm 201\nKẾ HOẠCH\n"
            "Đào tạo nghề năm 2017\nI. MỤC ĐÍCH\n- a.\n")
    plan = extract_plan(text)
    assert (plan.document.place, plan.document.issued_date) == ("Bắc Từ Liêm", None)
    assert any("cut short" in w for w in plan.warnings)


def test_a_dash_between_the_issuers_column_and_the_motto() -> None:
    """"TỈNH THÁI BÌNH - Độc lập - Tự do - Hạnh phúc" (fresh seed 1185 eng: a scan's dash between the columns, the
    issuer had lost its place, run into the motto)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH THÁI BÌNH - Độc lập - Tự do - Hạnh phúc\n"
            "Số: 340/KH-UBND Thái Bình, ngày 19 tháng 08 năm 2017\nKẾ HOẠCH\n\nPhát triển giáo dục nghề nghiệp\n"
            "I. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.issuer == "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH"


def test_a_semicolon_before_the_year_and_specks_before_the_type_line() -> None:
    """Fresh seeds 1196 and 1192 eng: "tháng 10;năm 2023" (the place and date had been lost) and "-_KẾ HOẠCH" (a dash
    and a low line before the type: the title had been lost)."""
    text = ("UBND TỈNH ĐẮK LẮK\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
            "Số: 188/KH-SLĐTBXH Đắk Lắk, ngày 17 tháng 10;năm 2023\n-_KẾ HOẠCH\n\n"
            "Đào tạo nghề cho lao động nông thôn năm 2023\n\n"
            "Căn cứ Chỉ thị số 24/CT-TTg ngày 28/5/2020 của Thủ tướng Chính phủ;\nI. MỤC ĐÍCH\n- a.\n")
    doc = extract_plan(text).document
    assert (doc.place, doc.issued_date) == ("Đắk Lắk", dt.date(2023, 10, 17))
    assert doc.title == "Đào tạo nghề cho lao động nông thôn năm 2023"


def test_the_file_copy_with_a_speck_after_it_a_hyphen_after_a_head_and_a_dash_read_as_a_guillemet() -> None:
    """Fresh seeds 1254 and 1268 eng: "- Lưu: VT-" (a speck's hyphen after the file copy: the signer's name on the next
    line had been joined to it as a word's second half, and lost), "- Bộ-Lao động - …" (a hyphen for the space after the
    head: it had stayed), "» Lưu: VT." (the file copy's dash read as a guillemet: it had been left after the last
    item)."""
    head = "Hà Nội, ngày 01 tháng 02 năm 2020\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    doc = extract_plan(head + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực HĐND tỉnh; KT. CHỦ TỊCH\n\n"
                       "- Chủ tịch, các PCT UBND tỉnh; PHÓ CHỦ TỊCH\n\n- Bộ-Lao động - Thương binh và Xã hội;\n\n"
                       "- Lưu: VT-\n\nNguyễn Thu Thủy\n").document
    assert doc.signer is not None and doc.signer.name == "Nguyễn Thu Thủy"
    assert doc.recipients == ["Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                              "Bộ Lao động - Thương binh và Xã hội"]
    doc = extract_plan(head + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n- Thường trực HĐND tỉnh\n"
                       "- Bộ Lao động - Thương binh và Xã hội\n\n» Lưu: VT.\n\nTô Thị Lộc\n").document
    assert doc.recipients == ["Thường trực HĐND tỉnh", "Bộ Lao động - Thương binh và Xã hội"]
    assert doc.signer is not None and doc.signer.name == "Tô Thị Lộc"


def test_a_lone_letter_after_the_issuer_and_a_stop_for_the_space_inside_the_place() -> None:
    """Fresh seeds 1240 and 1266 eng: "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI a" (a speck read as a small letter after
    the issuer: it had stayed in it) and "Số: 130/KH-UBND Cai.Lậy, ngày …" (the place had kept the stop); a place's
    "Tp.Hồ Chí Minh" keeps its abbreviation's stop."""
    text = ("UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ LAO ĐỘNG - THƯƠNG BINH Độc lập - Tự do - Hạnh phúc\nVÀ XÃ HỘI a\n"
            "Số: 130/KH-SLĐTBXH Cai.Lậy, ngày 28 tháng 03 năm 2020\nKẾ HOẠCH\n\nĐào tạo nghề năm 2020\n"
            "I. MỤC ĐÍCH\n- a.\n")
    doc = extract_plan(text).document
    assert doc.issuer == "UBND TỈNH QUẢNG TRỊ SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert doc.place == "Cai Lậy"
    assert extract_plan(text.replace("Cai.Lậy", "Tp.Hồ Chí Minh")).document.place == "Tp.Hồ Chí Minh"


def test_recipients_items_opened_by_specks_before_or_after_their_dash() -> None:
    """Fresh seeds 1244 and 1254 scan: "~- UBND các huyện, thành phố; PHÓ CHỦ TỊCH" (a speck before the dash) and
    ";.Bộ Lao động - …" (a semicolon and a stop for it, glued to the item's capital): each had been run into the item
    before."""
    head = "Hà Nội, ngày 01 tháng 02 năm 2020\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    doc = extract_plan(head + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực HĐND tỉnh; KT. CHỦ TỊCH\n"
                       "~- UBND các huyện, thành phố; PHÓ CHỦ TỊCH\n;.Bộ Lao động - Thương binh và Xã hội;\n"
                       "~ Lưu: VT.\nDương Anh Nam\n").document
    assert doc.recipients == ["Thường trực HĐND tỉnh", "UBND các huyện, thành phố",
                              "Bộ Lao động - Thương binh và Xã hội"]
    assert doc.signer is not None and doc.signer.name == "Dương Anh Nam"


def test_the_number_label_small_after_a_speck_and_the_file_copy_without_its_colon_before_the_signers_name() -> None:
    """Fresh seeds 1306 and 1298 eng: "’ số: 246/KH-UBND Châu Thành, ngày …" (the label's S read as a sign, the number
    had been lost; a small "số:" later in a sentence is no document's number) and "- Lưu VI Nguyễn Quang Thủy" (the file
    copy, its T read as I and its colon lost, and the signer's name beside it: "Lưu VI" had been a recipient)."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\n’ số: 246/KH-UBND Châu Thành, ngày 10 tháng 03 năm 2017\nKẾ HOẠCH\n"
            "Đào tạo nghề\nI. MỤC ĐÍCH\n- a.\nNơi nhận: KT. GIÁM ĐỐC\n- Các sở, ban, ngành; PHÓ GIÁM ĐỐC\n"
            "- Lưu VI Nguyễn Quang Thủy\n")
    doc = extract_plan(text).document
    assert (doc.number, doc.place) == ("246/KH-UBND", "Châu Thành")
    assert doc.recipients == ["Các sở, ban, ngành"]
    assert doc.signer is not None and doc.signer.name == "Nguyễn Quang Thủy"
    other = text.replace("’ số: 246/KH-UBND Châu Thành", "Căn cứ văn bản số: 246/KH-UBND, Châu Thành")
    assert extract_plan(other).document.number is None


def test_the_signers_name_beside_a_recipients_wrapped_item() -> None:
    """A PDF's (or a scan's) two columns put side by side: the signer's name beside a recipients item's first line,
    the item's last word wrapped below ("- Bộ Lao động - Thương binh và Xã Đinh Anh Lộc" / "hội;"): the name is the
    signer's, the item whole again (the signer had been lost, the item held the name)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: GIÁM ĐỐC\n- Bộ Lao động - Thương binh và Xã Đinh Anh Lộc\n"
            "hội;\n- Thường trực Tỉnh ủy;\n- Lưu: VT.\n")
    d = extract_plan(text).document
    assert d.signer is not None and d.signer.name == "Đinh Anh Lộc" and d.signer.position == "GIÁM ĐỐC"
    assert d.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy"]
    kept = extract_plan(text.replace(" Đinh Anh Lộc\nhội;", " hội;\nĐinh Anh Lộc")).document  # (no name inside)
    assert kept.recipients[0] == "Bộ Lao động - Thương binh và Xã hội"
    place = extract_plan(text.replace("Bộ Lao động - Thương binh và Xã Đinh Anh Lộc\nhội;",
                                      "UBND thành phố Hồ Chí Minh\nvà các quận;")).document
    assert "UBND thành phố Hồ Chí Minh và các quận" in place.recipients  # (a place like a name stays the item's)


def test_a_recipients_item_opens_with_a_capital() -> None:
    """Each item under "Nơi nhận:" opens with a capital; a scan that read its C small, or a code's random case, had
    left "các sở, ban, ngành" and "chủ tịch, các PCT UBND tỉnh" as they came."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n- các sở, ban, ngành;\n- chủ tịch, các PCT UBND tỉnh;\n"
            "- như trên;\n- UBND các huyện;\n- Lưu: VT.\n")
    assert extract_plan(text).document.recipients == ["Các sở, ban, ngành", "Chủ tịch, các PCT UBND tỉnh", "Như trên",
                                                       "UBND các huyện"]


def test_a_recipients_label_with_its_i_read_as_a_hash_and_a_file_copy_whose_l_was_misread() -> None:
    """Tesseract-eng's "No# nhan: TM. UY BAN NHAN DAN" (the recipients had been lost) and Vietnamese OCR's "- Dưu: VT"
    (the file copy had been taken for a recipient)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNÓ# NHÂN: TM. ỦY BAN NHÂN DÂN\n- Thường trực Tỉnh ủy; KT. CHỦ TỊCH\n"
            "- Các sở, ban, ngành; PHÓ CHỦ TỊCH\n- UBND các huyện, thành phố;\n- Dưu: VT.\n")
    assert extract_plan(text).document.recipients == ["Thường trực Tỉnh ủy", "Các sở, ban, ngành",
                                                       "UBND các huyện, thành phố"]


def test_the_issuers_department_and_unit_named_as_they_are() -> None:
    """A header's issuer with one word of its department's long name misread, lost or parted ("THƯƠNG BNH", "THW ÔNG
    BINH", "XD HỘI"), and its unit's name a letter off in each word the place-date line writes right ("TỈNH BIC KAN"
    above "Bắc Kạn, ngày …", "LAM PDNG" for Lâm Đồng: a Đ read as P): as they are named. Another place, or the same
    letters with other marks, are left."""
    from vetplan.extract.header import issuer_as_named

    dept = " SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    for read in ("THƯƠNG BNH VÀ XÃ HỘI", "THW ÔNG BINH VÀ XÃ HỘI", "THƯƠNG BINH VÀ XD HỘI"):
        assert issuer_as_named("UBND TỈNH THANH HÓA SỞ LAO ĐỘNG - " + read, None) == "UBND TỈNH THANH HÓA" + dept
    assert issuer_as_named("UBND TỈNH BIC KAN", "Bắc Kạn") == "UBND TỈNH BẮC KẠN"
    assert issuer_as_named("UBND TỈNH LAM PDNG" + dept, "Lâm Đồng") == "UBND TỈNH LÂM ĐỒNG" + dept
    assert issuer_as_named("UBND TỈNH QUẢNG NAM", "Quảng Ninh") == "UBND TỈNH QUẢNG NAM"
    assert issuer_as_named("UBND THÀNH PHỐ HÀ NỘI", "Họ Nội", "Ủy ban nhân dân thành phố Hà Nội ban hành") == \
        "UBND THÀNH PHỐ HÀ NỘI"
    assert issuer_as_named("ỦY BAN NHÂN DÂN HUYỆN THANH TRÌ", "Thành Trị") == "ỦY BAN NHÂN DÂN HUYỆN THANH TRÌ"
    assert issuer_as_named("SỞ GIÁO DỤC VÀ ĐÀO TẠO", None) == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    text = "UBND TỈNH BIC KAN\nSố: 12/KH-UBND Bắc Kạn, ngày 15 tháng 07 năm 2018\nKẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\n"
    assert extract_plan(text).document.issuer == "UBND TỈNH BẮC KẠN"


def test_a_long_department_name_with_several_words_misread() -> None:
    """A department's name of five words or more with two or three words misread ("THUDNG BNH VÀ XD HỘI", "VD XD HỘI",
    sample 000's engine on other plans' headers): the department whose letters it is nearest, by far; a name near two
    departments, or far from all, is left."""
    from vetplan.extract.text import department_as_named

    assert department_as_named("Sở Lao động - Thudng bnh và Xd hội") == "Sở Lao động - Thương binh và Xã hội"
    assert department_as_named("Sở Lao động - Thương binh vd xd hội") == "Sở Lao động - Thương binh và Xã hội"
    assert department_as_named("Sở Nông nghiệp và Môi trướng") == "Sở Nông nghiệp và Môi trường"
    assert department_as_named("Sở Lao động - Thì trong binh và Xd hội") == "Sở Lao động - Thì trong binh và Xd hội"
    assert department_as_named("Sở Văn hóa và Du lịch") == "Sở Văn hóa và Du lịch"


def test_a_quote_speck_before_the_year_word_of_the_place_date_line() -> None:
    """"Triệu Sơn, ngày 28 tháng 07 “năm 2022" (sample 000's engine: the place and date had been lost)."""
    plan = extract_plan("UBND HUYỆN TRIỆU SƠN\nSố: 12/KH-UBND\nTriệu Sơn, ngày 28 tháng 07 “năm 2022\nKẾ HOẠCH\nVề x\n")
    assert (plan.document.place, plan.document.issued_date) == ("Triệu Sơn", dt.date(2022, 7, 28))


def test_the_recipients_label_whose_first_word_a_code_lost() -> None:
    """"Nhận:" alone on its line (sample 004's code's "Noilh?n:" read so, fresh seed 2268 code004: the recipients had
    been lost) opens the recipients, and is none of them."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\nabc\nNhận:\n- UBND các huyện, thành phố;\n- Thường trực Tỉnh ủy;\n- Lưu: VT.\n"
    assert extract_plan(text).document.recipients == ["UBND các huyện, thành phố", "Thường trực Tỉnh ủy"]


def test_the_recipients_label_alone_on_its_line_its_second_word_garbled() -> None:
    """"Nói hơn:" (a code's "Noihan:", its n lost) and "Noinhl?l:" alone on their lines (fresh seeds 2302 and 2371
    code004: the recipients had been lost) open the recipients; a section's "Nội dung:" does not."""
    for label in ("Nói hơn:", "Noinhl?l:", "Noãn:"):  # (its words run into one, "Noãn:", 3480 code004)
        text = f"KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\nabc\n{label}\n- UBND các huyện, thành phố;\n- Thường trực Tỉnh ủy;\n" \
               "- Lưu: VT.\n"
        assert extract_plan(text).document.recipients == ["UBND các huyện, thành phố", "Thường trực Tỉnh ủy"], label
    from vetplan.extract.text import recipients_label

    assert not recipients_label("Nội dung:") and not recipients_label("Nơi phát hành:")
    assert not recipients_label("Nợ:") and not recipients_label("Nông thôn:")


def test_a_title_whose_place_goes_on_after_its_own_dash_on_the_next_line() -> None:
    """"… trên địa bàn thành phố Phan Rang" / "- Tháp Chàm năm 2017" (real Tesseract-eng on fresh seed 1538: the
    place's dash opened the title's second line, read as a list's dash, and the title was cut); a list's item after a
    title stays out of it."""
    from vetplan.extract import extract_plan

    text = ("UBND\nSố: 1/KH-UBND Ninh Thuận, ngày 2 tháng 3 năm 2017\nKẾ HOẠCH\nPhát triển giáo dục nghề nghiệp trên"
            " địa bàn thành phố Phan Rang\n- Tháp Chàm năm 2017\n\nThực hiện Quyết định số 1/QĐ-TTg, Ủy ban nhân dân"
            " ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert extract_plan(text).document.title == \
        "Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Phan Rang - Tháp Chàm năm 2017"
    listed = text.replace("- Tháp Chàm năm 2017", "- Tuyển sinh 300 người;")
    assert extract_plan(listed).document.title == "Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Phan Rang"


def test_a_place_date_lines_specks_before_its_date_word() -> None:
    """"Số: 43/KH-UBND Hồ Chí Minh, '‘ngày 26 tháng 03 năm 2016" (real Tesseract-eng on fresh seed 1587: quote specks
    after the comma, the place lost)."""
    from vetplan.extract import extract_plan

    doc = extract_plan("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 43/KH-UBND Hồ Chí Minh, '‘ngày 26 tháng 03 năm "
                       "2016\nKẾ HOẠCH\nĐào tạo nghề\n").document
    assert (doc.place, str(doc.issued_date)) == ("Hồ Chí Minh", "2016-03-26")


def test_title_opening_quote_that_nothing_closes_is_a_speck() -> None:
    """A scan's speck read as an opening quote before the title, nothing closing it ("“Đào tạo nghề cho lao động nông
    thôn năm 2022": real Tesseract-eng on fresh seed 2128, the title lost); a quoted programme's name keeps its
    quotes."""
    from vetplan.extract.header import _LEADING_SPECK

    assert _LEADING_SPECK.sub("", "“Đào tạo nghề cho lao động nông thôn năm 2022") == \
        "Đào tạo nghề cho lao động nông thôn năm 2022"
    assert _LEADING_SPECK.sub("", "“Đào tạo nghề” năm 2022") == "“Đào tạo nghề” năm 2022"


def test_place_kept_where_the_day_was_read_as_letters() -> None:
    """"Hà Nội, ngày ba tháng 04 năm 2020" (real Tesseract-eng on fresh seed 2204: the day's figures read as a word):
    the place is kept, the date unread."""
    from vetplan.extract.header import _DATE_LINE

    m = _DATE_LINE.search("Số: 49/KH-UBND Hà Nội, ngày ba tháng 04 năm 2020")
    assert m is not None and m.group("place").strip().endswith("Hà Nội") and m.group("d") is None


def test_the_signers_position_after_a_speck_and_the_name_after_a_speck_read_as_a_letter() -> None:
    """Real Tesseract-eng on fresh seeds 2433 and 2447: "Nơi nhận: và — GIÁM ĐỐC" and "- Thường trực Tỉnh ủy: do PHÓ
    GIÁM ĐỐC." (the position after a speck's dash, or with a stop after it, at the end of a recipients line: it had
    been lost), and "- Thường trực Tỉnh ủy; ; ; ở Nguyễn Hữu Phong" (a speck read as a marked letter before the
    signer's name: lost). A position inside a sentence stays its sentence's."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: và — GIÁM ĐỐC\n- Chủ tịch, các PCT UBND tỉnh;\n"
            "- Thường trực Tỉnh ủy; ; ; ở Nguyễn Hữu Phong\n- Lưu: VT.\n")
    d = extract_plan(text).document
    assert d.signer is not None and (d.signer.position, d.signer.name) == ("GIÁM ĐỐC", "Nguyễn Hữu Phong")
    assert d.recipients[:2] == ["Chủ tịch, các PCT UBND tỉnh", "Thường trực Tỉnh ủy"]
    other = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: KT. GIÁM ĐỐC\n- Thường trực Tỉnh ủy: do PHÓ GIÁM ĐỐC.\n"
             "- Các sở, ban, ngành;\n- Lưu: VT. Nguyễn Quang Hạnh\n")
    d = extract_plan(other).document
    assert d.signer is not None and d.signer.position == "PHÓ GIÁM ĐỐC" and d.signer.name == "Nguyễn Quang Hạnh"


def test_the_signers_position_beside_the_label_after_an_inverted_bang() -> None:
    """"Nơi nhận: ¡ GIÁM ĐỐC" (a speck read as "¡": vetplan's OCR of fresh seed 1530's scan) — the position is the
    signer's, not a recipient, and the name beside the last item is read."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: ¡ GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n"
            "- Bộ Lao động - Thương binh và Xã hội;\n- Các sở, ban, ngành; Lê Minh Huyền\n- Lưu: VT\n")
    d = extract_plan(text).document
    assert d.signer is not None and (d.signer.position, d.signer.name) == ("GIÁM ĐỐC", "Lê Minh Huyền")
    assert d.recipients == ["Thường trực Tỉnh ủy", "Bộ Lao động - Thương binh và Xã hội", "Các sở, ban, ngành"]


def test_a_recipients_item_with_a_speck_read_as_a_sign_after_its_dash() -> None:
    """"-€ chủ tịch,:các PCT UBND tỉnh;" (vetplan's OCR of fresh seed 1658's scan: the item had kept the sign)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n"
            "-€ chủ tịch,:các PCT UBND tỉnh;\n- Lưu: VT\n")
    assert extract_plan(text).document.recipients == ["Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh"]


def test_a_recipients_item_with_a_speck_dash_after_a_comma() -> None:
    """"Các sở, ban, -ngành" (a speck's dash after the comma: real Tesseract-eng on fresh seed 2576)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n- Các sở, ban, -ngành\n"
            "- Lưu: VT\n")
    assert extract_plan(text).document.recipients == ["Thường trực Tỉnh ủy", "Các sở, ban, ngành"]


def test_the_title_ends_before_a_small_preamble_whose_cited_types_second_word_is_misread() -> None:
    """"căn cứ Thông ở số 43/2016/TT-BLĐTBXH …" (a code's small c and its "Thong w": fresh seed 4140 code004) opens the
    preamble: the title stops before it."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN A\nSố: 1/KH-UBND A, ngày 1 tháng 2 năm 2023\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2023\n"
            "căn cứ Thông ở số 43/2016/TT-BLĐTBXH ngày 28/12/2016 của Bộ Lao động - Thương binh và Xã hội ban hành Kế "
            "hoạch như sau:\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.title == "Triển khai công tác giáo dục nghề nghiệp năm 2023"


def test_the_signers_position_after_a_recipients_comma_and_two_dashes() -> None:
    """"- Bộ Lao động - Thương binh và Xã hội, —- PHÓ CHỦ TỊCH" (the item's semicolon read as a comma, a speck's two
    dashes before the position: vetplan's OCR of fresh seed 1791's scan, the position lost and run into the item)."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực Tỉnh ủy; KT. CHỦ TỊCH\n"
            "- Bộ Lao động - Thương binh và Xã hội, —- PHÓ CHỦ TỊCH\n- UBND các huyện, thành phố;\n- Lưu: VT.\n"
            "Trần Hồng Tú\n")
    d = extract_plan(text).document
    assert d.signer is not None and (d.signer.position, d.signer.name) == ("PHÓ CHỦ TỊCH", "Trần Hồng Tú")
    assert d.recipients == ["Thường trực Tỉnh ủy", "Bộ Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố"]


def test_an_issuers_place_with_a_hyphen_parted_from_the_motto_beside_it() -> None:
    """"THÀNH PHỐ PHAN RANG - THÁP CHÀM Độc lập - Tự do - Hạnh phúc" (the two columns on one line: parted, the issuer's
    half had been joined to the motto again — real Tesseract-eng on fresh seed 2781, the issuer's place lost)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ PHAN RANG - THÁP CHÀM Độc lập - Tự do - "
            "Hạnh phúc\n\nSố: 176/KH-UBND Phan Rang - Tháp Chàm, ngày 19 tháng 07 năm 2020\nKẾ HOẠCH\nAbc\n"
            "I. MỤC ĐÍCH\n- a.\n")
    d = extract_plan(text).document
    assert d.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN RANG - THÁP CHÀM" and d.place == "Phan Rang - Tháp Chàm"


def test_a_recipients_item_opened_by_a_bracket_no_other_closes() -> None:
    """"[Thường trực HĐND tỉnh PHÓ CHỦ TỊCH" (the item's dash read as a bracket: real Tesseract-eng on fresh seed 3059,
    the recipient kept the bracket); a bracket that closes stays."""
    from vetplan.extract.text import strip_specks

    assert strip_specks("[Thường trực HĐND tỉnh") == "Thường trực HĐND tỉnh"
    assert strip_specks("(Văn phòng) UBND") == "(Văn phòng) UBND"


def test_a_recipients_abbreviation_with_two_specks_glued_after_it() -> None:
    """"- UBND':các huyện, thành phố;" (a quote and a colon glued after the abbreviation: vetplan's OCR of fresh seed
    1984's scan, the recipient kept them)."""
    from vetplan.extract.text import strip_specks

    assert strip_specks("UBND':các huyện, thành phố") == "UBND các huyện, thành phố"
    assert strip_specks("VPUB: CVP, PCVP") == "VPUB: CVP, PCVP"


def test_a_title_with_a_speck_hyphen_after_its_year() -> None:
    """"Đào tạo nghề cho lao động nông thôn năm 2019-" (a speck's hyphen glued after the title's year: vetplan's OCR of
    fresh seed 1997's scan, the title kept it); a span's years stay ("giai đoạn 2021-2025")."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2019\nKẾ HOẠCH\n"
            "Đào tạo nghề cho lao động nông thôn năm 2019-\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.title == "Đào tạo nghề cho lao động nông thôn năm 2019"
    span = text.replace("năm 2019-", "giai đoạn 2021-2025")
    assert extract_plan(span).document.title == "Đào tạo nghề cho lao động nông thôn giai đoạn 2021-2025"


def test_a_recipients_standing_committee_with_a_stop_glued_before_the_council() -> None:
    """"Thường trực.HĐND tỉnh" (a speck's stop for the space: vetplan's OCR of fresh seed 2017's scan, the recipient
    kept it)."""
    from vetplan.extract.text import strip_specks

    assert strip_specks("Thường trực.HĐND tỉnh") == "Thường trực HĐND tỉnh"


def test_the_signers_name_after_the_last_recipients_semicolon() -> None:
    """"- Thường trực HĐND tỉnh; Dương Thu Tú" (the signature column's name merged after the last item's semicolon:
    real Tesseract-eng on fresh seed 3904, the signer lost) is the signer's; a place's name is no person's."""
    from vetplan.extract.header import name_closing_last_item

    assert name_closing_last_item(["Các sở, ban, ngành", "Thường trực HĐND tỉnh; Dương Thu Tú"]) == \
        ("Thường trực HĐND tỉnh", "Dương Thu Tú")
    assert name_closing_last_item(["UBND thành phố; Hồ Chí Minh"]) is None


def test_a_place_named_by_its_number_after_a_specks_bar() -> None:
    """"Số: 203/KH-UBND | 6, ngày 10 tháng 08 năm 2018" under "ỦY BAN NHÂN DÂN QUẬN 6" (real Tesseract-eng on fresh
    seed 7134: a speck read as a bar before the district's number; the place had been lost); another number stays
    none."""
    text = ("ỦY BAN NHÂN DÂN\nQUẬN 6\nSố: 203/KH-UBND | 6, ngày 10 tháng 08 năm 2018\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2018\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.place == "6"
    assert extract_plan(text.replace("| 6,", "| 7,")).document.place is None


def test_recipients_after_a_quote_in_their_label_and_beside_a_misread_mark() -> None:
    """"Nơi-‘nhân:" (a quote's speck between the label's words: real Tesseract-eng on fresh seed 11298, the recipients
    lost) opens the list; "NƠI NHẬN: EM: ỦY BAN NHÂN DÂN" (the signature's "TM." read "EM:" beside the label: 11297,
    whose first recipient had been the committee) gives no item; a recipient beside the label stays one."""
    body = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2019\nKẾ HOẠCH\n"
            "Đào tạo nghề cho lao động nông thôn năm 2019\nI. MỤC ĐÍCH\n- a.\n{}\n- Thường trực Tỉnh ủy;\n"
            "- Các sở, ban, ngành;\n- Lưu: VT.\n")
    for label in ("Nơi-‘nhân:", "NƠI NHẬN: EM: ỦY BAN NHÂN DÂN", "Nơi nhận: 1M: ỦY BAN NHÂN DÂN"):
        assert extract_plan(body.format(label)).document.recipients == ["Thường trực Tỉnh ủy", "Các sở, ban, ngành"], \
            label
    assert extract_plan(body.format("Nơi nhận: Bộ Tài chính;")).document.recipients == [
        "Bộ Tài chính", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"]


def test_a_title_with_two_specks_apart_after_its_year() -> None:
    """"… nghề nghiệp năm 2024 . |" (real Tesseract-eng on fresh seed 11640: two specks, a space between them, after
    the title's year; the title had kept the stop) ends at its year."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2024\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2024 . |\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.title == "Triển khai công tác giáo dục nghề nghiệp năm 2024"


def test_a_deputys_position_after_a_circumflexs_speck_beside_a_recipient() -> None:
    """"- Thường trực HĐND tỉnh; ˆ PHÓ CHỦ TỊCH" (vetplan's OCR of fresh seed 6941's scan: a lone circumflex between
    the recipient and the signature column's position; the position had been taken into the recipient and the signer's
    position lost)."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2024\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2024\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n"
            "- Các sở, ban, ngành; KT. CHỦ TỊCH\n- Thường trực HĐND tỉnh; ˆ PHÓ CHỦ TỊCH\n"
            "- Bộ Lao động - Thương binh và Xã hội;\n- Lưu: VT.\nNguyễn Văn An\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Các sở, ban, ngành", "Thường trực HĐND tỉnh", "Bộ Lao động - Thương binh và Xã hội"]
    assert doc.signer is not None and doc.signer.position == "PHÓ CHỦ TỊCH"


def test_the_signers_name_after_a_dashs_speck_beside_the_last_recipient() -> None:
    """"- Thường trực HĐND tỉnh; — Bùi Thanh Long" (vetplan's OCR of fresh seed 7013's scan: a speck's dash between the
    last recipient and the signer's name the signature column put beside it; the name had been taken into the item)."""
    from vetplan.extract.header import name_closing_last_item

    assert name_closing_last_item(["Các sở, ban, ngành", "Thường trực HĐND tỉnh; — Bùi Thanh Long"]) == \
        ("Thường trực HĐND tỉnh", "Bùi Thanh Long")
    assert name_closing_last_item(["Các sở, ban, ngành", "UBND thành phố — Hồ Chí Minh"]) is None


def test_a_recipient_opened_by_chairman_and_comma_after_a_lost_dash() -> None:
    """"Chủ tịch, các PCT UBND tỉnh Lê Minh Thủy" below "-UBND các huyện, thành phố" (real Tesseract-eng on fresh seed
    12088: the item's dash lost, the signer's name beside it; the item had been run into the one before it) is an item
    of its own, the name the signer's; a wrapped item's last words still join it."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2018\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2018\nI. MỤC ĐÍCH\n- a.\nNơi nhận: GIÁM ĐỐC\n"
            "-Các sở, ban, ngành\n\n-UBND các huyện, thành phố\n\n")
    doc = extract_plan(head + "Chủ tịch, các PCT UBND tỉnh Lê Minh Thủy\n= Lưu: VT\n").document
    assert doc.recipients == ["Các sở, ban, ngành", "UBND các huyện, thành phố", "Chủ tịch, các PCT UBND tỉnh"]
    assert doc.signer is not None and doc.signer.name == "Lê Minh Thủy"
    doc = extract_plan(head.replace("thành phố\n", "thành phố,\n") + "thị xã trực thuộc\n- Lưu: VT\n").document
    assert doc.recipients == ["Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã trực thuộc"]


def test_the_signers_name_after_a_stroke_where_the_file_copy_was_lost() -> None:
    """"| Cao Hữu Yên" below the last recipient (vetplan's OCR of fresh seed 7189's scan: the file copy's line lost, a
    stroke before the signer's name; the name had been taken for a recipient and the signer's lost) is the signer's
    name, no recipient."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2017\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2017\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n"
            "- Bộ Lao động - Thương binh và Xã hội: —_ KT. CHỦ TỊCH\n"
            "- Chủ tịch, các PCT UBND tỉnh; .-. \" ' PHÓ CHỦ TỊCH\n- Các sở, ban, ngành;\n| Cao Hữu Yên\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Chủ tịch, các PCT UBND tỉnh",
                              "Các sở, ban, ngành"]
    assert doc.signer is not None and doc.signer.name == "Cao Hữu Yên"


def test_an_issuer_with_an_inverted_exclamation_marks_speck_after_it() -> None:
    """"THÀNH PHỐ QUẢNG NGÃI¡ Độc lập - Tự do - Hạnh phúc" (vetplan's OCR of fresh seed 7427's scan: a speck read as an
    inverted exclamation mark after the issuer's place; the issuer had kept it)."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ QUẢNG NGÃI¡ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 118/KH-UBND Quảng Ngãi, ngày 22 tháng 03 năm 2017\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2017\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ QUẢNG NGÃI"


def test_recipients_after_a_misread_label_beside_the_signatures_mark() -> None:
    """"Nơi hhậnp TM. ỦY BAN NHÂN DÂN" (vetplan's OCR of fresh seed 7361's scan: the label's second word misread, its
    colon lost, beside the signature's mark; the recipients had been lost) opens the list."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2023\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2023\nI. MỤC ĐÍCH\n- a.\nNơi hhậnp TM. ỦY BAN NHÂN DÂN\n"
            "- Thường trực Tỉnh ủy; KT. CHỦ TỊCH\n- Bộ Lao động - Thương binh và Xã hội; PHÓ CHỦ TỊCH\n"
            "- UBND các huyện, thành phố;\n-:Lưu: VT.\nLê Hồng Lan\n")
    assert extract_plan(text).document.recipients == ["Thường trực Tỉnh ủy", "Bộ Lao động - Thương binh và Xã hội",
                                                      "UBND các huyện, thành phố"]


def test_a_word_in_small_letters_before_the_dated_place() -> None:
    """"Số: 103/KH-UBND hào Kỳ Anh, ngày 20" under "THỊ XÃ KỲ ANH" (vetplan's OCR of fresh seed 7589's scan: a speck
    read as a word in small letters before the place; the place had kept it) is the issuer's place; a place of the
    issuer's that opens with a word of its own keeps it."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ KỲ ANH Độc lập - Tự do - Hạnh phúc\n"
            "Số: 103/KH-UBND hào Kỳ Anh, ngày 20 tháng 08 năm 2020\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2020\nI. MỤC ĐÍCH\n- a.\n")
    assert extract_plan(text).document.place == "Kỳ Anh"
    assert extract_plan(text.replace("hào Kỳ Anh", "Kỳ Anh")).document.place == "Kỳ Anh"
    other = text.replace("THỊ XÃ KỲ ANH", "HUYỆN A LƯỚI").replace("hào Kỳ Anh", "A Lưới")
    assert extract_plan(other).document.place == "A Lưới"


def test_no_recipient_after_the_file_copy() -> None:
    """"; Lao động - Thương binh và Xã hội" below "- Lưu: VT." (vetplan's OCR of fresh seed 7605's scan: the signature
    column's words after the file copy, a speck's semicolon read for a dash; it had been taken for a recipient) is no
    recipient: after the file copy only a line a dash opens is an item."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2017\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2017\nI. MỤC ĐÍCH\n- a.\nNơi nhận:\n"
            "- Bộ Lao động - Thương binh và Xã hội;\n- Thường trực Tỉnh ủy;\n- Lưu: VT.\n"
            "; Lao động - Thương binh và Xã hội\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Ngọc Dũng\n")
    doc = extract_plan(text).document
    assert doc.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy"]
    assert doc.signer is not None and doc.signer.name == "Đặng Ngọc Dũng"


def test_the_signers_name_after_the_file_copy_and_a_dash_speck() -> None:
    """"- Lưu: VT: _— Nguyễn Văn Yến" (vetplan's OCR of fresh seed 7691's scan: the signer's name beside the file copy,
    specks and a long dash between; the signer had been lost) names the signer."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 118/KH-UBND Gia Lai, ngày 22 tháng 03 năm 2020\nKẾ HOẠCH\n"
            "Triển khai công tác giáo dục nghề nghiệp năm 2020\nI. MỤC ĐÍCH\n- a.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n"
            "- UBND các huyện, thành phố; CHỦ TỊCH\n- Bộ Lao động - Thương binh và Xã hội;\n"
            "- Lưu: VT: _— Nguyễn Văn Yến\n")
    doc = extract_plan(text).document
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn Yến"
    assert doc.recipients == ["UBND các huyện, thành phố", "Bộ Lao động - Thương binh và Xã hội"]
