"""Reflow: physical lines → logical paragraphs, each remembering its input line numbers.

"số 23/KH-\\nUBND ngày 26/01/2024" becomes one paragraph "số 23/KH-UBND ngày 26/01/2024" spanning lines 12–13;
page numbers ("10"), stray stamp marks and repeated running heads are dropped; merged two-column header lines
("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") are split.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex as re

from .text import (
    AGENCY_HEAD_ALT,
    BEHALF_START,
    BEHALF_WORD,
    FILE_COPY,
    POSITION_AT_LINE_END,
    POSITION_WORDS,
    fold,
    recipients_label,
)

ROMAN_TOKEN = r"[IVXLl|1!]{1,5}"
#: a speck a scan may leave before a part number ("_ V. TỔ CHỨC THỰC HIỆN", "‘ III. NHIỆM VỤ", ".II. CHỈ TIÊU")
SPECK = r"(?:[_~'‘’`•·«»\".]\s*)?"
_ROMAN_HEAD = re.compile(rf"^\s*{SPECK}(?P<num>{ROMAN_TOKEN})\s*[.:,]\s*(?P<head>\S.*)$")
# ("-_ II.", "— II.")
_DASH_BEFORE_PART = re.compile(r"^\s*[-–—][\s_~'‘’`•·]*(?=[IVXLlÌÍỈĨỊÀÁẢÃẠ|1!]{1,5}\s*[.:,]\s*\S)")
_ROMAN_NODOT = re.compile(r"^\s*(?P<num>[IVX]{1,5})\s+(?P<head>\S.*)$")
_PART_WORD = re.compile(r"^\s*(?:PHẦN|Phần)\s+(?P<num>[IVX]+|\d+)\s*[.:\-–]?\s*(?P<head>.*)$")
_NUM_ITEM = re.compile(r"^\s*(?:[~_‘'`“”\"]\s*|-[ ]?(?=\d{1,2}\s*[.,]\s*\p{Lu}))?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\s*"
                       r"(?:[.)]|[,:](?=\s*\p{Lu}))\s*(?P<head>\S.*)$")
# (an item's stop read as a comma by OCR, "4, Đẩy mạnh …": only before a capital; a scan's speck before the number:
# "~ 1. Gắn kết với doanh nghiệp", "“1. Kiểm tra, giám sát", or a dash glued to it: "-1. Tăng cường", "-3, Gắn kết",
# or a space after that: "- 1. Phát triển đội ngũ nhà giáo", real Tesseract-eng on fresh seed 1784, the tasks shifted)
_ALPHA_ITEM = re.compile(r"^\s*(?P<num>[a-zđ])\s*\)\s*(?P<head>\S.*)$")
# (a scan's dash read as a tilde, colon, semicolon or low quote: "~ Lưu: VT.", ": Chủ tịch, các PCT", "; Lưu: VT",
# "„ Bộ Lao động"; "_- Thời gian")
#: a list item's dash, as a scan may read it ("= Bộ …", "~~ Lưu: VT", "> Thường trực", "» Lưu: VT.", a speck before
#: it: "`.- Lưu: VT", "~- UBND các huyện", or after it: "-. Đơn vị chủ trì", "-= Đơn vị chủ trì", or a semicolon and a
#: stop glued to the item's capital: ";.Bộ Lao động", fresh seeds 1244 and 1254 scan, items that had been run into
#: the one before; a double quote before it: "\"= Đơn vị chủ trì: …", real Tesseract-eng on fresh seed 3228, the lead
#: lost; a letter glued before it: "J= Đơn vị chủ trì: …", vetplan's OCR of fresh seed 2360's scan, the lead lost; a
#: not sign: "_¬ Đơn vị chủ trì: …", 2406, the lead lost; glued to the item's capital, a speck after it: "=#Bộ Lao
#: động", 2425, the recipient run into the one before)
_BULLET = re.compile(r"^\s*(?:[_`'‘’.~\"“”]\s*|[A-Za-z](?=[=~]\s)){0,2}(?P<num>[-–—•+*·]|[~:;„=>»¬]{1,2}(?=\s)"
                     r"|;[.,](?=\p{Lu})|[=~»¬][#*]?(?=\p{Lu}))"
                     r"(?:[.,`'‘’=~](?=\s))?\s*(?P<head>\S.*)$")
_APPENDIX = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục|PHU LUC|Phu luc)\b")
_SIGN = re.compile(rf"^\s*(?:{BEHALF_START}|Q\s*\.\s*\p{{Lu}})")  # "KT. CHỦ TỊCH", "KT CHỦ TỊCH", "Q. CHỦ TỊCH"
_TERMINAL = ".;:!?…"


@dataclass
class Para:
    """One logical paragraph: "- Đơn vị chủ trì thực hiện: Sở Lao động - Thương binh và Xã hội." (lines 43–43)."""

    text: str
    start: int
    end: int
    marker: str | None = None  # roman | part | num | alpha | bullet | appendix | None
    number: str | None = None
    body: str = ""
    offsets: list[int] = field(default_factory=list)  # char offset in text where each physical line begins
    lines: list[int] = field(default_factory=list)  # the input line number of each of those pieces

    def line_at(self, pos: int) -> int:
        """Input line number of character ``pos`` of ``text``."""
        if not self.offsets:
            return self.start
        i = bisect.bisect_right(self.offsets, pos) - 1
        return self.lines[max(0, min(i, len(self.lines) - 1))]


_HEADER_SPLITS = [
    # "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    re.compile(r"(?<=\S)\s+(?=CỘNG H[OÒ]A XÃ HỘI)"),
    # "Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024"
    re.compile(r"(?<=^\s*(?:S[ốo6]|5[ốôở])\s*:?\s*\S*\s*/\s*[\p{Lu}\d][\p{L}\d\-/]*)\s+"
               r"(?=\p{Lu}[^,]{1,40},[\s\-–.]*ngày)"),
    # "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Bộ Lao động - Thương binh và Xã hội; KT. CHỦ TỊCH"
    re.compile(rf"(?<=\S)\s+(?={BEHALF_START})"),
    # "- Thường trực Thành ủy; PHÓ CHỦ TỊCH", "Nơi nhận: TRƯỞNG PHÒNG": the position after a recipients item or
    # their label (not "KT. CHỦ TỊCH")
    # (a scan's specks between: "- Thường trực Tỉnh ủy; _— PHÓ CHỦ TỊCH", "; | PHÓ GIÁM ĐỐC", "; "¬ PHÓ CHỦ TỊCH",
    # "; .-. ¬ _—— CHỦ TỊCH", "; , PHÓ CHỦ TỊCH", a lone figure a stamp's speck made: "; . , 7 CHỦ TỊCH", a single
    # quote: "; ‘ PHÓ CHỦ TỊCH"; an inverted bang, "Nơi nhận: ¡ GIÁM ĐỐC", vetplan's OCR of fresh seed 1530's scan)
    re.compile(rf"(?<=[;,.:])(?<!\b(?:{BEHALF_WORD})\s*[.,:])\s+(?:(?:[_—–\-~'`\"“”‘’|¬.,¡!]+|\d(?=\s))\s*){{0,3}}"
               rf"(?={POSITION_WORDS}\b)"),
    # "Thường trực HĐND tỉnh PHÓ CHỦ TỊCH": the position ending a recipients line whose item lost its dash and ";"
    re.compile(POSITION_AT_LINE_END),
    # "UBND QUẬN BA ĐÌNH Độc lập - Tự do - Hạnh phúc" (a scan's dash between the columns goes: "TỈNH THÁI BÌNH - Độc
    # lập …", fresh seed 1185 eng, whose issuer had lost its place, run into the motto)
    re.compile(r"(?<=\S)\s+(?:[-–—]\s+)?(?=Độc lập\s*-\s*Tự do)"),
]

#: a literal each of the splits above needs ("CỘNG H", "ngày", "TM"/"KT"/"TL"/"TUQ", a position, "Độc lập")
_HEADER_KEYS = ("CỘNG H", "ngày", "TM", "KT", "TL", "TUQ", "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "BÍ THƯ",
                "CHÁNH VĂN PHÒNG", "Độc lập")

_STAMP = re.compile(r"^(?!.*\d{4})[\W\d_]{0,6}$")  # specks and stray digits; a year is no stamp (a title's "2022")


def clean_line(raw: str) -> str:
    """Strip markdown and layout noise: "Số: **72** /KH-UBND" → "Số: 72 /KH-UBND"; "KT. CHỦ TỊCH ✓" → "KT. CHỦ TỊCH"."""
    s = raw.replace("\t", " ").replace("\u00a0", " ").replace("\ufeff", "")
    if "*" in s:
        s = _MD_STARS.sub("", s)
    s = _CHECKS.sub("", s)
    if "___" in s:
        s = _RULE.sub("", s)
    if "  " in s:
        s = _SPACES.sub(" ", s)
    s = s.strip()
    if s[:1] in _SPECK_CHARS or s[1:2] == " ":  # "_ KẾ HOẠCH" (the type and its title had been lost), "Ở PHÓ CHỦ
        s = _SPECK_BEFORE_TITLE.sub("", s)  # TỊCH" (a stamp's speck: the position had run into a recipients item)
    return s


_MD_STARS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}")
_CHECKS = re.compile(r"[✓✔☑✗]")
_RULE = re.compile(r"^[\s_]*_{3,}[\s_]*$")
_SPACES = re.compile(r"[ ]{2,}")
_PAGE_NO = re.compile(r"(?:-\s*)?\d{1,3}(?:\s*-)?|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}")
_NUM_DIGIT_HEAD = re.compile(r"^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$")
_TITLE_WORD = re.compile(r"^(?:KẾ HOẠCH|KE HOACH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH)\s*[._~`'‘’|,:;\-–]?\s*$")  # ("KẾ HOẠCH .",
# "KẾ HOẠCH -", "KẾ HOẠCH :")
_SPECK_CHARS = frozenset("_~`'‘’|.,")
#: a scan's speck, or a lone letter, before a document's type or a signer's position standing alone on its line
_SPECK_BEFORE_TITLE = re.compile(r"^(?:[_~`'‘’|.,]+|\p{L}(?=\s))\s*"
                                 rf"(?=(?:KẾ HOẠCH|KE HOACH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|{POSITION_WORDS})\s*$)")
_CANCU = re.compile(r"^(?:[_~'‘’`|]\s*)?(?:Căn cứ|Can cu)\s")  # (a scan's speck before it: "_ Căn cứ Quyết định")
#: the national motto ending a line, maybe with a scan's specks after it
_MOTTO_END = re.compile(r"Hạnh phúc[\s\-–—_|~.,'‘’`]*$")
#: the header's number label, its S maybe read as a 5 ("5ở: 93/KH-UBND": a figure had joined it to the line before)
_NUMBER_LABEL = re.compile(r"^\s*(?:S[ốoô6]|SỐ|5[ốôở])\s*:\s*\d")
_KH_LINE = re.compile(r"^(?:KẾ HOẠCH|KE HOACH)\s*[._~`'‘’|,:;\-–]?\s*$")
_THUONG_BINH = re.compile(r"^[-–]\s+Thương binh")
_HEAD_WORDS = re.compile(
    r"(muc dich|muc tieu|yeu cau|chi tieu|nhiem vu|noi dung|kinh phi|to chuc thuc hien|che do|bao cao|giai phap)"
)


def is_page_number(s: str) -> bool:
    """A line that only carries a page number: "10", "- 2 -", "Trang 3", "3/12"."""
    return bool(_PAGE_NO.fullmatch(s))


def split_merged(s: str) -> list[str]:
    """Split a merged two-column line: "Số: 73/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024" → 2 pieces."""
    if not any(k in s for k in _HEADER_KEYS):  # none of the splits can apply (each needs its word)
        return [s.strip()] if s.strip() else []
    parts = [s]
    for rx in _HEADER_SPLITS:
        out: list[str] = []
        for p in parts:
            out.extend(x for x in rx.split(p) if x and x.strip())
        parts = out
    return [p.strip() for p in parts if p.strip()]


@lru_cache(maxsize=8192)
def classify_start(s: str) -> tuple[str | None, str | None, str]:
    """Which block marker a line starts with: "2.1. Thu thập …" → ("num", "2.1", "Thu thập …")."""
    if _APPENDIX.match(s):
        return "appendix", None, s.strip()
    m = _PART_WORD.match(s)
    if m and (m.group("head") == "" or m.group("head")[:1].isupper()):
        return "part", m.group("num"), m.group("head").strip()
    m = _NUM_ITEM.match(s)
    if m and not m.group("head")[:1].isdigit():
        return "num", m.group("num").rstrip("."), m.group("head").strip()
    m = _ROMAN_HEAD.match(s)
    if m and re.search(r"[IVXl|]", m.group("num")) and _looks_like_heading(m.group("head")):
        return "roman", m.group("num"), m.group("head").strip()
    d = _DASH_BEFORE_PART.match(s)
    if d:  # "- VI. CHẾ ĐỘ BÁO CÁO": a speck read as a dash before a part in capitals, not a list item
        kind, num, head = classify_start(s[d.end():])
        if kind == "roman" and _is_caps(head):
            return kind, num, head
    m = _ALPHA_ITEM.match(s)
    if m:
        return "alpha", m.group("num"), m.group("head").strip()
    m = _BULLET.match(s)
    if m and not _NUM_DIGIT_HEAD.match(s):
        return "bullet", m.group("num"), m.group("head").strip()
    m = _ROMAN_NODOT.match(s)
    if m and _is_caps(m.group("head")) and len(m.group("head")) > 3:
        return "roman", m.group("num"), m.group("head").strip()
    m = _ROMAN_ACCENTED.match(s)
    if m and _is_caps(m.group("head")) and _HEAD_WORDS.search(fold(m.group("head")[:40])):
        # "VÌ. CHẾ ĐỘ BÁO CÁO", "VÀ. TỔ CHỨC THỰC HIỆN": a numeral turned into a word by a repair step (its head a
        # part's words: the word itself may stand there, "VÀ. XÃ HỘI" ending the issuer's name with a speck)
        tok = fold(m.group("num")).upper()
        core = re.match(r"^[IVX|1!L]+", tok)
        if core and len(core.group(0)) >= len(tok) - 1:
            return "roman", core.group(0).replace("L", "l"), m.group("head").strip()
    return None, None, s.strip()


_ROMAN_ACCENTED = re.compile(rf"^\s*{SPECK}(?P<num>[IVXLÌÍỈĨỊÀÁẢÃẠ]{{1,4}})\s*[.:,]\s*(?P<head>\S.*)$")


_SPACE_RUN = re.compile(r"[ ]{2,}")


def _is_caps(s: str) -> bool:
    letters = "".join(filter(str.isalpha, s))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _looks_like_heading(head: str) -> bool:
    """Roman-numbered line whose text looks like a part title (mostly capitals, or a known part word)."""
    if _is_caps(head[:40]):
        return True
    f = fold(head[:40])
    return bool(_HEAD_WORDS.search(f))


def _starts_block(s: str) -> bool:
    kind, _, _ = classify_start(s)
    if kind is not None:
        return True
    if _SIGN.match(s) or recipients_label(s):
        return True
    if _TITLE_WORD.match(s):
        return True
    if _CANCU.match(s) or _NUMBER_LABEL.match(s):
        return True
    return False


def reflow(text: str) -> list[Para]:
    """Join physical lines into paragraphs; "Thực hiện …: số 10/KH-UBND ngày\\n14/01/2021 về …" → one Para."""
    raw_lines = text.split("\n")
    segs: list[tuple[str, int, bool]] = []  # (text, lineno, blank line before)
    counts = Counter(clean_line(x) for x in raw_lines)
    blank = False
    for i, raw in enumerate(raw_lines, start=1):
        s = clean_line(raw)
        if not s:
            blank = True
            continue
        if is_page_number(s) or _STAMP.match(s):
            continue
        if counts[s] >= 3 and len(s) < 60 and classify_start(s)[0] is None and not s.endswith((".", ";", ":")):
            continue  # running head repeated on every page
        for j, piece in enumerate(split_merged(s)):
            segs.append((piece, i, blank or j > 0))
        blank = False
    lengths = sorted(len(t) for t, _, _ in segs) or [80]
    typical = lengths[int(0.8 * (len(lengths) - 1))]
    long_len = max(30, int(0.6 * min(typical, 200)))
    wide = lengths[int(0.95 * (len(lengths) - 1))]  # the page's width, or (a paragraph a line) longer
    full_len = max(long_len, int(0.75 * min(wide, 200)))  # a line that ran (nearly) to the margin
    paras: list[Para] = []
    cur: Para | None = None
    prev_piece = ""
    prev_ln = 0
    for piece, ln, blank_before in segs:
        # (a column that split_merged parted from the line's piece before it opens a paragraph of its own: "THÀNH PHỐ
        # PHAN RANG - THÁP CHÀM" / "Độc lập - Tự do - Hạnh phúc", a long issuer's place, had been joined again, real
        # Tesseract-eng on fresh seed 2781, the issuer lost)
        if cur is not None and ln != prev_ln and _continues(prev_piece, piece, cur, blank_before, long_len, full_len):
            if _DANGLING_END.search(prev_piece) and (b := _DASH_SPECK_BEFORE_CAPITAL.match(piece)):
                piece = piece[b.end():]  # ("… Sở Giáo dục và" / "- Đào tạo; …": the dash a speck)
            elif _QUARTER_WORD_ENDING_A_LINE.search(prev_piece) and (b := _DASH_SPECK_BEFORE_A_QUARTER.match(piece)):
                piece = piece[b.end():]  # ("… Quý" / "- IV/2020.": the dash a speck)
            elif _starts_block(piece) and (b := _DASH_SPECK_BEFORE_SMALL.match(piece)):
                piece = piece[b.end():]  # ("-_ trước ngày 12/12/2024.")
            joined_hyphen = prev_piece.endswith("-") and not prev_piece.endswith(" -")
            sep = "" if joined_hyphen else " "
            cur.offsets.append(len(cur.text) + len(sep))
            cur.lines.append(ln)
            cur.text = cur.text + sep + piece
            cur.end = ln
        else:
            cur = Para(text=piece, start=ln, end=ln, offsets=[0], lines=[ln])
            paras.append(cur)
        prev_piece = piece
        prev_ln = ln
    for p in paras:
        p.text = _SPACE_RUN.sub(" ", p.text) if "  " in p.text else p.text
        kind, num, body = classify_start(p.text)
        p.marker, p.number, p.body = kind, num, body
    return paras


#: a quote mark a scan's speck made before an agency's head word opening a line ("“Sở Giáo dục và Đào tạo chủ trì")
_QUOTE_BEFORE_AGENCY = re.compile(rf"^[“\"']\s*(?:{AGENCY_HEAD_ALT})\s+\p{{Lu}}")


#: the file copy, the recipients' last item, alone on its line with specks after it ("- Lưu: VT-": the signer's name
#: on the next line had been joined to it as a word's second half, "VT-Nguyễn Thu Thủy", fresh seed 1254 eng)
_FILE_COPY_LINE = re.compile(rf"^\W{{0,3}}{FILE_COPY}\W*$")


#: a task's field label closing a line, its value to come ("… Xã hội; đơn vị phối hợp:")
_TASK_LABEL_AT_END = re.compile(r"(?:(?i:đơn vị|cơ quan)\s+(?:chủ trì|phối hợp)|(?i:thời gian))(?:\s+thực hiện)?\s*:$")
# (the time's label too: "…; thời gian thực hiện:" / "" / "Quý III/2022.", real Tesseract-eng on fresh seed 3310, a
# blank line between, the task's time lost)


def _continues(prev: str, nxt: str, cur: Para, blank_before: bool, long_len: int, full_len: int) -> bool:
    """Whether ``nxt`` continues the paragraph that ended with line ``prev`` (``long_len``: a line long enough to
    have been wrapped; ``full_len``: one that ran to the margin)."""
    if _is_signature_or_recipient(prev) or _SIGN.match(nxt) or _MOTTO_END.search(prev) or _FILE_COPY_LINE.match(prev):
        return False  # (the motto is a line of its own: "Độc lập - Tự do - Hạnh phúc -" / "| VÀ XÃ HỘI |")
    if _ENDS_WITH_A_POSITION.search(prev):
        return False  # (the signature column's position, parted from a recipients item it ended: "- UBND các huyện,
        # thành phố PHÓ CHỦ TỊCH" / "các sở, ban, ngành", an item whose dash a scan lost and its capital read small)
    head_kind = cur.marker if cur.marker is not None else classify_start(cur.text)[0]
    cur.marker = head_kind or ""
    if _QUARTER_WORD_ENDING_A_LINE.search(prev) and _DASH_SPECK_BEFORE_A_QUARTER.match(nxt):
        return True  # (a quarter parted from its word: "… thời gian thực hiện: Quý" / "- IV/2020.")
    if head_kind in ("roman", "part", "appendix") or _KH_LINE.match(cur.text):
        # a part heading only continues with more capitals: "II. NHIỆM VỤ, GIẢI PHÁP\nTHỰC HIỆN"
        return (not blank_before) and _is_caps(nxt) and classify_start(nxt)[0] is None and len(cur.text) < 120
    if _is_caps(prev) and _is_caps(nxt):
        return False  # header columns: "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI"
    if prev.endswith("-") and not _starts_block(nxt) and not (
            head_kind in ("num", "alpha") and len(cur.lines) == 1 and len(prev) < full_len):
        return True  # (a word or a name parted at the line's end, but a short item heading's speck: "1: Đổi mới công
        # tác tuyển sinh -" / "_Sở Tài chính chủ trì, …", whose task had been run into its heading; glued too: "1. Đẩy
        # mạnh chuyển đổi số-" / "Sở Công Thương chủ trì, …", real Tesseract-eng on fresh seed 6978, the task lost —
        # a line short of the margin was parted at no word)
    if _starts_block(nxt):
        # "Bộ Lao động\n- Thương binh và Xã hội" continues a name across the line break
        if not blank_before and len(prev) >= long_len and prev[-1:] not in _TERMINAL and _THUONG_BINH.match(nxt):
            return True
        # a line that ran to the margin ending in a word no item ends with ("… phối hợp: Sở Giáo dục và" / "- Đào
        # tạo; thời gian …"): the next line's dash is a scan's speck (the partner had been cut at "và")
        if not blank_before and len(prev) >= full_len and _DANGLING_END.search(prev) and \
                _DASH_SPECK_BEFORE_CAPITAL.match(nxt):
            return True
        # a sentence that ran to the margin going on in small letters after a speck read as a dash ("… báo cáo kết
        # quả về Sở Lao động - Thương binh và Xã hội" / "-_ trước ngày 12/12/2024.": the deadline had been lost), a
        # blank line between them too (Tesseract set the speck's line apart: fresh seed 56 eng)
        return len(prev) >= full_len and prev[-1:] not in _TERMINAL + "," and bool(
            _DASH_SPECK_BEFORE_SMALL.match(nxt))
    if prev[-1:] in ".;" and _LABEL_AFTER_A_LETTER.match(nxt):
        return False  # (a task's field after a speck read as a small letter: "x Đơn vị chủ trì: …" opens its own)
    if _FIELD_LABEL_OPENING.match(nxt):
        return False  # (a task's labelled field whose dash a scan lost opens its own: "- Đơn vị chủ trì: Sở Công
        # Thương" / "Đơn vị phối hợp: Sở Kế hoạch và Đầu tư," — real Tesseract-eng on fresh seed 9863, the partner had
        # been run into the lead)
    first = nxt[:1] if not _QUOTE_BEFORE_AGENCY.match(nxt) else "S"  # ("“Sở Giáo dục … chủ trì": a speck, a capital)
    if first.islower() or first.isdigit() or first in "(“\"'":
        return prev[-1:] not in ".!?" or first.islower() or (first.isdigit() and bool(_NUMBER_WORD_AT_END.search(prev)))
    if prev[-1:] == ":" and (len(prev) >= full_len and not blank_before or _TASK_LABEL_AT_END.search(prev)):
        return True  # a label that ran to the margin, its value on the next line: "… đơn vị phối hợp:" / "Sở Nội vụ; …"
        # (a task's field label ends no paragraph, wherever its line stopped: "…; đơn vị phối hợp:" / "Sở Thông tin và
        # Truyền thông; thời gian …", fresh seed 1261 eng, whose partner had been lost)
    if prev[-1:] in _TERMINAL:
        return False
    if head_kind in ("num", "alpha") and len(cur.lines) == 1 and len(prev) < full_len:
        # a numbered item's own line that stopped short of the margin is its heading: "2. Tuyên truyền, tư vấn
        # học nghề" / "Sở Lao động … chủ trì, phối hợp …" (a wrapped item runs to the margin)
        return False
    return len(prev) >= long_len and not blank_before or (len(prev) >= long_len and cur.end - cur.start < 40)


#: a signer's position in capitals alone on a line, or ending one after a word in small letters (the signature column)
_ENDS_WITH_A_POSITION = re.compile(rf"(?:^\s*|(?<=\p{{Ll}})\s+){POSITION_WORDS}\s*$")
#: a task's labelled field opening a line in its own words, Capitalised
_FIELD_LABEL_OPENING = re.compile(r"^(?:Đơn vị|Cơ quan)\s+(?:chủ trì|phối hợp)\s*:|^Thời gian thực hiện\s*:")
#: a task's labelled field opening a line after a lone small letter, a scan's speck for its dash
_LABEL_AFTER_A_LETTER = re.compile(r"^[a-z]\s+(?:Đơn vị|Cơ quan)\s+(?:chủ trì|phối hợp)\b")
#: "số" ending a line with a speck's stop after it, its number on the next ("… Quyết định số." / "46/2015/QĐ-TTg ngày
#: 28/9/2015 …": real Tesseract-eng on fresh seed 9050, the citation lost) — no sentence ends with "số"
_NUMBER_WORD_AT_END = re.compile(r"(?<!\p{L})số[.,]$")
#: a line's last word that leaves its phrase open: a conjunction or preposition no item ends with
_DANGLING_END = re.compile(r"\s(?:và|của|với|cho|về|các)$")
#: a dash opening a line before a Capitalised word (a list item, or a speck so read)
_DASH_SPECK_BEFORE_CAPITAL = re.compile(r"^[-–]\s*(?=\p{Lu}\p{Ll})")
#: a task's time label's "Quý" ending a line, and a speck's dash opening the next before its quarter ("… thời gian thực
#: hiện: Quý" / "- IV/2020.": real Tesseract-eng on fresh seed 10747, the task's time lost) — no item opens with a
#: quarter
_QUARTER_WORD_ENDING_A_LINE = re.compile(r"(?<=hiện:?[ ])(?i:qu[yý])[ ]*$")
_DASH_SPECK_BEFORE_A_QUARTER = re.compile(r"^[-–—~][ ]*(?=[IV]{1,3}/\d{4})")
#: a dash with a scan's specks opening a line before a small word (no list item opens so)
_DASH_SPECK_BEFORE_SMALL = re.compile(r"^[-–—~][-–—_~.,'‘’`]*\s*(?=\p{Ll}{2})")  # (an em dash too: "—- ngày
# 13/12/2022.", real Tesseract-eng on fresh seed 11000, the deadline lost)


def _is_signature_or_recipient(s: str) -> bool:
    return bool(_SIGN.match(s))
