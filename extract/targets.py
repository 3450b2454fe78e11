"""Target indicators: "Phấn đấu tỷ lệ lao động qua đào tạo đạt từ 72,2%" → value 72.2, unit "%", qualifier "từ"."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re
from pydantic import ValidationError

from ..schemas import Evidence, TargetIndicator
from .legal import NUMBER as DOC_NUMBER
from .reflow import Para, clean_line
from .sections import Layout, Node
from .text import DATE_SLASH, NUM_RE, fold, parse_vn_number, squash, table_cells

UNITS = (
    "lượt người",
    "lượt lao động",
    "nghìn người",
    "ngàn người",
    "học sinh",
    "sinh viên",
    "học viên",
    "lao động",
    "người",
    "trường",
    "cơ sở",
    "giáo viên",
    "nhà giáo",
    "doanh nghiệp",
    "chương trình",
    "trung tâm",
    "lớp",
    "tỷ đồng",
    "triệu đồng",
    "nghề",
)
#: units counted in wholes (people, schools, classes): a comma before three digits in their count groups thousands
_WHOLE_UNITS = frozenset(UNITS) - {"tỷ đồng", "triệu đồng", "nghìn người", "ngàn người"}
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
#: (a two-word unit's words a scan's hyphen may join: "1.450 .lao-động nông thôn", fresh seed 1099 eng: the target had
#: been lost)
_BASE_ALT = "|".join(re.escape(u).replace(r"\ ", r"[ \-]") for u in sorted(UNITS, key=len, reverse=True)
                     if not u.startswith("lượt"))
_UNIT_ALT = rf"lượt\s+(?:{_BASE_ALT})|lượt|{_BASE_ALT}"


def _unit_name(read: str) -> str:
    """A unit as :data:`UNITS` writes it: ``"Lao-động"`` → "lao động"."""
    return squash(read.replace("-", " ")).lower()


QUALIFIERS = (
    "không dưới",
    "không quá",
    "ít nhất",
    "tối thiểu",
    "tối đa",
    "trên",
    "khoảng",
    "từ",
    "dưới",
    "hơn",
    "gần",
    "trở lên",
    "xấp xỉ",
)
_QUAL_ALT = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
#: a speck read as a stop between a number and its unit ("5.500. người"), or as a hyphen for the space ("1.500-người"),
#: or as a comma when the unit ends the clause ("Tuyển sinh 5.300, người."; a comma before more is a list's)
_STOP_BEFORE_UNIT = (r"(?-i:[.:]\s*(?=\p{Ll})|-(?=\p{Ll})"  # (glued too: "650.lao động"; a colon: "650: lao động")
                     rf"|,\s*(?=(?:{_UNIT_ALT})\b[^,;\d]*$))")
#: a percentage written the English way, its decimal a stop ("đạt 62.3%": a scan's or an English-model text's)
_PCT_POINT = r"\d{1,2}\.\d{1,2}(?=\s*%)"
_IND = re.compile(
    rf"(?<![\d/,\p{{L}}])(?<!\d[.,])(?P<v>{_PCT_POINT}|{NUM_RE})\s*(?:(?P<pct>%)\s*(?:[-–]|đến)\s*(?P<v2a>{NUM_RE})\s*%?"
    rf"|(?:[-–]|đến)\s*(?P<v2b>{NUM_RE})\s*%|(?P<pct3>%)|{_STOP_BEFORE_UNIT}?(?P<unit>{_UNIT_ALT})\b)",
    re.I,
)
_MASKS = [
    re.compile(rf"(?:số|Số)?\s*{DOC_NUMBER}"),
    re.compile(DATE_SLASH),
    re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|tháng\s+\d{1,2}"),
    re.compile(r"(?:Quý|quý|lần thứ|lớp|khóa|khoá|Mục|mục|Điều|điều|Khoản|khoản)\s+\d+(?:\.\d+)*"),
]
#: a year, masked before counts are read: not a number of people after a count's verb, its thousands' stop lost
#: ("Tuyển sinh 2000 người": sample 000's engine on fresh seed 2605 eng000, the target lost); "năm 2025 người lao
#: động …" is a year
_YEAR_MASK = re.compile(r"(?<![\d/.,])(?:19[5-9]\d|20\d\d)(?!\d)"
                        r"(?<!(?i:sinh|tạo|cho|nghề|mới|đạt)\s+\d{4}(?=\s+(?:người|lao động|học viên|lượt)\b))")
_YEAR_PHRASE = re.compile(r"(?:đến|tới)?\s*(?:cuối\s+)?năm\s+(?:học\s+)?(?P<y>19[5-9]\d|20\d\d)\b")


def _mask(s: str, rxs: Iterable[re.Pattern]) -> str:
    for rx in rxs:
        s = rx.sub(lambda m: " " * len(m.group(0)), s)
    return s


def clause_year(clause: str) -> int | None:
    """Year a clause speaks of: "Đến cuối năm 2024, tỷ lệ … đạt 87%" → 2024 (dates of cited documents ignored)."""
    masked = _mask(clause, _MASKS)
    m = _YEAR_PHRASE.search(masked)
    return int(m.group("y")) if m else None


_CLAUSE_SPLIT = r";\s*|:\s+(?=(?:ít nhất|tối thiểu|khoảng|trên)?\s*\d{1,3}\s*%)|\.\s+(?=\p{Lu})"


def split_clauses(text: str) -> list[tuple[int, str]]:
    """Clauses at ";" and sentence ends, with their offsets: "a đạt 72,2%; Trong đó b đạt 51,2%." → 2 clauses."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(_CLAUSE_SPLIT, text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(o, c) for o, c in out if c.strip()]


def _qualifier(before: str) -> str | None:
    m = re.search(rf"\b({_QUAL_ALT})\s*$", before)
    return m.group(1).lower() if m else None


def _make(warnings: list[str], **kw: object) -> TargetIndicator | None:
    try:
        return TargetIndicator(**kw)  # type: ignore[arg-type]
    except ValidationError as e:
        msg = e.errors()[0].get("msg", "invalid")
        warnings.append(f"targets: dropped value in {str(kw.get('text'))[:60]!r}: {msg}")
        kw2 = dict(kw)
        kw2["value"] = None
        kw2["value_max"] = None
        try:
            return TargetIndicator(**kw2)  # type: ignore[arg-type]
        except ValidationError:
            return None


def indicators_in_para(
    p: Para,
    year_ctx: int | None,
    plan_year: int | None,
    warnings: list[str],
    line_pages: list[int] | None,
    require: str | None = None,
) -> list[TargetIndicator]:
    """Indicators of one paragraph; ``require`` keeps only clauses whose folded text contains it."""
    out: list[TargetIndicator] = []
    para_year = clause_year(p.text)
    for off, clause in split_clauses(p.text):
        if require and require not in fold(clause):
            if not (require == "phan dau" and "phan dau" in fold(p.text) and re.search(r"\d\s*%", clause)):
                continue
        masked = _mask(clause, [*_MASKS, _YEAR_MASK])
        year = clause_year(clause) or year_ctx or para_year or plan_year
        found = len(out)
        for m in _IND.finditer(masked):
            v = parse_vn_number(m.group("v"))
            if v is None:
                continue
            v2s = m.group("v2a") or m.group("v2b")
            v2 = parse_vn_number(v2s) if v2s else None
            unit = (
                "%" if (m.group("pct") or m.group("pct3") or m.group("v2b")) else _unit_name(m.group("unit") or "")
            )
            if unit in _WHOLE_UNITS and _THOUSANDS_COMMA.fullmatch(m.group("v")):
                v = float(m.group("v").replace(",", ""))  # "1,750 lao động": no 1.75 workers (an English-style count)
            qual = _qualifier(masked[max(0, m.start() - 14) : m.start()])
            ls = p.line_at(off + m.start())
            ev = _evidence(ls, p.line_at(off + m.end() - 1), line_pages)
            t = _make(
                warnings,
                text=squash(clause).lstrip("-–•+* "),
                value=v,
                value_max=v2,
                unit=unit or None,
                qualifier=qual,
                year=year,
                evidence=ev,
            )
            if t is not None:
                out.append(t)
            rest = clause[m.end() :]
            bm = re.match(r"^\s*\(([^()]*)\)", rest)
            if bm and unit != "%":
                out.extend(_breakdown(bm.group(1), off + m.end() + bm.start(1), p, unit, year, warnings, line_pages))
        if len(out) == found and _RATE_WORDS.search(fold(clause)) and (r := _RATE_WITHOUT_SIGN.search(masked)):
            # a rate whose "%" a scan lost ("Tỷ lệ lao động qua đào tạo đạt 66,9."): a rate is a percentage
            t = _make(warnings, text=squash(clause).lstrip("-–•+* "), value=parse_vn_number(r.group("v")),
                      value_max=None, unit="%", qualifier=_qualifier(masked[max(0, r.start("v") - 14):r.start("v")]),
                      year=year, evidence=_evidence(p.line_at(off + r.start("v")), p.line_at(off + r.end("v") - 1),
                                                    line_pages))
            if t is not None:
                out.append(t)
    return out


#: "tỷ lệ" (folded), a speck's stop maybe between its words ("- Tỷ. lệ lao động qua đào tạo đạt 78,3": real
#: Tesseract-eng on fresh seed 11474, the rate lost)
_RATE_WORDS = re.compile(r"\bty[.,]?\s+le\b")
#: a rate's value ending its clause with no sign after it: "… đạt 66,9." (up to 100, a decimal comma or stop)
_RATE_WITHOUT_SIGN = re.compile(rf"\b(?:đạt|là)\s+(?:(?:{_QUAL_ALT})\s+)?(?P<v>100|\d{{1,2}}(?:[.,]\d{{1,2}})?)"
                                r"\s*[.;]?\s*$", re.I)


def _breakdown(
    inner: str, base: int, p: Para, unit: str, year: int | None, warnings: list[str], line_pages: list[int] | None
) -> list[TargetIndicator]:
    """ "trong đó: cao đẳng 25.000, trung cấp 28.000" → labelled indicators "cao đẳng" 25000, "trung cấp" 28000."""
    out: list[TargetIndicator] = []
    pos = 0
    body = re.sub(r"^\s*(?:trong đó|Trong đó|gồm|bao gồm)\s*[:,]?\s*", lambda m: " " * len(m.group(0)), inner)
    for piece in re.split(r"[,;]", body):
        start = pos
        pos += len(piece) + 1
        m = re.match(rf"^\s*(?P<label>\D.*?)\s+(?P<v>{NUM_RE})\s*(?P<unit>%|{_UNIT_ALT})?\s*$", piece)
        if not m:
            continue
        v = parse_vn_number(m.group("v"))
        if v is None:
            continue
        u = _unit_name(m.group("unit") or unit or "") or None
        ls = p.line_at(base + start)
        t = _make(
            warnings,
            text=squash(piece),
            value=v,
            unit=u,
            year=year,
            label=squash(m.group("label")),
            evidence=_evidence(ls, p.line_at(base + pos - 1), line_pages),
        )
        if t is not None:
            out.append(t)
    return out


def _evidence(ls: int, le: int, line_pages: list[int] | None) -> Evidence:
    page = None
    if line_pages and 0 < ls <= len(line_pages) and isinstance(line_pages[ls - 1], int) and line_pages[ls - 1] >= 1:
        page = line_pages[ls - 1]
    return Evidence(line_start=max(1, ls), line_end=max(ls, le, 1), page=page)


def _node_year(node: Node) -> int | None:
    return clause_year(node.heading) if node.heading else None


def _intro_years(paras: list[Para]) -> dict[int, int]:
    """Year announced by intro lines ("Mục tiêu đến năm 2025:") for the paragraphs after them."""
    out: dict[int, int] = {}
    cur: int | None = None
    for p in paras:
        if p.text.rstrip().endswith(":") and p.marker in (None, "num", "alpha"):
            y = clause_year(p.text)
            if y:
                cur = y
        if cur:
            out[id(p)] = cur
    return out


_ROW = re.compile(
    rf"^(?:(?P<tt>\d{{1,3}}|[IVX]{{1,4}})\.?\s+)?(?P<label>.*?\S)\s+(?P<unit>%|{_UNIT_ALT})\s*[-–~]?\s*(?P<v>{NUM_RE})"
    r"(?:\s+[.,:;'\"’‘`_~|-]{1,2})?\s*$",  # a scan's speck after the value, apart from it: "Người 200 ."
    re.I,
)


def appendix_rows(
    node: Node, lines: list[str], plan_year: int | None, warnings: list[str], line_pages: list[int] | None
) -> list[TargetIndicator]:
    """Table rows of an appendix: "1 Quận Hoàng Mai Người 365" → label "Quận Hoàng Mai", value 365, unit "người"
    (a scan may lose the space before the value, "Người365", or leave a speck before or after it, "Người-1.056",
    "Người 200 .")."""
    out: list[TargetIndicator] = []
    start, end = node.start, node.end
    caption = " ".join(p.text for p in node.all_paras()[:4]) + " " + node.heading
    year = clause_year(caption) or plan_year
    for ln in range(start, min(end, len(lines)) + 1):
        s = clean_line(lines[ln - 1])
        m = _ROW.match(s)
        if not m:
            continue
        label = re.sub(r"^(?:Trong đó|trong đó)\s*,?\s*", "", m.group("label")).strip(" ,:")
        v = parse_vn_number(m.group("v"))
        if v is None or not label:
            continue
        t = _make(
            warnings,
            text=s,
            value=v,
            unit=_unit_name(m.group("unit")),
            year=year,
            source="appendix",
            label=label,
            evidence=_evidence(ln, ln, line_pages),
        )
        if t is not None:
            out.append(t)
    return out


def extract_targets(
    lay: Layout, lines: list[str], plan_year: int | None, warnings: list[str], line_pages: list[int] | None = None
) -> list[TargetIndicator]:
    """Targets from targets parts/items, "Phấn đấu …" sentences elsewhere, and appendix tables."""
    out: list[TargetIndicator] = []
    seen: set[int] = set()
    for part in lay.parts:
        for node in part.walk():
            if node.kind != "targets":
                continue
            ctx = _node_year(node) or (_node_year(part) if part.kind == "targets" else None)
            paras = ([node.head] if node.head is not None and node is not part else []) + node.all_paras()
            intro = _intro_years(paras)
            for p in paras:
                if id(p) in seen:
                    continue
                seen.add(id(p))
                out.extend(indicators_in_para(p, intro.get(id(p), ctx), plan_year, warnings, line_pages))
    for part in lay.parts:
        for node in part.walk():
            paras = ([node.head] if node.head is not None and node is not part else []) + node.paras
            for p in paras:
                if id(p) in seen or "phan dau" not in fold(p.text):
                    continue
                seen.add(id(p))
                out.extend(indicators_in_para(p, None, plan_year, warnings, line_pages, require="phan dau"))
    for app in lay.appendices:
        out.extend(appendix_rows(app, lines, plan_year, warnings, line_pages))
    in_appendix = {ln for app in lay.appendices for ln in range(app.start, app.end + 1)}
    out.extend(table_targets(lines, plan_year, warnings, line_pages, in_appendix))
    return out


_YEAR_IN_HEADING = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _target_columns(cells: list[str]) -> tuple[int, int | None, dict[int, tuple[int | None, str | None]]] | None:
    """A targets table's heading row: the column of the rows' names ("Chỉ tiêu", "Nội dung"; or "Đơn vị", "Địa phương"
    for a table by district), of their unit ("Đơn vị tính", "ĐVT"), and of their values, each with the year its
    heading names ("Năm 2023", "Kế hoạch 2024"; None: the plan's) and the unit it names ("Chỉ tiêu tuyển sinh
    (người)"); None when the row heads no such table (a unit or a year is needed, and a value's column)."""
    label = place = unit = None
    values: dict[int, tuple[int | None, str | None]] = {}
    for k, cell in enumerate(cells):
        f = squash(fold(cell)).strip(" .:*")
        if not f or len(f) > 80:
            continue
        if re.search(r"chu tri|phoi hop|thoi gian|thoi han|tien do", f):
            return None  # (a task table's heading: its agencies and times are no targets)
        if re.match(r"(?:kinh phi|du toan|nguon|thanh tien|ghi chu)", f):
            continue  # (money a task costs is no target)
        named = re.search(rf"\(\s*({_UNIT_ALT}|%)\s*\)", cell, re.I)
        year = _YEAR_IN_HEADING.search(f)
        if unit is None and f in ("don vi tinh", "dvt"):
            unit = k
        elif place is None and f in ("don vi", "ten don vi", "dia phuong", "dia ban", "quan, huyen", "quan huyen"):
            place = k
        elif year or named or re.search(r"^(?:so luong|ke hoach|muc tieu|gia tri)", f):
            values[k] = (int(year.group(1)) if year else None, named.group(1).lower() if named else None)
        elif label is None and re.search(r"^(?:ten )?(?:chi tieu|noi dung|danh muc|linh vuc|nganh nghe)", f):
            label = k
    label = label if label is not None else place
    if label is None or not values or (unit is None and all(y is None and u is None for y, u in values.values())):
        return None
    return label, unit, values


def table_targets(lines: list[str], plan_year: int | None, warnings: list[str], line_pages: list[int] | None = None,
                  in_appendix: set[int] | frozenset[int] = frozenset()) -> list[TargetIndicator]:
    """Targets from a table whose heading row names its columns ("STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm
    2024"): each row's value in each value column is a target, with the row's name as its label, its unit, and the
    column's year (the plan's where the heading names none). Only text whose tables came as rows (" | ": DOCX, ODT,
    .doc, RTF, HTML) has them; a scan's appendix rows are :func:`appendix_rows`'."""
    out: list[TargetIndicator] = []
    columns = None
    width = 0
    for n, line in enumerate(lines, start=1):
        cells = table_cells(line)
        if cells is None:
            columns = None
            continue
        found = _target_columns(cells)
        if found is not None:
            columns, width = found, len(cells)
            continue
        if columns is None or len(cells) != width:
            continue
        label_at, unit_at, values = columns
        label = squash(cells[label_at]).strip(" :;")
        row_unit = squash(cells[unit_at]).lower() if unit_at is not None else None
        if not label:
            continue
        for k, (year, named) in values.items():
            unit = row_unit or named
            value = parse_vn_number(cells[k].strip(" %")) if re.fullmatch(rf"\s*(?:{NUM_RE})\s*%?\s*", cells[k]) \
                else None
            if value is None:
                continue
            t = _make(warnings, text=squash(line), value=value, unit=unit or ("%" if "%" in cells[k] else None),
                      year=year or plan_year, source="appendix" if n in in_appendix else "section", label=label,
                      evidence=_evidence(n, n, line_pages))
            if t is not None:
                out.append(t)
    return out
