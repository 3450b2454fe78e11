"""Document header → ``DocumentInfo``: number, type, issuer, place, date, title, signer, recipients."""

from __future__ import annotations

import datetime as dt

import regex as re
from rapidfuzz.distance import Levenshtein

from ..schemas import DocumentInfo, Evidence, Signer
from .reflow import Para
from .sections import Layout
from .text import (
    AGENCY_HEAD_ALT,
    BEHALF_SEP,
    BEHALF_START,
    BEHALF_WORD,
    FILE_COPY,
    HEAD_SPECKS_OR_HYPHEN,
    LABEL_SPECKS,
    POSITION_AT_LINE_END,
    POSITION_WORDS,
    SPECK_BETWEEN_WORDS,
    department_as_named,
    fold,
    make_date,
    recipients_label,
    spaced_dashes,
    squash,
    strip_specks,
)

#: a document code after the number's slash, its parts maybe spaced by a scan: "KH-UBND", "QĐ-TTg", "KH- UBND"
# (a part after a spaced separator is one of capitals, "73/KH- UBND", not a place a speck joined: "UBND - Hồ Chí Minh")
_CODE = r"[\p{Lu}Đ][\p{L}\d]*(?:(?:[-/]|\s*[-/]\s*(?=[\p{Lu}Đ]{2}))[\p{Lu}Đ][\p{L}\d]*)*"
# (or "SỐ:"; a speck letter before the digits: "Số: T117/KH-SLĐTBXH"; a semicolon for the colon: "Số; 10/KH-UBND")
# (its S read as a 5: "5ở: 93/KH-UBND")
# (the label small at the line's start, its S read as a sign: "’ §6: 246/KH-UBND", fresh seed 1306 eng: "số: 246/…")
_NUMBER = re.compile(rf"(?<![\p{{L}}\d])(?:S[ốốo6ôỐOÔ]|5[ốôở](?=\s*:)|(?<=^[^\p{{L}}\d]{{0,3}})s[ốô](?=\s*:))\s*:?"
                     rf"[\s.,:;'‘’`\-]*(?:[A-Za-z|!](?=\d))?(?P<n>\d+[\w.\-]*)?\s*/\s*(?P<code>{_CODE})")
_SPECK = r"[\s.,:;\-–'‘’`_“”\"]*"  # a scan's specks beside a date's words and numbers: "ngày 02. tháng 3",
# "ngày-12 tháng,08", "ngày 02:'tháng 11", "năm_.2019", "tháng 10;năm 2023", "tháng 07 “năm 2022"; quotes before
# "ngày" too: "Hồ Chí Minh, '‘ngày 26" (real Tesseract-eng on fresh seed 1587, the place lost)
_DATE_LINE = re.compile(
    rf"(?P<place>[^,;:\n]{{0,60}}?)\s*[,;]?[\s\-–.'‘’`]*ngày{_SPECK}(?:(?P<d>\d{{1,2}})|[^\s\d]{{1,2}}(?=\s))?{_SPECK}"
    rf"tháng{_SPECK}"  # (a day no figures read: "ngày ba tháng 04", real Tesseract-eng on fresh seed 2204, the place
    # kept)
    rf"(?:(?P<m>\d{{1,2}})|[^\s\d]{{1,2}}(?=\s))?"  # (a month no figures read: "tháng ĐT năm 2017", the place kept)
    rf"{_SPECK}(?:năm|[^\W\d_]{{2,4}}){_SPECK}(?P<y>\d{{4}}|\d{{3}}(?!\d))"  # (its "năm" misread: "tháng 03 tầm
    # 2024"; the year's last figure lost at the line's end, "năm 201": the place kept, the date unread)
)
# (specks may follow, "73/KH-UBND.", "345/KH-UBND..", or a space part the code: "73/KH- UBND")
_CODE_FIRST = re.compile(rf"^.*\d[\w.]*\s*/\s*{_CODE}[.,_~'‘’`|]*(?:\s+[.,_~'‘’`|ˆ^\-]+)*\s+")  # (specks after
# it: "37/KH-UBND_ . Quảng Ngãi", "164/KH-UBND. ˆ -___ Hà Giang")
_MOTTO = re.compile(r"CỘNG H[OÒ]A XÃ HỘI|Độc lập\s*-\s*Tự do|Doc lap", re.I)
_DOC_TYPES = {
    "ke hoach": "Kế hoạch",
    "chuong trinh": "Chương trình",
    "quyet dinh": "Quyết định",
    "de an": "Đề án",
    "chi thi": "Chỉ thị",
    "bao cao": "Báo cáo",
}
_CODE_TYPES = {"KH": "Kế hoạch", "CTr": "Chương trình", "QĐ": "Quyết định", "CT": "Chỉ thị", "ĐA": "Đề án"}
#: how the preamble ends: "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:" (no title ends with a colon)
_PREAMBLE_END = re.compile(r"(?:\bnhu sau|\bke hoach\b[^.:]{0,80})\s*:[\s|_~.'‘’`\-]*$")  # (a speck after it: "sau: |")
#: a later line opening the preamble with its verb misread ("Cần cứu Chỉ thị số 24/CT-TTg", "Thể hiện Thông tư số
#: 43/2016/…"): two words, then a cited document's kind and "số" (a wrapped title's line opens with the kind)
_PREAMBLE_CITING = re.compile(r"\s*\p{Lu}\p{Ll}*\s+\p{Ll}+\s+(?:Chỉ thị|Thông tư|Quyết định|Nghị định|Nghị quyết|Luật|"
                              r"Kế hoạch|Công văn|Văn bản)\s+số\b")
#: a preamble opening in small letters, its capital lost, with the document it cites ("căn cứ Quyết định số 1956/…", a
#: code's: the preamble had been run into the title)
_PREAMBLE_CITING_SMALL = re.compile(r"(?:căn cứ|thực hiện)\s+(?:Chỉ thị|Thông tư|Quyết định|Nghị định|Nghị quyết|Luật"
                                    r"|Kế hoạch|Công văn|Văn bản|\p{Lu}\p{Ll}*\s+\p{Ll}{1,4})\s+số\s*\d")  # (the
# type's second word misread: "căn cứ Thông ở số 43/2016/TT-BLĐTBXH", a code's "Thong w", fresh seed 4140 code004)
#: how a preamble opens, its words maybe joined by a scan's speck ("Căn-cứ")
_PREAMBLE_START = re.compile(r"^[\s_~'‘’`|]*(?:can[\s\-.]+cu|thuc[\s\-.]+hien|theo|nham|trien khai thuc hien|de)\b")
_POSITION = re.compile(rf"^{POSITION_WORDS}\b.*$")

# words of two capitals or more after the first (a scan's speck after the last: "GIÁM ĐỐC(")
_CAPITAL_WORDS = re.compile(r"^\p{Lu}+(?:\s+\p{Lu}{2,}(?=[^\w\s]{0,2}(?:\s|$)))*")


def _ev(start: int, end: int, line_pages: list[int] | None) -> Evidence:
    page = None
    if line_pages and 0 < start <= len(line_pages) and isinstance(line_pages[start - 1], int):
        page = line_pages[start - 1] if line_pages[start - 1] >= 1 else None
    return Evidence(line_start=max(1, start), line_end=max(start, end, 1), page=page)


#: a document's own number opening a header line, its "Số:" label lost to a scan ("183/KH-UBND Đức Phổ, ngày 05 …"):
#: a plan's, a programme's, a decision's … code after the slash, then the issuer's
_UNLABELLED_NUMBER = re.compile(r"^[\s.,:;'‘’`_|~\-]*(?P<n>\d{1,5})\s*/\s*"
                                r"(?P<code>(?:KH|CTr|QĐ|CT|ĐA|TB|BC|NQ|KL|HD|HĐ)"
                                r"\s*-\s*[\p{Lu}Đ][\p{L}\d]*(?:-[\p{Lu}Đ][\p{L}\d]*)*)(?![\p{L}\d/])")
#: header lines read for an unlabelled number when the title is not found
UNLABELLED_NUMBER_LINES = 6


def find_unlabelled_number(paras: list[Para], title: Para | None) -> tuple[str | None, Para | None]:
    """The document's number where a scan lost its "Số:" label: a header line before the title that opens with a
    number and a document's code ("183/KH-UBND Đức Phổ, ngày 05 tháng 07 năm 2023" → "183/KH-UBND"); a cited
    document's number is in the preamble, after the title, and keeps its "số"."""
    for p in paras:
        if (p.start >= title.start) if title is not None else p.start > UNLABELLED_NUMBER_LINES:
            break
        if m := _UNLABELLED_NUMBER.match(p.text):
            code = re.sub(r"\s+", "", m.group("code"))
            return f"{m.group('n')}/{code}", p
    return None, None


def find_number(paras: list[Para]) -> tuple[str | None, Para | None, bool]:
    """ "Số: 73/KH-UBND" → "73/KH-UBND"; "Số:    /KH-UBND" (draft) → None. Returns (number, para, seen)."""
    for p in paras:
        m = _NUMBER.search(p.text)
        if m and m.start() < 10:
            code = re.sub(r"\s+", "", m.group("code"))
            if m.group("n"):
                return f"{m.group('n')}/{code}", p, True
            return None, p, True
    return None, None, False


#: what edges a header's place but is none of it: punctuation, a scan's specks, a lone small letter ("— Hồ Chí Minh",
#: "l Hồ Chí Minh", "© | . | Quảng Nam"); a place opens with a letter
_PLACE_EDGE = re.compile(r"^(?:[^\p{L}]|\p{Ll}\s+(?=[^\p{L}\d]*\p{Lu}))+|[^\p{L}\d]+$")  # (a lone letter and a
# quote a scan read before it: 'a "Quảng Ninh')


#: a lone small letter after the issuer's last word in capitals: a speck beside the header ("SỞ LAO ĐỘNG - THƯƠNG BINH
#: VÀ XÃ HỘI a")
_LONE_SMALL_LETTER_AFTER = re.compile(r"(?<=\p{Lu}{2})\s+\p{Ll}$")
#: a speck's stop after a Capitalised word of a place's name, before the next ("Phù. Ninh", or for the space: "Cai.Lậy",
#: fresh seed 1266 eng; not "Tp. Hồ Chí Minh")
_STOP_INSIDE_A_NAME = re.compile(r"(?<=\p{Lu}\p{Ll}{2,})\.\s*(?=\p{Lu}\p{Ll})")


#: a place's first word a comma parts from its second, right after the document's number ("99/KH-UBND Tân, Phú, ngày")
_NAME_PARTED_BY_A_COMMA = re.compile(r"\d/[\w\-]*\p{Lu}[\w\-]*\s+(\p{Lu}\p{Ll}+),\s*$")
#: one Capitalised word, a place's second ("Phú")
_ONE_CAPITALISED_WORD = re.compile(r"\p{Lu}\p{Ll}+")


def find_place_date(paras: list[Para], warnings: list[str]) -> tuple[str | None, dt.date | None, Para | None]:
    """ "Hà Nội, ngày 02 tháng 3 năm 2024" → ("Hà Nội", 2024-03-02); blank day → date None; a place in
    capitals is written as a name ("HÀ NỘI" → "Hà Nội"); a year cut short ("năm 201") leaves the date None."""
    short: tuple[str | None, dt.date | None, Para] | None = None
    for p in paras:
        m = _DATE_LINE.search(p.text)
        if not m or m.start() > 80:
            continue
        place = m.group("place") or ""
        if (parted := _NAME_PARTED_BY_A_COMMA.search(p.text, 0, m.start("place"))) and \
                _ONE_CAPITALISED_WORD.fullmatch(place.strip()):
            place = f"{parted.group(1)} {place.strip()}"  # a speck's comma inside the name: "Tan, Phu, ngay" (Tân Phú)
        place = _NUMBER.sub("", place)
        place = _CODE_FIRST.sub("", place)  # "73/KH-UBND Hà Nội" when the label "Số" was unreadable
        place = _PLACE_EDGE.sub("", place)
        place = _STOP_INSIDE_A_NAME.sub(" ", place)  # ("Phù. Ninh, ngày", "Cai.Lậy, ngày": a scan's speck)
        words = place.split()
        if len(words) > 6:
            place = " ".join(words[-4:])
        if sum(c.isalpha() for c in place) > 1 and place.isupper():  # a name in capitals: "HÀ NỘI" → "Hà Nội"
            place = " ".join(w[:1] + w[1:].lower() for w in place.split())
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
        if len(y) < 4:  # (a later line's whole date first)
            short = short or ((place or None), None, p)
            continue
        date = make_date(int(y), int(mo) if mo else None, int(d) if d else None)
        if d and mo and date is None:
            warnings.append(f"header: impossible issue date {d}/{mo}/{y} dropped (line {p.start})")
        return (place or None), date, p
    if short is not None:
        warnings.append(f"header: the issue date's year cut short, date dropped (line {short[2].start})")
        return short
    return None, None, None


_WORD_END_SPECK = re.compile(r"(?<=\p{L})[!|'’‘`.:](?=\s)")
#: "UBND Thành . phố", "Thành > © phố", "UBND s. Thành"
_LONE_SPECK = re.compile(r"\s+(?:[^\w\s]{1,2}|\p{Ll}\.)(?=\s|$)")


def _despeckled(text: str) -> str:
    """A paragraph without a scan's specks for the issuer's phrase: marks glued after a word ("UBND.
    Thành", "Thành! phố", "Thành: phố") and marks, or a small letter with a stop, standing alone between
    words ("Thành > © phố", "UBND ` s. Thành")."""
    return _WORD_END_SPECK.sub("", _LONE_SPECK.sub("", text))


#: what a scan leaves beside a header's words: "-_ SỞ LAO ĐỘNG", "_TỈNH LAI CHÂU", "HỒ CHÍ MINH `"
_HEADER_SPECKS = "_`'‘’~|"


#: the abbreviations a header's place may be written with, whose stop stays ("UBND TP. HÀ NỘI", "TX. SƠN TÂY")
_PLACE_ABBREVIATIONS = frozenset(("TP", "TX", "TT", "Q", "H", "P"))


def _capitals_without_stops(word: str) -> str:
    """A header word of capitals without the stops a scan left at its edges or inside it: ``"ỦY."`` → "ỦY", ``".NHÂN"``
    → "NHÂN", ``"HỒ.CHÍ"`` → "HỒ CHÍ"; a place's abbreviation keeps its stop ("TP.", "TP.HCM")."""
    parts = word.split(".")
    if len(parts) == 1 or not all(p == "" or (p.isupper() and p.isalpha()) for p in parts):
        return word
    out = parts[0]
    for p in parts[1:]:
        if out.rsplit(" ", 1)[-1] in _PLACE_ABBREVIATIONS:
            out += "." + p
        else:
            out += " " + p if out and p else p
    return out


def _without_specks(line: str) -> str:
    """A header line without the specks a scan left: words of no letter or digit go ("-_", "`"), specks at a
    word's edges ("_TỈNH" → "TỈNH"), stops at a word of capitals' edges or inside it ("ỦY. BAN", ".NHÂN",
    "HỒ.CHÍ MINH", :func:`_capitals_without_stops`); a spaced dash between words stays ("LAO ĐỘNG - THƯƠNG BINH")."""
    line = spaced_dashes(" ".join(_capitals_without_stops(w) for w in line.split()))  # ("ĐỘNG- THƯƠNG")
    words = [w.strip(_HEADER_SPECKS) for w in line.split()]
    words = [w for w in words if w and (any(c.isalnum() for c in w) or w in ("-", "–"))]
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()
    return " ".join(words)


#: a place-date line's place that is a number alone ("1, ngày 04 tháng 07 năm 2018"), after a document's number or
#: the line's start
_NUMBER_BEFORE_DATE = re.compile(r"(?:^|[A-ZĐa-z]\s+(?:[|!'‘’`~_]\s+)?)(\d{1,2})\s*[,;]?[\s\-–.]*ngày")  # (a speck
# before it: "Số: 203/KH-UBND | 6, ngày 10 tháng 08 năm 2018", real Tesseract-eng on fresh seed 7134, the place lost)
#: an issuer's district or ward named by its number ("ỦY BAN NHÂN DÂN QUẬN 1")
_NUMBERED_ISSUER = re.compile(r"\b(?:QUẬN|PHƯỜNG|Quận|Phường)\s+(\d{1,2})$")


def numbered_place(line: str, issuer: str) -> str | None:
    """The place of a place-date line that names it by its number, as the issuer does: ``"Số: 303/KH-UBND 1, ngày 04
    tháng 07 năm 2018"`` under "ỦY BAN NHÂN DÂN QUẬN 1" → "1" (a number alone is no place elsewhere: a speck's)."""
    m = _NUMBER_BEFORE_DATE.search(line)
    own = _NUMBERED_ISSUER.search(issuer)
    return m.group(1) if m and own and m.group(1) == own.group(1) else None


def place_as_the_issuer_writes_it(place: str | None, issuer: str | None) -> str | None:
    """The place-date line's place spelled as the issuer's words give it where their letters are the same and only
    marks or case differ: "Thành Trị" under "ỦY BAN NHÂN DÂN HUYỆN THANH TRÌ" is "Thanh Trì", "Trà ôn" under "…
    HUYỆN TRÀ ÔN" "Trà Ôn" (the issuer's name follows its type word, which the place-date line lacks; a repair reads
    it the surer). Another place, or none in the issuer, is left."""
    if not place or not issuer:
        return place
    want = fold(place).split()
    words = issuer.split()
    folded = [fold(w) for w in words]
    k = _words_at(folded, want)
    if k is None and len(want) > 2 and (len(want[0]) == 1 or place.split()[0].islower()) and (
            k := _words_at(folded, want[1:])) is not None:
        place, want = place.split(None, 1)[1], want[1:]  # a scan's speck read as a letter before it: "A Cam Ranh" under
        # "THÀNH PHỐ CAM RANH" (a place of the issuer's with that letter, "A Lưới" under "HUYỆN A LƯỚI", keeps it); or
        # as a word in small letters, which opens no place's name: "hào Kỳ Anh, ngày" under "THỊ XÃ KỲ ANH" (vetplan's
        # OCR of fresh seed 7589's scan, the place lost)
    if k is None:
        return place
    # the issuer's marks in the place's case, each word Capitalised ("KBang" keeps its B)
    return " ".join(_cased_as(iw.lower(), pw) for iw, pw in zip(words[k:k + len(want)], place.split(), strict=True))


#: the department in a header's issuer: "SỞ" and the words after it
_ISSUER_DEPARTMENT = re.compile(r"(?<![\p{L}\d])SỞ\s+\p{Lu}.*$")
#: the unit in a header's issuer after its type word, up to a department or the end: "UBND TỈNH BẮC KẠN"
_ISSUER_UNIT = re.compile(r"(?<![\p{L}\d])(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(?P<name>\p{Lu}+(?:\s+\p{Lu}+){0,3}?)"
                          r"(?=\s+(?:SỞ|PHÒNG|BAN)\b|$)")


def issuer_as_named(issuer: str, place: str | None, body: str = "") -> str:
    """A header's issuer in capitals with its department named as it is where a scan left one word of a long name
    wrong (``"SỞ LAO ĐỘNG - THƯƠNG BNH VÀ XÃ HỘI"``, ``"… - THW ÔNG BINH …"``, ``"… VÀ XD HỘI"``:
    :func:`~vetplan.extract.text.department_as_named`), and its unit's name as the place-date line writes it where
    their letters differ by one in a word or two ("UBND TỈNH BIC KAN" above "Bắc Kạn, ngày …" is BẮC KẠN; "LAM PDNG",
    a Đ read as P, is LÂM ĐỒNG above "Lâm Đồng") — unless the ``body`` names the unit as the issuer reads it ("ủy ban
    nhân dân thành phố Hà Nội" under "HÀ NỘI": the place-date line's "Họ Nội" is the misread one). Another place is
    left, and letters that are the same are the issuer's (its marks the surer:
    :func:`place_as_the_issuer_writes_it`)."""
    if (m := _ISSUER_DEPARTMENT.search(issuer)) is not None:
        named = department_as_named(m.group(0).lower().capitalize())
        if fold(named) != fold(m.group(0)) and "sở" in named.lower():
            issuer = issuer[:m.start()] + named.upper()
    if place and (u := _ISSUER_UNIT.search(issuer)) is not None:
        read, want = fold(u["name"]).split(), fold(place).split()
        as_named = " ".join(w[:1] + w[1:].lower() for w in u["name"].split())  # ("Hà Nội", as a sentence names it)
        if len(read) == len(want) and read != want and as_named not in body and all(
                Levenshtein.distance(a.replace("p", "d"), b, score_cutoff=1) <= 1
                or Levenshtein.distance(a, b, score_cutoff=1) <= 1 for a, b in zip(read, want, strict=True)):
            issuer = issuer[:u.start("name")] + place.upper() + issuer[u.end("name"):]
    return issuer


def _words_at(words: list[str], want: list[str]) -> int | None:
    """Where ``want`` first runs in ``words`` (both folded): ``(["uy", "ban", "cam", "ranh"], ["cam", "ranh"])`` → 2;
    None where it does not."""
    return next((k for k in range(len(words) - len(want) + 1) if words[k:k + len(want)] == want), None)


#: a place's type words, written small inside a place ("Thành phố Hồ Chí Minh"): not Capitalised
_TYPE_WORDS = frozenset(("thanh", "pho", "tinh", "huyen", "quan", "thi", "xa", "phuong", "tran"))


def _cased_as(word: str, like: str) -> str:
    """``word`` in the case of ``like`` letter by letter (the same letters but marks), Capitalised but a type word."""
    out = "".join(c.upper() if o.isupper() else c for c, o in zip(word, like, strict=True)) \
        if len(word) == len(like) else word
    return out if fold(out) in _TYPE_WORDS else out[:1].upper() + out[1:]


def find_issuer(lay: Layout, header: list[Para], place: str | None) -> str | None:
    """Issuing body: header capitals "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH", else "UBND quận Ba Đình xây dựng …"."""
    caps: list[str] = []
    for p in header:
        t = p.text.strip()
        if _MOTTO.search(t) or fold(t).strip(" .") == "viet nam":
            continue  # the right column of a two-column header (the motto's last words wrapped: "VIỆT NAM")
        if _NUMBER.search(t) or "ngày" in t:
            if caps:
                break
            continue
        if re.fullmatch(r"KẾ HOẠCH|KE HOACH", t):
            break
        letters = [c for c in t if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and len(t) < 80:
            caps.append(t)
        elif caps:
            break
    caps = [c for c in (_without_specks(c) for c in caps) if c]
    if caps and re.search(
        r"\b(?:uy ban|ubnd|so|bo|truong|phong|ban|hoi dong|trung tam|cuc|tong cuc)\b", fold(" ".join(caps))
    ):
        return squash(" ".join(caps))
    rx = re.compile(
        r"(?P<body>(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:(?:thành phố|Thành phố|tỉnh|Tỉnh|quận|Quận|huyện|Huyện"
        r"|thị xã|Thị xã|xã|phường|Phường)\b(?:\s+\p{Lu}[\p{L}]*)*))\s*(?:\([^)]{0,40}\)\s*)?"
        r"(?:ban hành|xây dựng|triển khai)"
    )
    for p in [*lay.front, *lay.paras[:80]]:
        m = rx.search(_despeckled(p.text))  # "UBND Thành!\nphố ban hành", "UBND Thành .\nphố": a scan's specks
        if m:
            body = squash(m.group("body"))
            body = re.sub(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân)", "UBND", body)
            generic = re.fullmatch(r"UBND\s+(thành phố|Thành phố|tỉnh|Tỉnh)", body)
            if generic and place:
                unit = generic.group(1).lower()
                return f"UBND {unit} {place}" if not fold(place).startswith(fold(unit)) else f"UBND {place}"
            return body
    return None


#: a scan's speck before a title's first word ("| Đào tạo nghề …", "- Đào tạo nghề …")
_LEADING_SPECK = re.compile(r"^(?:[.,]*[|_~'‘’`*•©\-–—+][|_~'‘’`*•©\-–—+.,]*|[.,]+(?=\s)|“(?=[^”]*$))"
                            r"\s*(?=\p{L})")
# (a stop apart: ". Triển khai …"; with a low line: ".__ Đào tạo nghề …"; an opening quote that nothing closes:
# "“Đào tạo nghề …", real Tesseract-eng on fresh seed 2128, the title lost)
_TRAILING_SPECK = re.compile(r"(?:\s+[._~\-–'‘’`|*,;:]+)+$|(?<=[\p{L}\d])[.,;:]+$|(?<=\d)[\-–]$")  # (or a stop
# glued: "năm 2020."; a hyphen after the year: "… nông thôn năm 2019-", vetplan's OCR of fresh seed 1997's scan; two
# apart: "… nghề nghiệp năm 2024 . |", real Tesseract-eng on fresh seed 11640)
#: a scan's speck between two words of a title ("giáo dục._nghề nghiệp"): a space
_INNER_SPECK = re.compile(r"(?<=\p{Ll})[.,]?[_~|`'‘’]+(?=\s*\p{Ll})")
#: figures a speck made glued after a title's word in small letters ("giáo dục nghề nghiệp88 năm 2017"; not "COVID-19")
_FIGURES_AFTER_WORD = re.compile(r"(?<=\p{Ll}{2})\d{1,3}(?=\s+\p{Ll})")


def find_title(paras: list[Para]) -> tuple[str | None, str | None, Para | None]:
    """Doc type and title: "KẾ HOẠCH" + "Triển khai thực hiện công tác giáo dục nghề nghiệp …"."""
    for i, p in enumerate(paras[:60]):
        t = p.text.strip()
        if p.marker == "bullet" and p.start < 12:  # a scan's speck before the type, read as a list's dash: "- KẾ HOẠCH"
            t = t.lstrip("-–—•+*_~ ")  # (with a low line: "-_KẾ HOẠCH", fresh seed 1192 eng: the title had been lost)
        f = fold(t)
        if t.isupper() or len(t) < 20:
            for key, name in _DOC_TYPES.items():
                if f == key or (f.startswith(key) and len(f) < len(key) + 3):
                    title_parts: list[str] = []
                    for k, q in enumerate(paras[i + 1 : i + 5]):
                        # (a scan's speck before the title read as a list's dash: "- Đào tạo nghề cho lao động …")
                        # (a place's own dash opening the title's next line, after the words of the place that
                        # end the line before: "… thành phố Phan Rang" / "- Tháp Chàm năm 2017", real Tesseract-eng on
                        # fresh seed 1538, the title cut at the dash)
                        going_on = bool(k > 0 and q.marker == "bullet" and title_parts and _NAME_GOING_ON.search(
                            title_parts[-1]) and _DASHED_NAME_GOING_ON.match(q.text))
                        if q.marker in ("roman", "num", "bullet", "part") and not (
                                k == 0 and q.marker == "bullet" and q.start < 15) and not going_on:
                            break
                        unspecked = _LEADING_SPECK.sub("", q.text)  # ("_ Thực hiện Quyết định …": a speck before
                        fq = fold(unspecked)  # the preamble, whose words had been run into the title)
                        if (_PREAMBLE_START.match(fq) or _PREAMBLE_CITING.match(unspecked)) and (
                                k > 0 or fq.lstrip().startswith("can cu")):  # ("Cần từ Thông tư số …": Căn cứ misread)
                            break
                        if title_parts and _PREAMBLE_END.search(fq):  # its opening words misread ("Thể hiện nay, …")
                            break
                        # no blank line before the preamble (OCR keeps none): it opens a later line, capitalised
                        # ("Thực hiện Quyết định …"); a wrapped title line is in lower case ("theo Quyết định …")
                        preamble_end = _PREAMBLE_END.search(fq)  # (then its first capitalised later line opens it)
                        # (not a line that goes on with a name the line before ends: "… thị xã Việt" / "Yên năm 2022")
                        cut = next((off for off in q.offsets if off > 0 and ((
                            opening := _LEADING_SPECK.sub("", q.text[off:].lstrip()))[:1].isupper()
                                    and (_PREAMBLE_START.match(fold(opening))
                                         or _PREAMBLE_CITING.match(opening)
                                         or (preamble_end and not _NAME_GOING_ON.search(q.text, 0, off)))
                                    or _PREAMBLE_CITING_SMALL.match(opening))), None)
                        if cut is not None:
                            title_parts.append(q.text[:cut].strip())
                            break
                        title_parts.append(q.text.strip())
                        if q.text.rstrip().endswith((".", ":")):
                            break
                    # (a scan's speck standing after the title's last word: "… năm 2019 .", "… năm 2017 _")
                    title = _LEADING_SPECK.sub("", _TRAILING_SPECK.sub(
                        "", squash(_INNER_SPECK.sub(" ", _FIGURES_AFTER_WORD.sub("", " ".join(title_parts)))))) or None
                    return name, title, p
    return None, None, None


#: a line's last word Capitalised after a word in small letters: a name that the next line may go on with
_NAME_GOING_ON = re.compile(r"(?<=\p{Ll}\s+)\p{Lu}\p{Ll}*\s*$")
#: a line opening with a dash and a Capitalised word, short and ending with no list's stop: a name's second part
_DASHED_NAME_GOING_ON = re.compile(r"^\s*[-–]\s*\p{Lu}\p{Ll}*(?:\s+\S+){0,8}\s*$(?<![;,])")


#: the signature column's "on behalf of" marks (``text.BEHALF_START``: "KT. CHỦ TỊCH", "KT CHỦ TỊCH"): where
#: one starts in a line, the mark and its body, and one merged at the end of a recipients item
#: (and the signer's name read beside the last recipients item: "- Lưu: VT. Nguyễn Thị Minh Hằng")
_NAME_TAIL = (r"(?:(?<=[;.:])|(?<=\bLưu\s*[:;]?[\s\p{Lu}\d,]*\p{Lu},?))"  # (":": "VT: Nguyễn Đức An"; "Lưu: VL Hà …",
              # "Lưu: VT, Phan Hồng Lan", "Lưu; VT Hà Thu Việt", "Lưu VI Nguyễn Quang Thủy" (fresh seed 1298 eng, its
              # colon lost); a speck's stop inside the name: "Lâm Xuân. Quan";
              # specks before it: "VT. _._ Nguyễn Minh Nam", or a lone small letter: "HĐND tỉnh; i Đinh Thanh Quân"; a
              # speck glued to the stop: "VT.ˆ Nguyễn Thị Hùng", or a bar: "ngành; | Nguyễn Thanh Quân"; a colon's speck
              # after it: "VT. Lê Quang Long:"; a few specks, a figure among them: "VT. . . 7 Trần Thanh Phong.", "VT. ,
              # Phan Văn Thắng", real Tesseract-eng on fresh seeds 2188 and 2190, the signers lost; a speck the decoder
              # read as a marked letter: "Tỉnh ủy; ; ; ở Nguyễn Hữu Phong", fresh seed 2447)
              r"(?:[_~'‘’`ˆ^]{1,3}(?=\s))?\s+"
              r"(?:(?:[_.,~'‘’`ˆ^\-–—|¦]{1,4}|\p{Ll}|\d)\s+){0,3}(?=(?:\p{Lu}\p{Ll}*(?:\.?\s+|-(?=\p{Lu}\p{Ll}))){1,4}"
              r"\p{Lu}\p{Ll}*[.,;:]?\s*$)")  # (a speck's hyphen for a space inside it: "Hà-Kim Phong"; a dash among
# the specks: "- Lưu: VT: _— Nguyễn Văn Yến", vetplan's OCR of fresh seed 7691's scan, the signer lost)
#: (and the position alone at the end of an item whose semicolon a scan lost: "- Bộ Lao động - … Xã hội CHỦ TỊCH")
_BEHALF_CUT = re.compile(rf"\s*(?={BEHALF_START})|{_NAME_TAIL}|{POSITION_AT_LINE_END}")
_BEHALF = re.compile(rf"^({BEHALF_WORD}){BEHALF_SEP}([\p{{Lu}}\s]+?)\s*(?:$|[-;,])")
#: where a recipient's line runs into the signature column: its mark ("… tỉnh TM. ỦY BAN", a speck before it: "_TM.")
_BEHALF_TAIL = re.compile(rf"\s+[_~`'‘’|]?{BEHALF_START}|{_NAME_TAIL}|{POSITION_AT_LINE_END}")


def find_signer(closing: list[Para], tail: list[Para]) -> Signer | None:
    """ "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Chủ Xuân Dũng" → Signer."""
    behalf: list[str] = []
    position: str | None = None
    name: str | None = None
    pool = [*closing, *tail]
    for p in pool:
        for raw in _BEHALF_CUT.split(p.text):
            t = _STOP_IN_NAME.sub("", raw.strip())  # ("Lâm Xuân. Quan": a speck's stop inside a name)
            t = _SPECK_IN_POSITION.sub(" ", t)  # ("GIÁM.ĐỐC")
            if not t:
                continue
            m = _BEHALF.match(t)
            if m:  # "KT CHỦ TỊCH" (a scan lost the dot) is written "KT. CHỦ TỊCH"
                behalf.append(f"{m.group(1)}. {squash(m.group(2))}")
                continue
            if _POSITION.match(t) and position is None:  # (with "KT."/"TM." before it, or a head signing alone)
                # its words in capitals: a signature's scribble read beside it is not ("PHÓ CHỦ TỊCH 3đ"), the name
                # joined to it is the signer's ("PHÓ GIÁM ĐỐC 'Đỗ Anh Lan": a speck before it made it a quotation)
                caps = _CAPITAL_WORDS.match(t).group(0)  # type: ignore[union-attr]
                position = squash(caps)
                if name is None and _is_person_name(t[len(caps):]):
                    name = _name_as_written(t[len(caps):])
                continue
            if (behalf or position) and name is None and _is_person_name(t):
                name = _name_as_written(t)
    if not behalf and not position and not name:
        return None
    return Signer(name=name, position=position, on_behalf_of=" / ".join(behalf) or None)


#: a speck read between two words in capitals of a position, for the space ("GIÁM.ĐỐC", "PHÓ,CHỦ TỊCH")
_SPECK_IN_POSITION = re.compile(r"(?<=\b(?:PHÓ|CHỦ|GIÁM|TRƯỞNG|BÍ|CHÁNH|VĂN|THỦ))[.,:;'‘’`_~](?=\p{Lu}{2})")
_NAME_SPECKS = "'‘’`~_.-| "  # what a scan leaves before a name ("'Đỗ Anh Lan"; a stroke: "| Cao Hữu Yên", vetplan's OCR
# of fresh seed 7189's scan, the signer lost and taken for a recipient)
#: a stop between two Capitalised words of a name ("Lâm Xuân. Quan"), none a sentence's end in a signature's line
_STOP_IN_NAME = re.compile(r"(?<=\s\p{Lu}\p{Ll}+)\.(?=\s\p{Lu}\p{Ll}+\s*$)")


def _name_as_written(t: str) -> str:
    """A name without a scan's specks before it and a stop or colon after it: "'Đỗ Anh Lan" → "Đỗ Anh Lan", "Lê Kim
    Thủy." → "Lê Kim Thủy", "Lê Quang Long:" (fresh seed 966 scan) → "Lê Quang Long", a lone speck after it too:
    "Đinh Văn Long |" (unseen seed 1113 eng) → "Đinh Văn Long"."""
    return _HYPHEN_IN_A_NAME.sub(" ", _LONE_SPECK_AFTER.sub("", t.strip()).lstrip(_NAME_SPECKS).rstrip(".:"))


#: a speck's hyphen for the space between two Capitalised words of a name ("Hà-Kim Phong", unseen seed 1124 eng)
_HYPHEN_IN_A_NAME = re.compile(r"(?<=^\p{Lu}\p{Ll}+)-(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$)")


#: a speck standing alone after a name ("Đinh Văn Long |")
_LONE_SPECK_AFTER = re.compile(r"\s+[|¦_~`'‘’]{1,2}$")


def _is_person_name(t: str) -> bool:
    """2-5 Capitalised words, no digits or punctuation: "Nguyễn Văn An" (a scan's speck before it goes: "'Đỗ")."""
    t = _name_as_written(t)
    words = t.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in t) or re.search(r"[:;,./()]", t):
        return False
    if t.isupper():
        return False
    # (a word in capitals is none of a name's: the file copy "-Lưu VT", its colon lost, had been the signer)
    return all(w[:1].isupper() for w in words) and not any(len(w) > 1 and w.isupper() for w in words)


#: the file copy run into the item before it, its dash a scan read as another speck: "… Xã hội =Lưu: VT"
_FILE_COPY_INSIDE = re.compile(r"\s+(?:[=~_*+•>]+|[^\w\s]{1,3}(?=L))\s*[Ll]?[uư][uU]\s*[:;.]\s*V"  # (its dash read
                               rf"|\s+(?={FILE_COPY})")  # as ">" too, or specks: "ˆ„LưU: VT"; or lost, the
# file copy opening the item's next line: "~ Bộ Lao động - Thương binh và Xã hội" / "Lưu: VT Lâm Ngọc Phương")
#: a speck read as a stop or colon after an agency's head word ("Bộ.Lao động - Thương binh và Xã hội"), or as a hyphen
#: for the space ("Bộ-Lao động - …", fresh seed 1254 eng)
_HEAD_STOP = re.compile(rf"^({AGENCY_HEAD_ALT}){HEAD_SPECKS_OR_HYPHEN}(?=\p{{Lu}}\p{{Ll}})")
#: "Lưu: VT, KGVX." is the file copy, not a recipient; so are a scan's "Lu;.VTE", "Litas VT." (folded), its L read
#: as h: "hữu: Về", "hữu VT"
_FILED = re.compile(r"^[lh]?[uư]u\s*[:;.]|^l\S{0,4}?\s*[:;.]*\s*v[t7vei]|^h[uư]u\s+v[t7]\b"  # ("lau: VV"; its T
                    # read as an I, its colon lost: "- Lưu VI Nguyễn Quang Thủy", fresh seed 1298 eng)
                    r"|^\S{2,4}\s*[:;]\s*v[t7]\b")  # (any short word before ": VT": "- Dưu: VT", fresh seed 88 scan)
_JUNK_TAIL = re.compile(r";[^\p{L}]*\p{L}?[^;\p{L}]*$")  # "…Thành phố; / N", "… Xã hội; ( ;": specks after the item


#: (not a stop: "TP. HỒ CHÍ MINH"); a dash's speck between the committee and its place: "NHÂN DÂN -HUYỆN" (or a bar
#: read as an I: "NHÂN DÂN I TỈNH NAM ĐỊNH", fresh seed 1109 scan), or inside
#: the committee's name: "ỦY BAN -NHÂN DÂN", or after the place's type: "TỈNH- LONG AN" (no dash stands there; "SỞ LAO
#: ĐỘNG - THƯƠNG BINH" keeps its own)
_SPECK_IN_CAPITALS = re.compile(r"(?<=\p{Lu}{2})[:;'‘’`](?=\s+\p{Lu}{2})")
#: … the dash's specks, for a space: "NHÂN DÂN -HUYỆN", "TỈNH-LONG AN", a stop before it too ("THÀNH PHỐ.-HÀ NỘI", real
#: Tesseract-eng on fresh seed 1375: the issuer had kept it)
_DASH_IN_CAPITALS = re.compile(r"(?<=NHÂN DÂN)\s*(?:-|[ ][I|l!](?=[ ]))\s*"
                               r"(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\b)"
                               r"|(?<=\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ))\s*[.,]?-\s*(?=\p{Lu}{2})"
                               r"|(?<=ỦY BAN)\s*-\s*(?=NHÂN DÂN\b)")


#: a recipient's opening words: an agency's head ("Thường trực", "Các sở", "UBND", "Bộ")
_ITEM_OPENING = re.compile(rf"(?:{AGENCY_HEAD_ALT})[\s,]")  # (a comma after it: "Chủ tịch, các PCT UBND tỉnh", its
# dash lost below "- UBND các huyện, thành phố", real Tesseract-eng on fresh seed 12088, run into that item)
#: the end of an item's line that says the next line goes on with it ("…, PCVP,", "… và")
_ITEM_GOES_ON = re.compile(r"(?:[,\-–]|\s(?:và|các|của|cho))\s*$")
#: a recipient's dash a scan read as a lone marked letter or symbol before the item's Capital ("Ẵ Các sở, ban, ngành",
#: then "Ở"): no word of a list stands alone so (a wrapped item's "A Lưới" opens with a plain letter)
_DASH_READ_AS_LETTER = re.compile(r"^(?:[^\sA-Za-z\d]\s+|[_~=•>“”]\s*|\d\s+(?=\p{Lu}\p{Ll}))(?=\p{Lu})")  # (or glued:
# "_UBND các huyện", "“Bộ Lao động"; or a lone figure, no stop after it: "2 Chủ tịch, các PCT UBND tỉnh")

#: a plus or another sign read after an item's dash ("~ + Chủ tịch, các PCT UBND tỉnh"): a second mark, no word's
_SIGN_AFTER_DASH = re.compile(r"^[+€©®]\s*(?=\p{L})")  # (or a speck's sign: "-€ chủ tịch,:các PCT UBND tỉnh",
# vetplan's OCR of fresh seed 1658's scan, the item kept it)

#: a scan's junk after an issuer's name in capitals, opened by a quote, no name's ("TỈNH HÀ GIANG "ăn")
_QUOTED_JUNK_AFTER = re.compile(r"(?<=\p{Lu}{2})\s+[\"“”'‘’]\S{0,4}$")
#: the people's committee's name with a scan's specks between its words ("UY-BAN NHÂN DÂN", "ỦY BAN NHÂN, DÂN")
_COMMITTEE_WITH_SPECKS = re.compile(r"\b[UỦ]Y(?:\s*[-.,]\s*|\s+)BAN(?:\s*[-.,]\s*|\s+)NHÂN(?:\s*[-.,]\s*|\s+)DÂN\b")


def _without_a_name_after(item: str) -> str:
    """A recipients' item without the signer's name the signature column merged after its semicolon: "Chủ tịch, các PCT
    UBND tỉnh; Lê Thanh Quân" → "Chủ tịch, các PCT UBND tỉnh"."""
    head, _sep, tail = item.rpartition(";")
    return head.rstrip(" ;,.") if head and _is_person_name(tail) else item


#: the commonest family names (together about nine Vietnamese in ten): a run of Capitalised words opened by one, closing
#: the last recipients item, is the signer's name the signature column put beside it (after the item's semicolon too:
#: "- Thường trực HĐND tỉnh; Dương Thu Tú", real Tesseract-eng on fresh seed 3904, the signer lost)
FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                "Dương", "Lý", "Đinh", "Trương", "Đoàn", "Lương", "Trịnh", "Mai", "Cao", "Lâm", "Tô", "Hà", "Chu",
                "Lưu", "Tạ", "Đào", "Phùng", "Thái", "Kiều", "Triệu", "Quách", "Đàm", "Hứa", "Tăng", "Lại", "Mạc")
_NAME_CLOSING_ITEM = re.compile(r"(?<=\p{Ll}|\b[A-ZĐ]{2,}|;)(?:\s+[—–\-_~|]{1,2})?"
                                rf"\s+((?:{'|'.join(FAMILY_NAMES)})(?:\s+\p{{Lu}}\p{{Ll}}+){{2,3}})$")
# (a speck's dash before it: "- Thường trực HĐND tỉnh; — Bùi Thanh Long", vetplan's OCR of fresh seed 7013's scan, the
# signer lost)
#: … unless the run is the place it names ("UBND thành phố Hồ Chí Minh")
_PLACES_LIKE_NAMES = frozenset({"Hồ Chí Minh"})


def name_closing_last_item(recipients: list[str]) -> tuple[str, str] | None:
    """The signer's name the signature column left beside the last recipients item, its separator a scan lost: "UBND
    các huyện, thành phố Lê Anh Nam" → ("UBND các huyện, thành phố", "Lê Anh Nam"); three or four Capitalised words
    opened by a common family name, after a word in small letters or an abbreviation; None for any other item ("UBND
    thành phố Hồ Chí Minh", "Sở Lao động - Thương binh và Xã hội")."""
    if not recipients or (m := _NAME_CLOSING_ITEM.search(recipients[-1])) is None:
        return None
    if m.group(1) in _PLACES_LIKE_NAMES:
        return None
    return recipients[-1][:m.start()].rstrip(" ;,."), m.group(1)


#: … or inside an item, before the item's last words that wrapped to the next line ("Bộ Lao động - Thương binh và Xã
#: Đinh Anh Lộc hội": the name beside the item's first line, a PDF's or a scan's lines put side by side)
_NAME_INSIDE_ITEM = re.compile(rf"(?<=\p{{Ll}}|\b[A-ZĐ]{{2,}})\s+((?:{'|'.join(FAMILY_NAMES)})"
                               r"(?:\s+\p{Lu}\p{Ll}+){2,3})(?=\s+\p{Ll}[\p{Ll}\s,]*$)")


def name_inside_an_item(recipients: list[str]) -> tuple[int, str, str] | None:
    """The signer's name the signature column put inside a recipients item, before the item's wrapped last words:
    "Bộ Lao động - Thương binh và Xã Đinh Anh Lộc hội" → (its index, "Bộ Lao động - Thương binh và Xã hội", "Đinh Anh
    Lộc"); None where no item holds one."""
    for k, item in enumerate(recipients):
        if (m := _NAME_INSIDE_ITEM.search(item)) is not None and m.group(1) not in _PLACES_LIKE_NAMES:
            return k, f"{item[:m.start()].rstrip()} {item[m.end():].lstrip()}", m.group(1)
    return None


#: letters whose capital is their small letter made larger, which OCR tells apart by size alone
_SIZE_ONLY_LETTERS = frozenset("cosuvwxz")


def _capital_read_small(t: str) -> str:
    """A line that opens with a small letter whose capital has its shape, Capitalised where that makes it open an
    agency's name ("các sở, ban, ngành" → "Các sở, ban, ngành": a scan read the C small); any other line as it is."""
    if t[:1] in _SIZE_ONLY_LETTERS and _ITEM_OPENING.match(cap := t[:1].upper() + t[1:]):
        return cap
    return t


#: the signature column's mark beside the label, its "KT." misread and its position garbled ("Nơi nhận: KẾ. GLÊM ĐC"):
#: words in capitals only, the first a K or T and a letter or two a stop ends (not a recipient: "VP. UBND TỈNH")
_MARK_MISREAD = re.compile(r"^[KT]\p{Lu}{1,2}\.\s+\p{Lu}+(?:\s+\p{Lu}+)*$"
                           r"|^[\p{Lu}\d]\p{Lu}[.:]\s+(?:ỦY BAN NHÂN DÂN|CHỦ TỊCH|GIÁM ĐỐC)$")  # (or "TM." read "EM:"
# or "1M:" before the body it signs for: "Noi nhan: 1M: UY BAN NHAN DAN", real Tesseract-eng on fresh seed 11297, whose
# first recipient had been "EM: ỦY BAN NHÂN DÂN")


#: the marks that open a recipients' item (a scan's specks read for one open none after the file copy)
_ITEM_DASHES = frozenset("-–—•+*")


def find_recipients(closing: list[Para]) -> list[str]:
    """Items after "Nơi nhận:": "- Bộ Lao động - Thương binh và Xã hội;" → "Bộ Lao động - Thương binh và Xã hội"."""
    out: list[str] = []
    started = bulleted = filed = False
    last = ""  # the last item's line as written (a comma at its end: the next line goes on with it)
    for p in closing:
        t = p.text.strip()
        if recipients_label(t):
            started = True
            # (the label's two words, or one: "Nơinhận:"; its n read as p: "Nói phần:")
            rest = re.sub(r"^\S+?\s*(?:[nNpP][hH]|g|G)\S*\s*", "", t.lstrip(LABEL_SPECKS))  # (a speck before
            # the label: "~ Nơi nhận: TM. ỦY BAN NHÂN DÂN", whose label had been a recipient)
            if fold(t.lstrip(LABEL_SPECKS)).rstrip(": ") == "nhan" or (
                    t.endswith(":") and len(t.split()) <= 2) or (
                    len(t.split()) == 2 and fold(t.lstrip(LABEL_SPECKS)).startswith("noi ")):  # ("Nơi hhậnp")
                rest = ""  # (the label's second word alone, its first lost: "Nhận:"; the label alone, however
                # garbled: "Nói hơn:")
            rest = _BEHALF_CUT.split(rest, maxsplit=1)[0]  # "Nơi nhận: TM. ỦY BAN…", "KT CHỦ TỊCH" undotted
            rest = _DASH_READ_AS_LETTER.sub("", rest, count=1)  # ("Nơi nhận: 2 Chủ tịch, …")
            if (rest := strip_specks(rest)) and sum(map(str.isalpha, rest)) > 2 and not _MARK_MISREAD.match(rest):
                out.append(rest)  # (a speck's "ni" is none)
            continue
        if not started:
            continue
        bulleted = bulleted or p.marker == "bullet"
        if p.marker == "bullet":
            # the signature column merged in, its dot sometimes lost ("…Xã hội; KT CHỦ TỊCH")
            item = last = p.body[:m.start()] if (m := _BEHALF_TAIL.search(p.body)) else p.body
            item = _FILE_COPY_INSIDE.split(item, maxsplit=1)[0]  # ("… Xã hội =Lưu: VT": its dash read as "=")
            item = _SIGN_AFTER_DASH.sub("", item)  # ("~ + Chủ tịch, các PCT UBND tỉnh": a second mark)
            item = strip_specks(_JUNK_TAIL.sub("", squash(item)))  # ("…Xã hội:", "…Xã hội. -")
            item = _HEAD_STOP.sub(r"\1 ", item)
            item = item[:1].upper() + item[1:]  # (an item opens with a capital: "- các sở, ban, ngành;", "- chủ tịch,
            # các PCT UBND tỉnh;", its capital read small by a scan or a code's random case)
            if item and not _FILED.match(fold(item)) and not (filed and (
                    _is_person_name(item) or t[:1] not in _ITEM_DASHES)):
                out.append(item)  # (after the file copy, a name is the signer's: "-_ Lê Thanh Hạnh"; and a line a
                # speck opens, not a dash, the signature column's: "; Lao động - Thương binh và Xã hội" under "- Lưu:
                # VT." — vetplan's OCR of fresh seed 7605's scan, a recipient; an item's dash may still open one after
                # it, the file copy read out of its place)
            filed = filed or bool(item and _FILED.match(fold(item)))
        elif _BEHALF_CUT.match(t) or _POSITION.match(t) or _is_person_name(t):
            continue
        elif not bulleted and p.marker is None:  # items whose dashes a scan lost: a line each
            for a, b in zip(p.offsets or [0], [*(p.offsets or [0])[1:], len(p.text)], strict=True):
                line = _DASH_READ_AS_LETTER.sub("", squash(p.text[a:b]), count=1)
                item = strip_specks(_BEHALF_CUT.split(line, maxsplit=1)[0])
                if item and not _FILED.match(fold(item)) and not _is_person_name(item) and not _POSITION.match(item):
                    out.append(item)
        elif _FILED.match(fold(re.sub(r"^[^\p{Lu}\p{Ll}]+", "", t))):
            filed = True  # the file copy, its dash read as ">" ("> Lưu: VT."): no wrapped item's end
        elif bulleted and not filed and (m := _DASH_READ_AS_LETTER.match(t)):  # "Ẵ Các sở, ban, ngành;": an item
            if item := strip_specks(_JUNK_TAIL.sub("", squash(t[m.end():]))):  # (it had been run into the last)
                out.append(item)
        elif bulleted and not filed and out and (_ITEM_OPENING.match(t := _capital_read_small(t)) or (
                last.rstrip().endswith(";") and t[:1].isupper())) and not _ITEM_GOES_ON.search(last):
            # an item whose dash a scan lost after one the signature column ended ("- … Xã hội CHỦ TỊCH" / "Thường
            # trực Tỉnh ủy": it had been run into the item before), or after one its semicolon ended ("- Thường trực
            # HĐND tỉnh;" / "Chủ tịch; các PCT UBND tỉnh; Lê Thanh Quân", the signer's name merged after it); its
            # capital maybe read small ("- UBND các huyện, thành phố PHÓ CHỦ TỊCH" / "các sở, ban, ngành")
            if item := _without_a_name_after(strip_specks(_BEHALF_CUT.split(squash(t), maxsplit=1)[0])):
                out.append(item)
            last = t
        elif out and p.marker is None and len(t) < 80 and not filed:  # (after the file copy, the list is over: "- Lưu:
            # VT." / "TỪ™.. ỦY BAN NHÂN DÂN", a signature's garbled mark, had been run into the last item)
            out[-1] = squash(f"{out[-1]} {t}").strip(" ;.,")  # wrapped item: "- VPUB: CVP, PCVP …,\nPhòng KGVX"
    return [department_as_named(x) for x in out]  # ("Bộ Lao động~- Thương binh và Xã hội": a speck)


def extract_document(lay: Layout, line_pages: list[int] | None, warnings: list[str]) -> DocumentInfo:
    """Header fields of the plan (see module docstring); never raises on odd text."""
    header = lay.front[:40] if lay.front else lay.paras[:40]
    number, num_para, labelled = find_number(header)
    place, date, date_para = find_place_date(header, warnings)
    doc_type, title, title_para = find_title(lay.front or lay.paras)
    if not labelled:  # (its label lost: "183/KH-UBND Due Pho, ngay …", fresh seed 1235 eng)
        number, num_para = find_unlabelled_number(header, title_para)
    if doc_type is None and number:
        code = number.split("/", 1)[1].split("-")[0] if "/" in number else ""
        doc_type = _CODE_TYPES.get(code)
    issuer = find_issuer(lay, header, place)
    if issuer:  # (a scan's speck after a word in capitals: "ỦY: BAN NHÂN DÂN")
        # ("THƯƠNG BINH ˆ VÀ XÃ HỘI"; the lone specks first: "ỦY BAN NHÂN DÂN: ˆ HUYỆN BA CHẼ")
        issuer = _DASH_IN_CAPITALS.sub(" ", _SPECK_IN_CAPITALS.sub("", SPECK_BETWEEN_WORDS.sub("", issuer)))
        issuer = issuer.rstrip(" !¡|'`‘’:;,._~")  # (a speck after its last word: "VÀ XÃ HỘI!", "PHỔ YÊN:"; "HÀ NỘI,",
        # "YÊN BÁI.__": real Tesseract-eng on fresh seeds 1709 and 1919, the issuers lost; an inverted exclamation
        # mark: "QUẢNG NGÃI¡", vetplan's OCR of fresh seed 7427's scan)
        issuer = issuer.lstrip(" -–~_.,'`‘’|")  # (or before its first: "-ỦY BAN NHÂN DÂN", real Tesseract-eng on fresh
        # seed 1513, the issuer had kept it)
        issuer = _LONE_SMALL_LETTER_AFTER.sub("", issuer)  # ("VÀ XÃ HỘI a", fresh seed 1240 eng)
        issuer = _QUOTED_JUNK_AFTER.sub("", issuer)  # ("TỈNH HÀ GIANG "ăn": a scan's junk beside the motto)
        issuer = _COMMITTEE_WITH_SPECKS.sub("ỦY BAN NHÂN DÂN", issuer)
        issuer = issuer_as_named(issuer, place, "\n".join(p.text for p in lay.paras))
    place = place_as_the_issuer_writes_it(place, issuer)
    if place is None and date_para is not None and issuer:
        place = numbered_place(date_para.text, issuer)
    tail = [p for a in lay.appendices[:0] for p in a.paras]
    signer = find_signer(lay.closing, tail)
    recipients = find_recipients(lay.closing)
    if signer is not None and signer.name is None and (found := name_closing_last_item(recipients)):
        recipients[-1], name = found  # ("… Xã hội Mai Hồng Thắng": the item's semicolon and the file copy lost)
        signer = signer.model_copy(update={"name": name})
    elif signer is not None and signer.name is None and (inside := name_inside_an_item(recipients)):
        k, recipients[k], name = inside  # ("… và Xã Đinh Anh Lộc hội": beside the item's first line)
        signer = signer.model_copy(update={"name": name})
    if signer is not None and signer.name and recipients and recipients[-1] == signer.name:
        recipients.pop()  # (the signer's name read as the last item, the file copy above it lost: "| Cao Hữu Yên")
    used = [p for p in (num_para, date_para, title_para) if p is not None]
    ev = _ev(min(p.start for p in used), max(p.end for p in used), line_pages) if used else None
    return DocumentInfo(
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        place=place,
        issued_date=date,
        title=title,
        signer=signer,
        recipients=recipients,
        evidence=ev,
    )
