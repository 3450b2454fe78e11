"""Orchestrator: repaired text → ``ExtractedPlan`` (never raises; invalid values become warnings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import regex as re

from ..schemas import (
    DocumentInfo,
    FundingSource,
    ImplementationDuty,
    LegalReference,
    ReportingObligation,
    Section,
    TargetIndicator,
    Task,
)
from .funding import extract_funding
from .header import extract_document
from .implementation import extract_implementation
from .legal import extract_legal
from .reporting import extract_reporting
from .sections import Layout, layout, sections_from_layout
from .targets import extract_targets
from .tasks import extract_tasks
from .text import find_year, fold

T = TypeVar("T")

_VOCAB = (
    "giao duc nghe nghiep",
    "dao tao nghe",
    "to chuc thuc hien",
    "nhiem vu",
    "chi tieu",
    "kinh phi",
    "muc dich",
    "giai phap",
    "ke hoach",
    "trien khai",
    "tuyen sinh",
    "lao dong",
)


@dataclass
class ExtractedPlan:
    """Everything the extract stage found in one plan."""

    document: DocumentInfo
    legal_basis: list[LegalReference] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    targets: list[TargetIndicator] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    funding: list[FundingSource] = field(default_factory=list)
    implementation: list[ImplementationDuty] = field(default_factory=list)
    reporting: list[ReportingObligation] = field(default_factory=list)
    is_plan: bool = False
    plan_confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)


def _safe(name: str, fn: Callable[[], T], default: T, warnings: list[str]) -> T:
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - one extractor failing must not lose the others
        warnings.append(f"{name}: extractor failed ({type(e).__name__}: {str(e)[:120]})")
        return default


def plan_score(text: str, lay: Layout, doc: DocumentInfo) -> tuple[float, list[str]]:
    """0..1 confidence that the text is a plan: "KẾ HOẠCH" title, Roman parts of known kinds, plan vocabulary."""
    reasons: list[str] = []
    f = fold(text[:200000])
    score = 0.0
    has_title = doc.doc_type == "Kế hoạch" or bool(re.search(r"(?m)^\s*ke hoach\s*$", f))
    if has_title:
        score += 0.3
    else:
        reasons.append('no "KẾ HOẠCH" title')
    kinds = {p.kind for p in lay.parts if p.kind != "other"}
    if len(lay.parts) >= 2:
        score += 0.2
    else:
        reasons.append("fewer than two numbered parts")
    score += min(0.25, 0.07 * len(kinds))
    if not kinds:
        reasons.append("no part named like a plan's (mục đích, nhiệm vụ, tổ chức thực hiện …)")
    hits = sum(1 for v in _VOCAB if v in f)
    score += min(0.25, 0.04 * hits)
    if hits < 3:
        reasons.append("little plan vocabulary")
    if re.search(r"/\s*kh\b|kh-", f):
        score += 0.05
    return min(1.0, round(score, 3)), reasons


def extract_plan(text: str, *, line_pages: list[int] | None = None) -> ExtractedPlan:
    """Extract every field of a plan from its repaired text, e.g. the text of "Kế hoạch số 73/KH-UBND …"."""
    warnings: list[str] = []
    if not isinstance(text, str):
        text = ""
    line_pages = _clean_pages(line_pages)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    empty_layout = Layout(paras=[], front=[], parts=[], closing=[], appendices=[])
    lay = _safe("sections", lambda: layout(text), empty_layout, warnings)
    doc = _safe("header", lambda: extract_document(lay, line_pages, warnings), DocumentInfo(), warnings)
    plan_year = doc.issued_date.year if doc.issued_date else None
    if plan_year is None:
        plan_year = find_year(" ".join(filter(None, [doc.title, doc.number]))) or _first_year(lay)
    sections: list[Section] = _safe("sections", lambda: sections_from_layout(lay, line_pages), [], warnings)
    legal: list[LegalReference] = _safe(
        "legal_basis", lambda: extract_legal(lay.paras, doc.number, warnings, line_pages), [], warnings)
    lines = text.split("\n")
    targets: list[TargetIndicator] = _safe(
        "targets", lambda: extract_targets(lay, lines, plan_year, warnings, line_pages), [], warnings)
    tasks: list[Task] = _safe("tasks", lambda: extract_tasks(lay, line_pages, lines), [], warnings)
    funding: list[FundingSource] = _safe("funding", lambda: extract_funding(lay, line_pages), [], warnings)
    impl: list[ImplementationDuty] = _safe(
        "implementation", lambda: extract_implementation(lay, line_pages), [], warnings)
    rep: list[ReportingObligation] = _safe(
        "reporting", lambda: extract_reporting(lay, plan_year, warnings, line_pages), [], warnings)
    score, reasons = _safe("is_plan", lambda: plan_score(text, lay, doc), (0.0, ["scoring failed"]), warnings)
    is_plan = score >= 0.5
    if not is_plan:
        warnings.append(f"text does not look like a plan (confidence {score:.2f}): " + "; ".join(reasons))
    if is_plan and not lay.parts:
        warnings.append("no Roman-numbered parts found")
    return ExtractedPlan(
        document=doc,
        legal_basis=legal,
        sections=sections,
        targets=targets,
        tasks=tasks,
        funding=funding,
        implementation=impl,
        reporting=rep,
        is_plan=is_plan,
        plan_confidence=score,
        warnings=warnings,
    )


def _clean_pages(line_pages: object) -> list[int] | None:
    """Keep only usable page numbers (int ≥ 1); anything else becomes 0, i.e. unknown."""
    if not isinstance(line_pages, (list, tuple)):
        return None
    return [x if isinstance(x, int) and not isinstance(x, bool) and x >= 1 else 0 for x in line_pages]


def _first_year(lay: Layout) -> int | None:
    for p in lay.front[:30]:
        m = re.search(r"năm\s+(20\d\d)\b", p.text)
        if m:
            return int(m.group(1))
    return None
