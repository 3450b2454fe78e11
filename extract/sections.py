"""Split a plan into Roman-numbered parts ("I. MỤC ĐÍCH, YÊU CẦU" …), nested items and appendices."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re
from rapidfuzz import fuzz

from ..schemas import Section
from .reflow import Para, reflow
from .text import BEHALF_START, fold, recipients_label

KIND_PATTERNS: dict[str, list[str]] = {
    "purpose": ["muc dich yeu cau", "muc dich", "yeu cau", "quan diem chi dao", "muc dich y nghia"],
    "targets": ["chi tieu", "muc tieu", "muc tieu phan dau", "muc tieu cu the", "muc tieu chung", "chi tieu ke hoach"],
    "tasks": [
        "nhiem vu giai phap",
        "nhiem vu va giai phap",
        "noi dung",
        "noi dung va giai phap",
        "noi dung trien khai",
        "giai phap",
        "nhiem vu trong tam",
        "cac nhiem vu",
        "nhiem vu cu the",
        "noi dung thuc hien",
        "cac hoat dong",
    ],
    "funding": ["kinh phi", "kinh phi thuc hien", "nguon kinh phi", "nguon luc thuc hien"],
    "implementation": ["to chuc thuc hien", "phan cong nhiem vu", "trach nhiem thuc hien", "phan cong thuc hien"],
    "reporting": ["che do bao cao", "che do thong tin bao cao", "thong tin bao cao", "bao cao"],
}

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


_NOT_AZ = re.compile(r"[^a-z ]+")
_HEADING_FILLER = re.compile(r"\b(nam|giai doan|den|tu)\b")
_WS_RUN = re.compile(r"\s+")


def _norm_heading(heading: str) -> str:
    h = fold(heading)
    h = _NOT_AZ.sub(" ", h)
    h = _HEADING_FILLER.sub(" ", h)
    return _WS_RUN.sub(" ", h).strip()


def heading_scores(heading: str) -> dict[str, float]:
    """Fuzzy score of a heading against each part kind: "MUC PICH, YEU CAU" → purpose ≈ 94."""
    h = _norm_heading(heading)[:80]
    out: dict[str, float] = {}
    if not h:
        return out
    for kind, pats in KIND_PATTERNS.items():
        best = 0.0
        for p in pats:
            s = fuzz.ratio(h, p)
            if len(h) > len(p) + 2 and len(p) >= 7:
                al = fuzz.partial_ratio_alignment(p, h)
                if al is not None:
                    # earlier matches weigh a little more ("TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO")
                    s = max(s, al.score - min(8.0, al.dest_start / 6))
            best = max(best, s)
        out[kind] = best
    return out


def classify_heading(heading: str, threshold: float = 75.0) -> str:
    """Kind of a part from its heading: "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN" → "tasks", "CHE PQ BAO CAO" → "reporting"."""
    scores = heading_scores(heading)
    if not scores:
        return "other"
    kind = max(scores, key=lambda k: scores[k])
    return kind if scores[kind] >= threshold else "other"


def roman_value(token: str) -> int | None:
    """Read an OCR-damaged Roman numeral: "I11" → 3, "Il" → 2, "|" → 1, "1V" → 4."""
    t = re.sub(r"[l|1!]", "I", token).upper()
    if not t or any(c not in _ROMAN_VALUES for c in t):
        return None
    total = 0
    for i, c in enumerate(t):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[t[i + 1]] if i + 1 < len(t) else 0
        total += -v if v < nxt else v
    return total if total > 0 else None


_INT_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


def to_roman(n: int) -> str:
    return _INT_ROMAN[n] if 0 < n < len(_INT_ROMAN) else str(n)


@dataclass
class Node:
    """A part or nested item with its own paragraphs."""

    kind: str
    number: str | None
    heading: str
    head: Para | None
    level: int
    paras: list[Para] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def all_paras(self) -> list[Para]:
        out = list(self.paras)
        for c in self.children:
            if c.head is not None:
                out.append(c.head)
            out.extend(c.all_paras())
        return sorted(out, key=lambda p: (p.start, p.end))

    @property
    def start(self) -> int:
        if self.head is not None:
            return self.head.start
        ps = self.all_paras()
        return ps[0].start if ps else 1

    @property
    def end(self) -> int:
        ps = self.all_paras()
        last = max((p.end for p in ps), default=self.start)
        if self.head is not None:
            last = max(last, self.head.end)
        return max(last, self.start)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Layout:
    """The reflowed document: preamble paragraphs, parts, closing (signature, recipients) and appendices."""

    paras: list[Para]
    front: list[Para]
    parts: list[Node]
    closing: list[Para]
    appendices: list[Node]


_CLOSING_SIGN = re.compile(rf"^\s*{BEHALF_START}")


def _is_closing(p: Para) -> bool:
    return recipients_label(p.text) or bool(_CLOSING_SIGN.match(p.text))


def _top_candidates(paras: list[Para], limit: int) -> list[tuple[int, int, str]]:
    """(index, value, heading) of the top-level part headings among paras[:limit]."""
    out: list[tuple[int, int, str]] = []
    prev = 0
    for i, p in enumerate(paras[:limit]):
        if p.marker == "roman" and p.number is not None:
            # (a stroke's foot read L: "IL. NHIỆM VỤ" is II or III — no plan has forty parts)
            damaged = bool(re.search(r"[l|1!]", p.number)) or "L" in p.number
            v = roman_value(p.number)
            if v is not None and v <= prev and _caps(p.body) and classify_heading(p.body) != "other":
                damaged = True  # "I. NHIỆM VỤ" after "II." is a misread "III."
            if damaged or v is None:
                v = prev + 1 if (v is None or v <= prev or v > prev + 2) else v
            if v <= prev or v > 20:
                continue
            out.append((i, v, p.body))
            prev = v
        elif p.marker == "num" and p.number in ("1", "11", "111") and prev and out and _caps(p.body) and \
                classify_heading(p.body) != "other":  # a part's strokes read as figures between Roman parts ("I.",
            # "III. CHỈ TIÊU", "1. NHIỆM VỤ VÀ GIẢI PHÁP", "IV.": real Tesseract-eng on fresh seed 1586, the tasks lost)
            out.append((i, prev + 1, p.body))
            prev += 1
        elif p.marker == "part" and p.number is not None:
            v = roman_value(p.number) if not p.number.isdigit() else int(p.number)
            if v is None or v <= prev:
                continue
            out.append((i, v, p.body or p.text))
            prev = v
    out = _fill_lost_numbers(paras, out)
    if len(out) >= 1:
        # "1. MỤC ĐÍCH, YÊU CẦU" left by OCR in place of "I." before "II."
        first_i, first_v, _ = out[0]
        if first_v == 2:
            for i in range(first_i - 1, -1, -1):
                p = paras[i]
                if p.marker == "num" and p.number == "1" and _caps(p.body) and classify_heading(p.body) != "other":
                    out.insert(0, (i, 1, p.body))
                    break
        return out
    # other numbering: "1. MỤC ĐÍCH, YÊU CẦU" / "A. MỤC TIÊU" in capitals
    for i, p in enumerate(paras[:limit]):
        if p.marker == "num" and p.number and "." not in p.number and _caps(p.body):
            if classify_heading(p.body) != "other":
                out.append((i, int(p.number), p.body))
    if out:
        return out
    for i, p in enumerate(paras[:limit]):
        m = re.match(r"^\s*([A-H])\s*[.)]\s*(\S.*)$", p.text)
        body = m.group(2) if m else p.text
        if (m or p.marker is None) and _caps(body) and len(body) < 100 and classify_heading(body, 82) != "other":
            out.append((i, len(out) + 1, body))
    return out


#: what a scan left of a part's lost number before its title: specks, or a numeral read as a short word ("ỦY. CHỈ
#: TIÊU", "I-CHỈ TIÊU" for "II. CHỈ TIÊU", fresh seeds 1272 and 1300 eng: the targets had been lost)
_LEAD_JUNK = re.compile(r"^(?:[\W\d_]+|\p{Lu}{1,3}\s*[.,:\-]\s*(?=\p{Lu}{2}))+")


def _fill_lost_numbers(paras: list[Para], out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A part whose number the scan lost: between "IV." and "VI." a paragraph in capitals that reads as a
    part heading of another kind than its neighbours ("_ 10 CHU THUC HIEN" → part V, implementation). Where none
    stands in the gap but one stands before the part that opens it, that part's numeral lost a stroke: "I. MỤC ĐÍCH" /
    "ỦY. CHỈ TIÊU" / "II. NHIỆM VỤ" / "IV. KINH PHÍ" (the scan's "III." read "IL.", fresh seeds 1272 and 1300 eng:
    the targets had been lost) is I, II, III, IV."""
    if len(out) < 2:
        return out
    filled: list[tuple[int, int, str]] = []
    for (i, v, head), nxt in zip(out, [*out[1:], None], strict=True):
        filled.append((i, v, head))
        if nxt is not None and v + 3 <= nxt[1] <= v + 4:  # two or three parts lost between: each of its own kind
            lost = _lost_headings(paras, i + 1, nxt[0], {classify_heading(head), classify_heading(nxt[2])})
            if len(lost) == nxt[1] - v - 1:
                filled += [(k, v + 1 + n, body) for n, (k, body) in enumerate(lost)]
            continue
        if nxt is None or nxt[1] != v + 2:
            continue
        best = _lost_heading(paras, i + 1, nxt[0], {classify_heading(head), classify_heading(nxt[2])})
        if best is not None:
            filled.append((best[0], v + 1, best[1]))
        elif len(filled) >= 2 and filled[-2][1] == v - 1 and (before := _lost_heading(
                paras, filled[-2][0] + 1, i, {classify_heading(filled[-2][2]), classify_heading(head)})) is not None:
            filled[-1:] = [(before[0], v, before[1]), (i, v + 1, head)]
    return filled


def _lost_headings(paras: list[Para], lo: int, hi: int, around: set[str]) -> list[tuple[int, str]]:
    """Every paragraph among ``paras[lo:hi]`` that reads as an unnumbered part heading (:func:`_unnumbered_heading`)
    of a kind not ``around``, in their order: "I. MỤC ĐÍCH" / "MW. CHỈ TIÊU" / "AL. NHIỆM VỤ VÀ GIẢI PHÁP" / "IV. KINH
    PHÍ" → the two between (real Tesseract-eng on fresh seed 6961, the targets and tasks lost); empty where two are
    of one kind."""
    found: list[tuple[int, str]] = []
    kinds: set[str] = set()
    for k in range(lo, hi):
        heading = _unnumbered_heading(paras[k], around)
        if heading is not None:
            if heading[0] in kinds:
                return []
            kinds.add(heading[0])
            found.append((k, heading[1]))
    return found


def _lost_heading(paras: list[Para], lo: int, hi: int, around: set[str]) -> tuple[int, str] | None:
    """The paragraph among ``paras[lo:hi]`` that reads best as an unnumbered part heading of a kind not ``around``
    (:func:`_unnumbered_heading`): (its index, its title), or None."""
    best: tuple[float, int, str] | None = None
    for k in range(lo, hi):
        heading = _unnumbered_heading(paras[k], around)
        if heading is not None and (best is None or heading[2] > best[0]):
            best = (heading[2], k, heading[1])
    return (best[1], best[2]) if best is not None else None


def _unnumbered_heading(p: Para, around: set[str]) -> tuple[str, str, float] | None:
    """A paragraph read as a part heading whose number a scan lost, of a kind not ``around``: a short one in capitals
    after what :data:`_LEAD_JUNK` takes off, scoring 75 or more — (its kind, its title, its score), or None."""
    body = _LEAD_JUNK.sub("", p.text)
    if p.marker in ("num", "alpha") or (p.marker == "bullet" and len(body) > 40) or len(body) > 100 or not _caps(body):
        return None  # (a short heading after specks a scan read as a dash is one: "-_!, CHỈ TIÊU", fresh seed 993)
    scores = heading_scores(body)
    kind = max(scores, key=scores.__getitem__) if scores else "other"
    return (kind, body, scores[kind]) if kind not in around and scores.get(kind, 0.0) >= 75.0 else None


def _caps(s: str) -> bool:
    letters = [c for c in s[:60] if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _level(p: Para) -> int | None:
    if p.marker == "num" and p.number:
        return p.number.count(".") + 1
    if p.marker == "alpha":
        return 10
    return None


def _build_children(parent: Node, paras: list[Para]) -> None:
    stack: list[Node] = [parent]
    for p in paras:
        lvl = _level(p)
        if lvl is None:
            stack[-1].paras.append(p)
            continue
        while len(stack) > 1 and stack[-1].level >= lvl:
            stack.pop()
        num = p.number or ""
        if p.marker == "alpha":
            owner = stack[-1]
            num = f"{owner.number}.{p.number}" if owner is not parent and owner.number else (p.number or "")
        node = Node(kind=parent.kind, number=num, heading=p.body, head=p, level=lvl)
        sub = classify_sub(p.body)
        if sub is not None:
            node.kind = sub
        else:
            node.kind = stack[-1].kind
        stack[-1].children.append(node)
        stack.append(node)


def classify_sub(heading: str) -> str | None:
    """Kind of a nested item only when its heading is a part name itself: "1. Chỉ tiêu năm 2022" → "targets"."""
    h = _norm_heading(heading)
    if not h or len(h) > 50:
        return None
    best, kind = 0.0, None
    for k, pats in KIND_PATTERNS.items():
        for pat in pats:
            s = fuzz.ratio(h, pat)
            if s > best:
                best, kind = s, k
    return kind if best >= 88 else None


def layout(text: str) -> Layout:
    """Reflow ``text`` and find its parts, closing block and appendices."""
    paras = reflow(text)
    app_idx = next((i for i, p in enumerate(paras) if p.marker == "appendix"), len(paras))
    closing_idx = next((i for i, p in enumerate(paras[:app_idx]) if _is_closing(p) and i > 0), app_idx)
    cands = _top_candidates(paras, closing_idx)
    parts: list[Node] = []
    front = paras[: cands[0][0]] if cands else paras[:closing_idx]
    for k, (i, v, heading) in enumerate(cands):
        j = cands[k + 1][0] if k + 1 < len(cands) else closing_idx
        head = paras[i]
        node = Node(kind=classify_heading(heading), number=to_roman(v), heading=heading.strip(), head=head, level=0)
        _build_children(node, paras[i + 1 : j])
        parts.append(node)
    closing = paras[closing_idx:app_idx]
    appendices: list[Node] = []
    idxs = [i for i, p in enumerate(paras) if p.marker == "appendix"]
    for k, i in enumerate(idxs):
        j = idxs[k + 1] if k + 1 < len(idxs) else len(paras)
        head = paras[i]
        m = re.match(r"^\s*(?:PHỤ LỤC|Phụ lục|PHU LUC|Phu luc)\s*([IVXl|1-9]*)\b", head.text)
        number = m.group(1) if m and m.group(1) else None
        node = Node(kind="appendix", number=number, heading=head.text.strip(), head=head, level=0)
        node.paras = paras[i + 1 : j]
        appendices.append(node)
    return Layout(paras=paras, front=front, parts=parts, closing=closing, appendices=appendices)


def _page(line_pages: list[int] | None, line: int) -> int | None:
    if not line_pages or line - 1 >= len(line_pages) or line < 1:
        return None
    pg = line_pages[line - 1]
    return pg if isinstance(pg, int) and pg >= 1 else None


def node_to_section(node: Node, line_pages: list[int] | None = None) -> Section:
    """Turn an internal node into the published ``Section`` model."""
    body = [p.text for p in node.all_paras()]
    start = node.start
    end = max(node.end, start)
    return Section(
        kind=node.kind,  # type: ignore[arg-type]
        number=node.number or None,
        heading=node.heading or "",
        text="\n".join(body),
        line_start=max(1, start),
        line_end=max(1, end),
        page=_page(line_pages, start),
        subsections=[node_to_section(c, line_pages) for c in node.children],
    )


def split_sections(text: str, *, line_pages: list[int] | None = None) -> list[Section]:
    """Parts and appendices of a plan: "I. MỤC ĐÍCH, YÊU CẦU" → Section(kind="purpose", number="I", …)."""
    try:
        lay = layout(text if isinstance(text, str) else "")
    except Exception:  # noqa: BLE001 - never raise on odd input
        return []
    return sections_from_layout(lay, line_pages)


def sections_from_layout(lay: Layout, line_pages: list[int] | None = None) -> list[Section]:
    out: list[Section] = []
    for n in [*lay.parts, *lay.appendices]:
        try:
            out.append(node_to_section(n, line_pages))
        except Exception:  # noqa: BLE001
            continue
    return out
