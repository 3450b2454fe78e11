"""Cited documents → ``LegalReference``: "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ"."""

from __future__ import annotations

import regex as re

from ..schemas import Evidence, LegalReference
from .reflow import Para
from .text import DATE_SLASH, make_date, squash

DOC_TYPES = (
    "Kế hoạch",
    "Quyết định",
    "Chỉ thị",
    "Nghị quyết",
    "Nghị định",
    "Thông tư liên tịch",
    "Thông tư",
    "Luật",
    "Chương trình",
    "Công văn",
    "văn bản",
    "Văn bản",
    "Thông báo",
    "Đề án",
    "Hướng dẫn",
    "Kết luận",
    "Pháp lệnh",
    "Quy định",
    "Chiến lược",
)
_TYPE_ALT = "|".join(
    sorted({re.escape(t) for t in DOC_TYPES} | {re.escape(t.lower()) for t in DOC_TYPES}, key=len, reverse=True)
)
NUMBER = r"\d{1,5}(?:/\d{4})?\s*[/\-]\s*[\p{Lu}Đ][\p{L}\d]*(?:\s*[\-/]\s*[\p{Lu}Đ][\p{L}\d]*){0,3}"
#: the space after "số", or a speck with or without one ("số-46/2015", "số_15"; a bar opening the next line: "Quyết
#: định số" / "| 522/QĐ-TTg")
_AFTER_SO = r"(?:[.,:'‘’`\-_)]\s*|\s+(?:[|!¦,.]\s*)?)"  # (a speck apart: "Quyết định số ," / "522/QĐ-TTg"; glued to
# the number, "số .46/2015/QĐ-TTg", or a bracket, "Chỉ thị Số)" / "24/CT-TTg": real Tesseract-eng on fresh seeds 9495
# and 9284, the citations lost)
_REF = re.compile(  # (after the type, "số" read as its ố alone: "Chỉ thị 6 24/CT-TTg", "Chỉ thị 0" / "24/CT-TTg"; a
    # bracket after it, "Quyết định 0)" / "522/QĐ-TTg", real Tesseract-eng on fresh seed 9671, the citation lost)
    rf"(?:(?P<type>{_TYPE_ALT})\s+(?:(?i:số|so|[s8][ốo6]|[60](?=\)?\s+\d)){_AFTER_SO})?|(?<![\p{{L}}])(?:số|Số|SỐ|sô|sỗ){_AFTER_SO})"
    rf"(?P<num>{NUMBER})"  # (a scan's speck after "số": "Chỉ thị số. 24/CT-TTg", "số.1956/QĐ-TTg", "s6'1956/QĐ-TTg")
)
_DATE_AFTER = re.compile(  # (a scan's specks after the number, or after "ngày": "24/CT-TTg- ngày..28/5/2020")
    rf"^\s*(?:[,:;]|[.\-–_~'‘’`]+)?\s*(?:(?i:ngày|ngay)[.,:\-–]{{0,3}}\s*[‘’'`]?)?(?:{DATE_SLASH}|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})\s+năm\s+(?P<y2>\d{{4}}))"
)
_ISSUER_AFTER = re.compile(
    r"^\s*,?\s*(?:của|do)\s+(?P<iss>[^;:“\"”()]{2,90}?)(?=\s+(?i:về|ve|thực hiện|theo|phê duyệt|"
    r"ban hành|trên|quy định|triển khai|tại|đối với|để|bằng|nhằm|cho|với|như|được|gồm)\b|[;:,.“\"”()]|$)"
)
_LIST_INTRO = re.compile(rf"(?P<type>{_TYPE_ALT})\s+(?:của\s+(?P<iss>[^:;]{{2,60}}?))?\s*:\s*(?=(?:số|Số)\s+\d)")
_CODE_TYPES = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "CV": "Công văn",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "KL": "Kết luận",
    "ĐA": "Đề án",
    "QH": "Luật",
    "TTLT": "Thông tư liên tịch",
}


def _date_parts(dm: re.Match[str]) -> tuple[str, str, str]:
    """(day, month, year) of a date match in either form: "ngày 14/5/2018" or "ngày 21 tháng 9 năm 2023"."""
    if dm.group("d"):
        return dm.group("d"), dm.group("m"), dm.group("y")
    return dm.group("d2"), dm.group("m2"), dm.group("y2")


def _type_from_code(num: str) -> str | None:
    """Type from the number's code: "21-CT/TW" → "Chỉ thị", "10/KH-UBND" → "Kế hoạch"."""
    for tok in re.split(r"[/\-]", num):
        if tok in _CODE_TYPES:
            return _CODE_TYPES[tok]
    return None


def _norm_type(t: str | None) -> str | None:
    if not t:
        return None
    return t[:1].upper() + t[1:]


def refs_in_para(p: Para, warnings: list[str], line_pages: list[int] | None = None) -> list[LegalReference]:
    """All numbered documents cited in one paragraph (see module docstring for the forms understood)."""
    out: list[LegalReference] = []
    text = p.text
    intros = [
        (m.end(), _norm_type(m.group("type")), squash(m.group("iss")) if m.group("iss") else None)
        for m in _LIST_INTRO.finditer(text)
    ]
    for m in _REF.finditer(text):
        num = re.sub(r"\s+", "", m.group("num"))
        dtype = _norm_type(m.group("type"))
        issuer: str | None = None
        end = m.end()
        rest = text[end:]
        date = None
        dm = _DATE_AFTER.match(rest)
        if dm:
            d, mo, y = _date_parts(dm)
            date = make_date(int(y), int(mo), int(d))
            if date is None:
                warnings.append(f"legal: impossible date {d}/{mo}/{y} of {num} dropped (line {p.line_at(m.start())})")
            end += dm.end()
            rest = text[end:]
        im = _ISSUER_AFTER.match(rest)
        if im:
            issuer = squash(im.group("iss")).rstrip(" ,.")
            end += im.end()
        if dtype is None:
            prior = [x for x in intros if x[0] <= m.start()]
            if prior:
                dtype = prior[-1][1]
                if issuer is None:
                    issuer = prior[-1][2]
            else:
                dtype = _type_from_code(num)
        if dtype and dtype.lower() == "văn bản":
            dtype = _type_from_code(num) or "Văn bản"
        cite = squash(text[m.start() : end]).rstrip(" ,;.")
        ls, le = p.line_at(m.start()), p.line_at(max(m.start(), end - 1))
        page = None
        if line_pages and 0 < ls <= len(line_pages) and isinstance(line_pages[ls - 1], int) and line_pages[ls - 1] >= 1:
            page = line_pages[ls - 1]
        out.append(
            LegalReference(
                number=num,
                doc_type=dtype,
                date=date,
                issuer=issuer or None,
                text=cite,
                evidence=Evidence(line_start=ls, line_end=max(ls, le), page=page),
            )
        )
    return out


_UNNUMBERED = re.compile(
    r"^\s*(?:Căn cứ)\s+(?P<type>Luật|Bộ luật|Hiến pháp|Nghị quyết|Chỉ thị|Kết luận|Quyết định"
    r"|Chương trình)\b"
)


def unnumbered_refs(p: Para, warnings: list[str], line_pages: list[int] | None = None) -> list[LegalReference]:
    """Preamble citations without a number: "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;"."""
    out: list[LegalReference] = []
    pos = 0
    for seg in re.split(r"(?<=;)\s*", p.text):
        start = p.text.find(seg, pos)
        pos = max(pos, start + len(seg))
        m = _UNNUMBERED.match(seg)
        if not m or _REF.search(seg):
            continue
        body = squash(re.sub(r"^\s*(?:Căn cứ|Thực hiện)\s+", "", seg)).rstrip(" ;.,")
        date = None
        dm = re.search(
            rf"(?:ngày|ngay)\s*(?:{DATE_SLASH}|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})\s+năm\s+(?P<y2>\d{{4}}))",
            body,
        )
        if dm:
            d, mo, y = _date_parts(dm)
            date = make_date(int(y), int(mo), int(d))
        im = re.search(r"\b(?:của|do)\s+(?P<iss>[^;,.]{2,60}?)(?=\s+(?:về|ban hành|thông qua)\b|[;,.]|$)", body)
        ls = p.line_at(max(0, start))
        le = p.line_at(max(0, start + len(seg) - 1))
        out.append(
            LegalReference(
                number=None,
                doc_type=m.group("type"),
                date=date,
                issuer=squash(im.group("iss")) if im else None,
                text=body[:300],
                evidence=Evidence(line_start=ls, line_end=max(ls, le), page=_page(line_pages, ls)),
            )
        )
    return out


def _page(line_pages: list[int] | None, ls: int) -> int | None:
    if line_pages and 0 < ls <= len(line_pages) and isinstance(line_pages[ls - 1], int) and line_pages[ls - 1] >= 1:
        return line_pages[ls - 1]
    return None


def _richness(r: LegalReference) -> int:
    return sum(x is not None for x in (r.doc_type, r.date, r.issuer))


def extract_legal(
    paras: list[Para], own_number: str | None, warnings: list[str], line_pages: list[int] | None = None
) -> list[LegalReference]:
    """Every cited document, deduplicated by number (first place kept, richest details kept)."""
    found: dict[str, int] = {}
    out: list[LegalReference] = []
    own = (own_number or "").upper().replace(" ", "")
    texts: set[str] = set()
    for p in paras:
        if _UNNUMBERED.match(p.text) or ";" in p.text and re.search(r";\s*Căn cứ\s", p.text):
            for r in unnumbered_refs(p, warnings, line_pages):
                if r.text not in texts:
                    texts.add(r.text)
                    out.append(r)
        for r in refs_in_para(p, warnings, line_pages):
            key = (r.number or "").upper()
            if not key or key == own:
                continue
            if key in found:
                i = found[key]
                if _richness(r) > _richness(out[i]):
                    out[i] = r.model_copy(update={"evidence": r.evidence})
                continue
            found[key] = len(out)
            out.append(r)
    return out
