"""Implementation part → one ``ImplementationDuty`` per agency ("1. Sở Lao động - Thương binh và Xã hội" + duties)."""

from __future__ import annotations

import regex as re

from ..schemas import ImplementationDuty
from .reflow import Para
from .sections import Layout, Node
from .tasks import _HEAD_RX, _ev
from .text import squash

_VERB_SPLIT = re.compile(
    r"\s+(?=(?:chủ trì|phối hợp|có trách nhiệm|căn cứ|thực hiện|tổ chức|chỉ đạo|tham mưu|xây dựng|hướng dẫn)\b)"
)


def _duties(paras: list[Para]) -> list[str]:
    out: list[str] = []
    for p in paras:
        body = squash(p.body if p.marker in ("bullet", "alpha", "num") else p.text)
        if body:
            out.append(body)
    return out


def duty_from_node(node: Node, line_pages: list[int] | None) -> ImplementationDuty:
    """Agency + duties: "2. Sở Giáo dục và Đào tạo" + "- Chủ trì, phối hợp …"; "1. Sở Tài chính: …" split."""
    agency = squash(node.heading)
    duties = _duties(node.all_paras())
    m = re.match(r"^(?P<a>[^:]{3,150}):\s*(?P<d>\S.*)$", agency)
    if m and _HEAD_RX.match(m.group("a")):
        agency, duties = m.group("a").strip(), [m.group("d").strip(), *duties]
    return ImplementationDuty(
        agency=agency or "(unnamed)", duties=duties, evidence=_ev(node.start, node.end, line_pages)
    )


def _duty_from_para(p: Para, line_pages: list[int] | None) -> ImplementationDuty | None:
    """Unnumbered "- Sở Tài chính: bố trí kinh phí …" or "Sở Y tế chủ trì …" → agency + duty."""
    body = squash(p.body if p.marker else p.text)
    if not _HEAD_RX.match(body):
        return None
    m = re.match(r"^(?P<a>[^:]{3,150}):\s*(?P<d>\S.*)$", body)
    if m:
        return ImplementationDuty(
            agency=m.group("a").strip(), duties=[m.group("d").strip()], evidence=_ev(p.start, p.end, line_pages)
        )
    parts = _VERB_SPLIT.split(body, maxsplit=1)
    if len(parts) == 2 and 3 <= len(parts[0]) <= 150:
        return ImplementationDuty(
            agency=parts[0].strip(" ,"), duties=[parts[1].strip()], evidence=_ev(p.start, p.end, line_pages)
        )
    return None


def _is_closing_remark(node: Node) -> bool:
    """Last plain paragraph "Ủy ban nhân dân Thành phố yêu cầu …" after an agency's bullets is not its duty."""
    paras = node.paras
    if len(paras) < 2 or paras[-1].marker is not None:
        return False
    return bool(re.match(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b.{0,60}\b(?:yêu cầu|đề nghị)", paras[-1].text))


def extract_implementation(lay: Layout, line_pages: list[int] | None = None) -> list[ImplementationDuty]:
    """Agencies and their duties from the "TỔ CHỨC THỰC HIỆN" part(s)."""
    out: list[ImplementationDuty] = []
    for part in lay.parts:
        if part.kind != "implementation":
            continue
        if part.children:
            for c in part.children:
                d = duty_from_node(c, line_pages)
                if c is part.children[-1] and d.duties and _is_closing_remark(c):
                    d = d.model_copy(update={"duties": d.duties[:-1]})
                out.append(d)
        else:
            for p in part.paras:
                duty = _duty_from_para(p, line_pages)
                if duty is not None:
                    out.append(duty)
    return out
