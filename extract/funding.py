"""Funding sources: "Nguồn ngân sách Thành phố bố trí hằng năm …" → kind "local_budget"."""

from __future__ import annotations

import regex as re

from ..schemas import FundingSource
from .reflow import Para
from .sections import Layout
from .tasks import _ev
from .text import fold, squash

_KIND_RULES: list[tuple[str, re.Pattern]] = [
    ("oda", re.compile(r"\boda\b|vay uu dai nuoc ngoai|vien tro|von vay nuoc ngoai")),
    ("tuition", re.compile(r"hoc phi")),
    ("central_budget", re.compile(r"ngan sach (?:nha nuoc )?(?:cap )?trung uong")),
    (
        "local_budget",
        re.compile(r"ngan sach (?:nha nuoc )?(?:cap )?(?:thanh pho|tinh|dia phuong|quan|huyen|xa|cac cap|dia phuong)"),
    ),
    (
        "socialized",
        re.compile(r"xa hoi hoa|huy dong (?:cua |tu )?(?:cac )?to chuc|tai tro|dong gop cua (?:cac )?to chuc"),
    ),
    (
        "enterprise",
        re.compile(
            r"doanh nghiep (?:dong gop|dau tu|tu chi|chi tra)|(?:dong gop|kinh phi) (?:cua|tu) "
            r"(?:cac )?doanh nghiep"
        ),
    ),
    (
        "state_budget",
        re.compile(
            r"ngan sach|du toan|von dau tu cong|chi thuong xuyen|kinh phi su nghiep|"
            r"chuong trinh muc tieu quoc gia|von long ghep"
        ),
    ),
]


def funding_kind(s: str) -> str:
    """Kind of a funding phrase: "Nguồn thu từ học phí" → "tuition", "vốn ODA" → "oda", else "other"."""
    f = fold(s)
    for kind, rx in _KIND_RULES:
        if rx.search(f):
            return kind
    return "other"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+(?=\p{Lu})", text) if s.strip()]


def sources_in_para(p: Para, line_pages: list[int] | None, require_money: bool = False) -> list[FundingSource]:
    """One source per sentence naming funds; "Huy động của các tổ chức, cá nhân …" → "socialized"."""
    out: list[FundingSource] = []
    body = squash(p.body if p.marker in ("bullet", "num", "alpha") else p.text)
    for sent in _sentences(body):
        f = fold(sent)
        if require_money and not re.search(r"kinh phi|ngan sach|nguon von", f):
            continue
        kind = funding_kind(sent)
        if kind == "other" and not re.search(r"kinh phi|nguon|von|huy dong", f):
            continue
        out.append(FundingSource(text=sent.strip(), kind=kind, evidence=_ev(p.start, p.end, line_pages)))  # type: ignore[arg-type]
    return out


def extract_funding(lay: Layout, line_pages: list[int] | None = None) -> list[FundingSource]:
    """Sources from the "KINH PHÍ THỰC HIỆN" part, else sentences mentioning "kinh phí" anywhere."""
    out: list[FundingSource] = []
    parts = [n for part in lay.parts for n in part.walk() if n.kind == "funding"]
    if parts:
        seen: set[int] = set()
        for node in parts:
            paras = ([node.head] if node.head is not None and node.level > 0 else []) + node.paras
            for p in paras:
                if id(p) not in seen:
                    seen.add(id(p))
                    out.extend(sources_in_para(p, line_pages))
        return out
    for part in lay.parts:
        for p in part.all_paras():
            if "kinh phi" in fold(p.text):
                for src in sources_in_para(p, line_pages, require_money=True):
                    if "kinh phi" in fold(src.text) or src.kind != "other":
                        out.append(src)
    return out
