"""Small text helpers shared by the extractors: accent folding, Vietnamese numbers and dates."""

from __future__ import annotations

import datetime as dt
import unicodedata

import regex as re
from rapidfuzz.distance import Levenshtein

from ..schemas.plan import PLAN_YEARS  # (a scan's "2920" is no plan's year)

_FOLD_CACHE: dict[str, str] = {}


def _fold1(c: str) -> str:
    r = _FOLD_CACHE.get(c)
    if r is None:
        if c in "đĐ":
            r = "d"
        else:
            base = unicodedata.normalize("NFD", c)[:1] or c
            r = base.lower()
            if len(r) != 1:
                r = c
        _FOLD_CACHE[c] = r
    return r


class _FoldTable(dict):
    def __missing__(self, key: int) -> str:
        r = _fold1(chr(key))
        self[key] = r
        return r


_FOLD_TABLE = _FoldTable()


def fold(s: str) -> str:
    """Lowercase without diacritics, same length as ``s``: "MỤC ĐÍCH" → "muc dich"."""
    return s.translate(_FOLD_TABLE)


_WS_RUN = re.compile(r"\s+")

#: the label of the recipients list, folded; OCR-damaged forms need the colon ("Nơi nhìn:", "Noi nhin:"; the n
#: read as p, then "Nói phần:"; "Nơinhận:", a speck's hyphen for the space: "Nơi-nhận:")
#: (its i read as a hash, "No# nhan:": fresh seed 85 eng, the recipients had been lost)
_RECIPIENTS_LABEL = re.compile(r"\s*(?:no[i#*!|]?[ \-]?[‘’'`]?nhan|noi[ \-]?gui)\b\s*:?|\s*noi[ \-]?[np]h[a-z]{1,3}\s*:"
                               r"|\s*nhan\s*:\s*$"  # (its first word lost: a code's "Noilh?n:" read "Nhận:", fresh
                               # seed 2268 code004, the recipients lost — the label alone on its line)
                               r"|\s*no\S{0,2}[ ]?[nhp]\S{1,4}\s*:\s*$"  # (or alone on its line, its second word
                               r"|\s*no\S{1,3}\s*:\s*$"
                               r"|\s*noi[ ][nhp]\S{2,5}(?:[ ]+(?=(?:tm|kt)\.)|\s*$)")  # (its second word
                               # misread, no colon, before the signature's mark or alone: "Nơi hhậnp TM. ỦY BAN NHÂN
                               # DÂN", vetplan's OCR of fresh seed 7361's scan, the recipients lost; or its words run
                               # into one: a code's "NoilM?n:" read
# "Noãn:", fresh seed 3480 code004, the recipients lost; a quote's speck between its words: "Noi-‘nhan:", real
# Tesseract-eng on fresh seed 11298, the recipients lost)
# however damaged: "Noihan:" read "Nói hơn:", a code's "Noinhl?l:", fresh seeds 2302 and 2371 code004: the recipients
# lost)
#: what a scan may leave before the recipients' label ("_Nơi nhận:", "“Nơi nhận:", "~ Nơi nhận:")
LABEL_SPECKS = " _~`'‘’“”\"|-."


def recipients_label(s: str) -> bool:
    """The line opens the recipients list: "Nơi nhận:", "NƠI NHẬN", or OCR-damaged "Noi nhin:", "_Nơi nhận:", "“Nơi
    nhận:" (a scan's speck before it)."""
    return bool(_RECIPIENTS_LABEL.match(fold(s.lstrip(LABEL_SPECKS)[:16])))


#: "on behalf of" marks of a signature column ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), with their dot or
#: (a scan lost it) without; without it, a title must follow ("KT CHỦ TỊCH", never "TM DV" of a company name)
#: (a speck by its dot, "KT..GIÁM ĐỐC", or read for it, "KT: CHỦ TỊCH")
BEHALF_WORD, BEHALF_SEP = "TM|KT|TL|TUQ", r"(?:\s*[.:]{1,2}\s*|\s+)"
_SIGNING_TITLE = r"(?:CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|GIÁM ĐỐC|BỘ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|" \
    r"TRƯỞNG|PHÓ|CHÁNH|THỦ TRƯỞNG|BAN|HỘI ĐỒNG|SỞ)\b"
#: where a signature mark starts: "KT. CHỦ TỊCH", "TM. ỦY BAN", "KT CHỦ TỊCH", its stop read as a comma: "KT, GIÁM ĐỐC"
#: (a short first word's second letter read small: "TM. Ủy BAN NHÂN DÂN")
BEHALF_START = (rf"(?:{BEHALF_WORD})(?:\s*[.:]{{1,2}}\s*(?:\p{{Lu}}{{2}}|\p{{Lu}}\p{{Ll}}\s+\p{{Lu}}{{2}})"
                rf"|\s*,?\s+{_SIGNING_TITLE})")  # ("KT, GIÁM ĐỐC")
#: the signer's position in a signature column, in capitals: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
POSITION_WORDS = (r"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|THỦ TRƯỞNG|"
                  r"CHÁNH VĂN PHÒNG)")
#: where a position ends a recipients line whose item lost its dash and ";" ("Thường trực HĐND tỉnh PHÓ CHỦ TỊCH",
#: "- … Xã hội CHỦ TỊCH"): the space before it
POSITION_AT_LINE_END = rf"(?<=\p{{Ll}}[,;.]?)(?:\s+[—–_~|ˆ^-]{{1,2}})?\s+(?={POSITION_WORDS}[.,:;]?\s*$)"  # (a
# speck's dash before it, a stop after it: "Nơi nhận: và — GIÁM ĐỐC", "Tỉnh ủy: do PHÓ GIÁM ĐỐC.", real Tesseract-eng on
# fresh seeds 2447 and 2433, the position lost; the item's separator read as a comma before two dashes: "… và Xã hội, —-
# PHÓ CHỦ TỊCH", vetplan's OCR of fresh seed 1791's scan, the position lost; a circumflex's: "- Thường trực HĐND tỉnh;
# ˆ PHÓ CHỦ TỊCH", 6941's)


def squash(s: str) -> str:
    """Collapse runs of whitespace: "Sở Y tế,    Sở Xây dựng" → "Sở Y tế, Sở Xây dựng"."""
    return _WS_RUN.sub(" ", s).strip()


#: what may end a name or an item but is none of it: punctuation, a list's dash, and the specks a scan leaves
ITEM_SPECKS = " ;.,:-–—‘’'`“”\"~_=|%*¡»«¬"  # (an inverted "!", a stroke's speck: "với ¡ Sở Giáo dục"; "» Lưu: VT."; a
# not sign: "Quý IV/2023. \"¬", vetplan's OCR of fresh seed 2360's scan, the time lost)


#: a name's dash doubled or with specks after it ("Sở Lao động--. Thương binh và Xã hội")
_DASH_WITH_SPECKS = re.compile(r"(?<=\p{L})\s*[.,:;]*(?:[-–]+[.,:;]+[-–]*|[-–]{2,}|(?<=[.,:;])[-–]+(?=\s))"
                               r"\s*(?=\p{Lu})")
# (or before it: "Lao động.-.Thương binh", "Lao động:- Thương", "Lao động -.- Thương"; not the file copy's "Lưu:-VT")
#: a comma a scan put before a name's spaced dash ("Bộ Lao động,- Thương binh và Xã hội")
_COMMA_BEFORE_DASH = re.compile(r"(?<=\p{L}),\s*(?=[-–]\s+\p{Lu})")


def strip_specks(s: str) -> str:
    """An agency's or a recipient's name without the punctuation and specks around it: "Sở Lao động - Thương binh và
    Xã hội. -" → "Sở Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội:" → "… Xã hội"; a dash
    that lost one of its spaces is spaced ("Lao động -Thương binh", "Lao động- Thương"), a comma between words gets its
    space ("huyện,thành phố"); a hyphen without spaces stays ("GDNN-GDTX", "Bà Rịa-Vũng Tàu"). A scan's speck read as
    a stop, a quote or a dash inside it goes: "Thường trực. HĐND tỉnh", "ban, ‘ngành", "Chủ tịch,.các", "Thương binh-
    và Xã hội", "Tỉnh-ủy", "Xã -hội" (a hyphen or a dash before a small word, which no name's dash has); a semicolon
    before a small word is a comma ("UBND các huyện; thành phố")."""
    if ")" in s and "(" not in s:  # a bracket no other opens: a speck ("Thường trực HĐND) tỉnh")
        s = s.replace(")", "")
    if s[:1] in "[(" and "]" not in s and ")" not in s:  # … or closes, opening it: "[Thường trực HĐND tỉnh" (the item's
        s = s[1:]  # dash so read: real Tesseract-eng on fresh seed 3059, the recipient with it)
    s = SPECK_BETWEEN_WORDS.sub("", s)  # ("Sở Kế hoạch và _ Đầu tư", "Các sở;, ban", "và: Xã hội")
    s = _COMMA_BEFORE_DASH.sub(" ", s)  # ("Bộ Lao động,- Thương binh": a speck before the name's dash)
    s = _DASH_WITH_SPECKS.sub(" - ", _COMMA_BEFORE_AND.sub("", s))  # ("Lao động--. Thương binh", "Kế hoạch, và Đầu tư")
    s = _COMMA_READ_AS_SEMICOLON.sub(",", _SPECK_STOP.sub("", _GLUED_COLON.sub(" ", s.strip(ITEM_SPECKS))))
    s = _STOP_BETWEEN_CAPITALS.sub(" ", _SPECK_DASH.sub(" ", _LONE_SMALL_LETTER_AT_END.sub("", s)))
    if _SPECK_AFTER_CAPITALS.search(s):
        s = squash(_SPECK_AFTER_CAPITALS.sub(" ", s))
    return _COMMA_IN_WORDS.sub(", ", spaced_dashes(s))


def spaced_dashes(s: str) -> str:
    """A dash between words that lost the space on one side spaced again: "Lao động -Thương binh", "LAO ĐỘNG-
    THƯƠNG" → "… - …", or read as "=" ("Lao động = Thương binh"); a hyphen without spaces stays ("GDNN-GDTX")."""
    return _HALF_SPACED_DASH.sub(" - ", s)


#: a stop after a word of small letters with more of the name after it ("Thường trực. HĐND tỉnh", "Lao động.- Thương
#: binh"), a quote mark
#: opening a word ("ban, ‘ngành"), a mark after a comma ("Chủ tịch,.các"), a colon before a small word, a colon
#: after a small word's space before a Capital, a dash after "các" before an abbreviation ("các :PCT", "các - PCT"), an
#: underscore after a word, a quote between two small words ("triển’ nông"), a stop between an abbreviation and a small
#: word
_SPECK_STOP = re.compile(r"(?<=\p{Ll}{2})\.(?=\s+\p{L}|-\s)|(?<=\s)[‘’'`“”](?=\p{L})|(?<=,)[.;:‘’'`\-/]+(?=\s*\p{L})"
                         r"|(?<=\p{L}):(?=\s+\p{Ll})"  # (a colon before a small word: "Xã: hội", "Tỉnh: ủy")
                         r"|(?<=\p{Ll}\s):(?=\p{Lu})|(?<=\bcác\s)-\s?(?=\p{Lu}{2,}\b)"  # ("các :PCT", "các - PCT")
                         r"|(?<=\p{L})_+(?=\s)"  # (an underscore glued after a word: "các_ PCT UBND tỉnh")
                         r"|(?<=\p{Ll})['’‘`](?=\s+\p{Ll})"  # (a quote: "Phát triển’ nông thôn", fresh seed 1196)
                         r"|(?<=\b\p{Lu}{2,})\.(?=\s+\p{Ll})")  # (a stop after an abbreviation: "UBND. các huyện")
#: a speck read as a stop between two abbreviations ("các PCT.UBND tỉnh", "PCT. UBND") or glued between "các" and one
#: ("các.PCT", "các:PCT", "các: PCT", "các- PCT"), or glued between two words of a name, the second marked or
#: Capitalised ("Thương binh và Xã.hội", "Sở Công.Thương"; no web address's "gov.vn")
_STOP_BETWEEN_CAPITALS = re.compile(r"(?<=\bPCT)(?:[.\-;]\s*|(?=UBND\b))(?=\p{Lu}{3,}\b)"  # ("PCT-UBND", "PCTUBND",
                                    # "PCT; UBND")
                                    r"|(?<=\bcác)(?:[.:]\s*|\s*-\s*)(?=\p{Lu}{2,}\b)"  # ("các: PCT", "các- PCT")
                                    # (a stop or two between a name's words: "Công.Thương", "Xã..hội")
                                    r"|(?<=\p{Ll})\.{1,3}(?=\p{Ll}*[^\x00-\x7F\s]|\p{Lu}\p{Ll})"
                                    # (or before a council's abbreviation: "Thường trực.HĐND tỉnh", vetplan's OCR of
                                    # fresh seed 2017's scan, the recipient kept it)
                                    r"|(?<=\btrực)\.(?=(?:HĐND|UBND|HDND)\b)")
#: a scan's speck standing alone between two words of a name ("Sở Kế hoạch và _ Đầu tư"), one before a comma ("Các
#: sở;, ban"), a colon after "và" ("Thương binh và: Xã hội")
SPECK_BETWEEN_WORDS = re.compile(r"\s+[_~|`'‘’ˆ^*]+(?=\s)|[.;:]+(?=,)|(?<=\bvà):(?=\s)")
#: a quote glued after an abbreviation ("các PCT' UBND tỉnh", "UBND'các huyện"), or a colon between one and a small word
#: ("Thường trực HĐND:tỉnh"; not "VPUB: CVP, PCVP")
_SPECK_AFTER_CAPITALS = re.compile(r"(?<=\b\p{Lu}{2,})(?:['‘’`]:?\s*|:)(?=\p{Ll})|(?<=\b\p{Lu}{2,})['‘’`](?=\s+\p{L})")
# (two: "UBND':các huyện", vetplan's OCR of fresh seed 1984's scan, the recipient with them)
#: a lone small letter ending a name, a speck ("Sở Thông tin và Truyền thông t" before "tổ chức"): no name ends so
_LONE_SMALL_LETTER_AT_END = re.compile(r"(?<=\p{L}{2})\s+\p{Ll}$")
#: a colon glued between a small word and a Capitalised one inside a name ("Thương binh và:Xã hội"; not "Lưu:VT")
_GLUED_COLON = re.compile(r"(?<=\p{Ll})[:'‘’`](?=\p{Lu}\p{Ll})")  # (or a quote: "và'Xã hội")
#: a comma read as a semicolon inside one item, a small word after it ("UBND các huyện; thành phố")
_COMMA_READ_AS_SEMICOLON = re.compile(r"(?<=\p{L});(?=\s+\p{Ll})")
#: a hyphen or a dash glued to the word before it, a small word after it ("Tỉnh-ủy", "Thương binh- và")
_SPECK_DASH = re.compile(r"(?<=[\p{L},])\s*[-–—]\s*(?=\p{Ll})")  # (spaced too: "Xã -hội", "Xã - hội"; long: "nông—
# thôn"; after a comma: "Các sở, ban, -ngành", real Tesseract-eng on fresh seed 2576)
#: a dash between words with a space on one side only ("Lao động -Thương binh"), with a speck beside it ("Lao động
#: --Thương", "-'Thương"), or with no space before a Capitalised word after a small one ("Lao động-Thương binh"; not
#: "Bà Rịa-Vũng Tàu", "GDNN-GDTX")
_HALF_SPACED_DASH = re.compile(r"(?<=\p{L})(?:\s+-[-'‘’`]?(?=\p{L})|-\s+(?=\p{L})|\s+=\s+(?=\p{Lu}\p{Ll})"
                               r"|(?<=(?<!\p{L})\p{Ll}\p{L}*)-(?=\p{Lu}\p{Ll}))")
_COMMA_IN_WORDS = re.compile(r"(?<=\p{L}),(?=\p{L})")


NUM_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def parse_vn_number(s: str) -> float | None:
    """Vietnamese number: "224.500" → 224500, "72,2" → 72.2, "54,0" → 54.0, "1.050" → 1050."""
    s = s.strip()
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):
        pass  # "72.2" written the English way
    elif not re.fullmatch(r"\d+", s):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def make_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """A date or None when impossible: (2024, 3, 2) → 2024-03-02, (2024, 2, 31) → None, (2920, 4, 26) → None (no
    plan's year: its targets, dated by it, had all been dropped)."""
    if not (year and month and day) or int(year) not in PLAN_YEARS:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None


DATE_SLASH = r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
DATE_WORDS = r"ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"


def table_cells(line: str) -> list[str] | None:
    """A table row's cells, as ingest writes a row ("1 | Tuyên truyền | Sở Y tế", DOCX, ODT, .doc, RTF, HTML and a
    PDF's ruled tables), or None for a line that is no row."""
    return [c.strip() for c in line.split(" | ")] if " | " in line else None


def find_year(s: str) -> int | None:
    """First plausible year in a phrase: "đến năm 2025" → 2025, "năm học 2024 - 2025" → 2024."""
    m = re.search(r"(?<![\d/.,])(19[5-9]\d|20\d\d)(?![\d/.,]\d)", s)
    return int(m.group(1)) if m else None


#: the first words of a province's departments' names after "Sở" (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP): "Sở.
#: Lao động" (a scan's speck after "Sở") is no sentence's end
DEPARTMENT_STARTS = ("Lao động", "Giáo dục", "Tài chính", "Kế hoạch", "Nội vụ", "Công Thương", "Y tế", "Thông tin",
                     "Nông nghiệp", "Xây dựng", "Tư pháp", "Văn hóa", "Văn hoá", "Khoa học", "Ngoại vụ", "Giao thông",
                     "Tài nguyên", "Du lịch", "Dân tộc")
#: a province's departments' whole names (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP, and the merged ones of 2025), "-"
#: and spaces as a scan may part them
DEPARTMENTS = ("Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương",
               "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải", "Xây dựng",
               "Tài nguyên và Môi trường", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
               "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hoá, Thể thao và Du lịch",
               "Văn hoá và Thể thao", "Du lịch", "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Ngoại vụ",
               "Dân tộc và Tôn giáo", "Quy hoạch - Kiến trúc")
#: a department's whole name, then words of no name: small letters that are no place ("Sở Công Thương tế chỉ các lớp
#: …", a misread verb the partners had run on past; not "Sở Y tế tỉnh", "Sở Tài chính các tỉnh")
DEPARTMENT_THEN_WORDS = re.compile(
    r"^(Sở\s+(?:" + "|".join(re.escape(d).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*") for d in DEPARTMENTS)
    + r"))\s+(?!(?:tỉnh|thành phố|quận|huyện|thị xã|các|và|cùng|trên|tại)\b)\p{Ll}")
_DASHES_OR_SPACES = re.compile(r"[\s\-–—]+")
_DEPARTMENT_WORDS = {tuple(re.findall(r"\p{L}+", d.lower())): d for d in DEPARTMENTS}
#: each department's words without marks, one space apart ("lao dong thuong binh va xa hoi"), the first spelling kept
_DEPARTMENT_LETTERS: dict[str, str] = {}
for _words, _name in _DEPARTMENT_WORDS.items():
    _DEPARTMENT_LETTERS.setdefault(fold(" ".join(_words)), _name)


def _one_word_off(name: tuple[str, ...], read: tuple[str, ...]) -> bool:
    """Whether a department's name's words are those read but for a "và" lost, or, in a name of five words or more,
    one word other than the first misread, lost or read as two."""
    if "và" in name and tuple(x for x in name if x != "và") == read:
        return True
    if len(name) < 5 or name[0] != read[0]:
        return False
    if len(name) == len(read):
        return sum(a != b for a, b in zip(name, read, strict=True)) == 1
    if len(read) == len(name) + 1:  # one word read as two, a space a scan put inside it ("thw ông": thương)
        return any(name[:k] + name[k + 1:] == read[:k] + read[k + 2:] for k in range(1, len(name)))
    return len(name) == len(read) + 1 and any(name[:k] + name[k + 1:] == read for k in range(1, len(name)))


def _letters_near(read: tuple[str, ...]) -> str | None:
    """The department of five words or more whose letters (without marks) the words read are nearest to, their first
    word the same, at most one letter in seven off and three nearer than any other department's: ``("lao", "động",
    "thudng", "bnh", "và", "xd", "hội")`` (three words misread) → "Lao động - Thương binh và Xã hội"; None if none."""
    got = fold(" ".join(read))
    scored = sorted((Levenshtein.distance(letters, got), letters, d) for letters, d in _DEPARTMENT_LETTERS.items())
    best, letters, name = scored[0]
    if len(scored) > 1 and scored[1][0] < best + 3:
        return None
    fits = letters.count(" ") >= 4 and letters.split()[0] == got.split()[0] and best <= len(letters) // 7
    return name if fits else None


def _named_by_its_first_word(read: tuple[str, ...]) -> str | None:
    """The department of two words whose first word is the first read, where no other department's name opens with
    it, and whose second word the second read is a misreading of (its first letter, at most two letters off without
    marks): ``("nội", "và")`` → "Nội vụ" (its vụ read "và"); "Sở Công an" is no Công Thương; None otherwise."""
    if len(read) != 2 or any(read[1] in w for w in _DEPARTMENT_WORDS if len(w) == 2):
        return None
    opening = [w for w in _DEPARTMENT_WORDS if w[0] == read[0]]
    if len(opening) != 1 or len(opening[0]) != 2:
        return None
    want, got = fold(opening[0][1]), fold(read[1])
    return _DEPARTMENT_WORDS[opening[0]] if want[0] == got[0] and Levenshtein.distance(want, got) <= 2 else None


def department_as_named(agency: str) -> str:
    """A department ("Sở …", "Bộ …") written as its name is, where a scan left specks, a word's case or one word
    wrong in it: ``"Sở Công: Thương"``, ``"Sở Nội vụ. °"``, ``"Sở Kế hoạch và đầu, tư"``, ``"Sở Nông nghiệp Và Phát
    triển nông Thôn"``, ``"Sở Lao động - Thương binh Xã hội"`` (its "và" lost), ``"Sở Lao động - Thương binh và Là
    hội"`` (one word of five or more misread, not the first); anything else as it is."""
    words = tuple(re.findall(r"\p{L}+", agency.lower()))
    if len(words) < 2:
        return agency
    head, rest = agency.split(None, 1)[0], words[1:]
    if words[0] not in ("sở", "bộ"):  # its head misread, the name after it whole: "Sản Lao động - Thương binh và Xã
        # hội" (a code's damage), "Số Tài chính" is no name
        if rest not in _DEPARTMENT_WORDS or len(rest) < 3 or head[:1] not in "Ss":
            return agency
        head = "Sở"
    name = _DEPARTMENT_WORDS.get(rest)
    if name is None:
        near = [d for w, d in _DEPARTMENT_WORDS.items() if _one_word_off(w, rest)]
        name = near[0] if len(near) == 1 else _letters_near(rest) or _named_by_its_first_word(rest)
    if name is None or head not in ("Sở", "Bộ"):
        return agency
    named = f"{head} {name}"  # (its dash as the document writes it, or none, stays: "Sở Lao động – Thương binh …")
    return agency if _DASHES_OR_SPACES.sub(" ", agency) == _DASHES_OR_SPACES.sub(" ", named) else named


#: a full stop that is a speck between "Sở" and its department's name, or between a preposition no sentence ends with
#: and an agency ("báo cáo kết quả về. Phòng Lao động …"; a quote there too: "kết quả về’ Phòng", real Tesseract-eng on
#: fresh seed 719 eng, the report's deadline lost)
SPECK_AFTER_SO = re.compile(rf"(?<=\bSở)\.(?=\s+(?:{'|'.join(DEPARTMENT_STARTS)})\b)"
                            r"|(?<=\b(?:về|gửi|của))[.’'‘](?=\s+(?:Sở|Phòng|Bộ|Ban|UBND|Ủy ban|Văn phòng)\b)")

AGENCY_HEADS = (
    "Sở",
    "Ban",
    "Bộ",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "Hội",
    "Hiệp hội",
    "Đại học",
    "Trường",
    "Công an",
    "Công ty",
    "Tổng cục",
    "Cục",
    "Văn phòng",
    "Trung tâm",
    "Thành đoàn",
    "Thành Đoàn",
    "Đoàn",
    "Liên đoàn",
    "Hội đồng",
    "Tiểu ban",
    "Đài",
    "Báo",
    "Viện",
    "Kho bạc",
    "Ngân hàng",
    "Quỹ",
    "Phòng",
    "Thủ trưởng",
    "Chủ tịch",
    "Giám đốc",
    "Thường trực",
    "Thành ủy",
    "Tỉnh ủy",
    "Quận ủy",
    "Huyện ủy",
    "Cơ quan",
    "Các",
    "Bảo hiểm",
    "Chi cục",
    "Liên minh",
    "Mặt trận",
    "HĐND",
    "Hiệu trưởng",
)
#: the head words as one alternation, the longest first ("Ủy ban" before "Ban")
AGENCY_HEAD_ALT = "|".join(re.escape(h) for h in sorted(AGENCY_HEADS, key=len, reverse=True))
#: a comma a scan put before "và" inside a name ("Sở Kế hoạch, và Đầu tư"; not before another agency: "…, và Sở …")
_COMMA_BEFORE_AND = re.compile(rf"(?<=\p{{Ll}}),(?=\s+và\s+(?!(?:{AGENCY_HEAD_ALT})\b)\p{{Lu}})")
#: specks a scan leaves glued after an agency's head word before its name ("Sở.Lao", "Sở% Giáo dục", "Bộ.Lao động",
#: "Sở# Lao động")
HEAD_SPECKS = r"[.:%~_*‘’'=|$#]+"
#: … or a hyphen for the space after the head, specks beside it or not ("Sở:-Lao", "Bộ-Lao động")
HEAD_SPECKS_OR_HYPHEN = rf"(?:(?:{HEAD_SPECKS})?-(?:{HEAD_SPECKS})?|{HEAD_SPECKS}\s*)"
#: the file copy closing the recipients ("Lưu: VT", a semicolon or stop for its colon, a 7 for its T)
FILE_COPY = r"L[uư]u\s*[:;.]\s*V[T7]\b"
