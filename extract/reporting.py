"""Reporting obligations: "Báo cáo năm gửi Sở Lao động - Thương binh và Xã hội … trước ngày 15/12/2024"."""

from __future__ import annotations

import datetime as dt

import regex as re

from ..schemas import ReportingObligation
from .reflow import Para
from .sections import Layout
from .tasks import _ev
from .text import SPECK_AFTER_SO, fold, make_date, squash

_FREQ: list[tuple[str, re.Pattern]] = [
    ("monthly", re.compile(r"\b(?:hang|hằng) thang\b|bao cao thang\b")),
    ("quarterly", re.compile(r"\b(?:hang|hằng) quy\b|bao cao quy\b|dinh ky quy\b")),
    ("semiannual", re.compile(r"\b(?:0?6|sau) thang\b|nua nam\b|so ket\b")),
    ("annual", re.compile(r"\b(?:hang|hằng) nam\b|bao cao nam\b|cuoi nam\b|tong ket\b")),
    ("ad_hoc", re.compile(r"dot xuat|khi co yeu cau|neu phat sinh|phat sinh kho khan")),
    ("periodic", re.compile(r"dinh ky")),
]
#: (its "trước" misread as a scan may leave it: "trụ ngày 10/12/2022", "trưc ngày", "trưrớe ngày"; not "trong ngày"; a
#: speck before a whole date: "trước ngày 1 17/12/2024"; a hyphen for the space: "trước-ngày 18/12/2023", a speck's
#: colon or stop: "trước: ngày 06/12/2018"; its r read as n, "tnwac ngày 16/12/2022"; a question mark after "ngày":
#: "trước ngày? 22/12/2016", real Tesseract-eng on fresh seed 5705; a speck glued after its word: "trudéc¢ ngày", 6253;
#: its t a bracket: "[rước ngày: 21/12/2017", vetplan's OCR of fresh seed 3879's scan)
_DEADLINE = re.compile(
    r"(?<!\p{L})[bl]?(?:(?:trước|tr(?!ong\b)\p{L}{1,5}|tn\p{L}{1,4}|[\[(]r\p{L}{2,4}"
    r"|tr\p{L}{0,2} \p{L}{1,3}c)[¢'’‘`]?"  # (its word parted by a speck's quote, read as two: "trụ đốc ngày,
    # 22/12/2020" of "tru’déc", real Tesseract-eng on fresh seed 10901)
    r"(?: |\s*[-–—]{1,2}\s*|[:.,]\s*)ngày"  # (a speck's dashes after it, "trước —- ngày 13/12/2022", 11000;
    # "truwddc ngày"; a comma, "trước, ngày.20/ 12/2020", real Tesseract-eng on fresh seed 9567, the deadline lost;
    # a speck's letter glued before it, "btruwéc ngày", fresh seed 384 eng000)
    # (or, in a symbol code's repair, "trước" with a stand-in's leftover after it or glued to an unmarked "ngay" the
    # decoder left: "trước-Có ngày", "truaelngay 07/12/2019", "trước ngay07/12/2018", fresh seeds 551, 554, 561 code004)
    r"|t[rn](?!ong)\p{L}{1,5}?(?:-\p{L}{1,2}[ ]|\p{L}{0,2}[ ]?)ng(?:ày|ay)(?=[ ]?\d)"  # (its r read n too:
    # "tnracngay 19/12/2022", fresh seed 902 code004)
    r"|th\p{L}{1,4}-\p{L}{1,2}[ ]ng(?:ày|ay)(?=[ ]?\d))"  # (or h, a code's leftover after it: "thảo-Có ngày
    # 15/12/2021" of "tnwo-C ngay", fresh seed 6111 code004; "theo ngày" is no deadline's)
    r"(?:\s*[.,:?\-–]{1,2}\s*|\s+|(?=\d))(?:\S\s+(?=\d{1,2}/\d{1,2}/\d{4}))?(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?)",
    re.I,
)
_AGENCY = (
    r"(?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Thường trực|Thành ủy|Tỉnh ủy|Chủ tịch|Ban|Phòng|Văn phòng|Tổng cục|Cục|"
    r"HĐND|Hội đồng)"
)
_STOP = r"(?=\s+(?:trước|để|theo|tổng hợp|định kỳ|trong|khi|về việc|về kết quả)\b|\s+tr\p{L}{1,4} ngày\b|[,;.]|$)"
_SEND_TO = re.compile(rf"gửi\s+(?:về\s+)?(?P<r>{_AGENCY}[^,;.()]*?(?:\s*\([^)]*\))?){_STOP}")
_REPORT_TO = re.compile(rf"báo cáo\s+(?:kết quả\s+)?(?:về\s+)?"  # ("báo cáo kết quả về Sở …")
                        rf"(?P<r>{_AGENCY}[^,;.()]*?(?:\s*\((?:qua|thông qua)[^)]*\))?){_STOP}")

#: results sent to an agency ("… đơn vị bảo có kết quả về Phòng Lao động …": a report whose "báo cáo" a code's repair
#: misread), a report when a deadline follows
_RESULTS_TO = re.compile(rf"kết quả\s+(?:về|và|cho|tới|đến)\s+(?P<r>{_AGENCY}[^,;.()]*?){_STOP}")  # ("về" read "và":
# "… dân vjbaoeao kết quả và Phòng Lao động … trước ngày", sample 004's code on fresh seed 14096, the deadline lost)


def _clean_recipient(r: str) -> str:
    r = squash(r)
    r = re.sub(r"\((qua|thông qua)\s+([^)]*?)(?:\s+(?:để|tổng hợp)\b[^)]*)?\)", r"(\1 \2)", r)
    return r.strip(" ,;.")


def frequency_of(s: str) -> str | None:
    """ "báo cáo định kỳ hàng quý" → "quarterly"; "Báo cáo năm" → "annual"; "định kỳ" → "periodic"."""
    f = fold(s)
    for name, rx in _FREQ:
        if rx.search(f):
            return name
    return None


def deadline_of(s: str, plan_year: int | None, warnings: list[str]) -> dt.date | None:
    """ "trước ngày 15/12/2024" → 2024-12-15; "trước ngày 25/12" → plan year; no month → None."""
    m = _DEADLINE.search(s)
    if not m:
        return None
    mo = m.group("m") or m.group("m2")
    y = m.group("y") or m.group("y2") or (str(plan_year) if plan_year else None)
    if not mo or not y:
        return None
    d = make_date(int(y), int(mo), int(m.group("d")))
    if d is None:
        warnings.append(f"reporting: impossible deadline {m.group(0)!r} dropped")
    return d


def recipient_of(s: str) -> str | None:
    """ "gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp" → "Sở Lao động - Thương binh và Xã hội"."""
    m = _SEND_TO.search(s) or _REPORT_TO.search(s) or _RESULTS_TO.search(s)
    return _clean_recipient(m.group("r")) if m else None


def _pieces(sentence: str) -> list[str]:
    """Split "báo cáo định kỳ hàng quý (…) và báo cáo năm (…) gửi về …" into one piece per report kind."""
    starts = [
        m.start()
        for m in re.finditer(r"\b[Bb]áo cáo\s+(?:định kỳ|hằng|hàng|năm|quý|tháng|6 tháng|sơ kết|tổng kết)", sentence)
    ]
    if len(starts) < 2:
        return [sentence]
    out = [sentence[: starts[1]]] + [
        sentence[a:b] for a, b in zip(starts[1:], [*starts[2:], len(sentence)], strict=True)
    ]
    return out


#: a sentence's end: a stop before a Capitalised word, but not after a word no sentence ends with ("Thương binh và.
#: Xã hội": a scan's speck; the deadline after it had been lost)
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!(?<!\p{L})(?:và|của|các|về|với|cho|trong|tại|và các)\.)\s+(?=\p{Lu})")


def obligations_in_para(
    p: Para, plan_year: int | None, warnings: list[str], line_pages: list[int] | None, strict: bool
) -> list[ReportingObligation]:
    """Obligations of one paragraph; ``strict`` keeps only sentences with a deadline or frequency."""
    out: list[ReportingObligation] = []
    body = SPECK_AFTER_SO.sub("", squash(p.body if p.marker in ("bullet", "num", "alpha") else p.text))
    for sent in _SENTENCE_END.split(body):
        if "bao cao" not in fold(sent) and not (_RESULTS_TO.search(sent) and _DEADLINE.search(sent)):
            continue
        pieces = _pieces(sent)
        shared_recipient = recipient_of(sent[sent.find(pieces[-1][:20]) :] if len(pieces) > 1 else sent)
        for piece in pieces:
            freq = frequency_of(piece)
            deadline = deadline_of(piece, plan_year, warnings)
            if strict and not (freq or deadline):
                continue
            if freq is None and deadline is not None:
                freq = "once"
            recipient = recipient_of(piece) or shared_recipient
            out.append(
                ReportingObligation(
                    text=squash(piece).strip(" ,;"),
                    deadline=deadline,
                    frequency=freq,  # type: ignore[arg-type]
                    recipient=recipient,
                    evidence=_ev(p.start, p.end, line_pages),
                )
            )
    return out


def extract_reporting(
    lay: Layout, plan_year: int | None, warnings: list[str], line_pages: list[int] | None = None
) -> list[ReportingObligation]:
    """From the reporting part(s); else from the implementation part's closing paragraphs / dated sentences; with no
    implementation part either (its heading unreadable: a code's "V. TACHjCTHUCHI@N"), from any part's sentences that
    name a report and its deadline or frequency."""
    out: list[ReportingObligation] = []
    rep = [n for part in lay.parts for n in part.walk() if n.kind == "reporting"]
    if rep:
        seen: set[int] = set()
        for node in rep:
            paras = ([node.head] if node.head is not None and node.level > 0 else []) + node.paras
            for p in paras:
                if id(p) not in seen:
                    seen.add(id(p))
                    out.extend(obligations_in_para(p, plan_year, warnings, line_pages, strict=False))
        return out
    implementation = [part for part in lay.parts if part.kind == "implementation"]
    for part in implementation:
        trailing = _trailing_paras(part)
        for p in part.all_paras():
            out.extend(obligations_in_para(p, plan_year, warnings, line_pages, strict=id(p) not in trailing))
    if not implementation:
        for part in lay.parts:
            for p in part.all_paras():
                out.extend(obligations_in_para(p, plan_year, warnings, line_pages, strict=True))
    return out


def _trailing_paras(part) -> set[int]:
    """Unnumbered paragraphs after the last agency item ("Ủy ban nhân dân Thành phố yêu cầu …")."""
    if not part.children:
        return {id(p) for p in part.paras}
    last = part.children[-1]
    out = {
        id(p)
        for p in last.paras
        if p.marker is None and p.start > (last.head.end if last.head else 0) and p is last.paras[-1]
    }
    out |= {id(p) for p in part.paras if p.start > last.start}
    return out
