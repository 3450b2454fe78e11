"""Benchmark of the extract stage: sections and fields found per sample, and extraction speed.

Run: ``python benchmarks/extract_fields.py [files …]`` (default: samples/*.txt and ../shared/reference/*.txt).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from vetplan.extract import ExtractedPlan, extract_plan

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _files(argv: list[str]) -> list[Path]:
    if argv:
        return [Path(a) for a in argv]
    files = sorted((ROOT / "samples").glob("*.txt"))
    files += sorted((SHARED / "reference").glob("*.txt")) if (SHARED / "reference").is_dir() else []
    return files


def _report(name: str, r: ExtractedPlan, secs: float, n_lines: int) -> None:
    d = r.document
    print(f"== {name}  ({n_lines} lines, {secs * 1000:.1f} ms, {n_lines / max(secs, 1e-9):,.0f} lines/s)")
    print(f"   is_plan={r.is_plan} confidence={r.plan_confidence:.2f}")
    for s in r.sections:
        print(
            f"   [{s.kind:<14}] {s.number or '-':>4} {s.heading[:60]!r} L{s.line_start}-{s.line_end}"
            f" ({len(s.subsections)} sub)"
        )
    signer = d.signer.name if d.signer else None
    print(
        f"   document: number={d.number!r} date={d.issued_date} place={d.place!r} issuer={d.issuer!r}"
        f" signer={signer!r} recipients={len(d.recipients)} title={'yes' if d.title else 'no'}"
    )
    tasks = r.tasks
    print(
        f"   legal_basis={len(r.legal_basis)} (dated {sum(1 for x in r.legal_basis if x.date)}, "
        f"with issuer {sum(1 for x in r.legal_basis if x.issuer)})"
        f" targets={len(r.targets)} (appendix {sum(1 for t in r.targets if t.source == 'appendix')})"
        f" tasks={len(tasks)} (lead {sum(1 for t in tasks if t.lead)}, partners {sum(1 for t in tasks if t.partners)},"
        f" timeline {sum(1 for t in tasks if t.timeline)})"
    )
    print(
        f"   funding={len(r.funding)} {sorted({f.kind for f in r.funding})} implementation={len(r.implementation)}"
        f" reporting={len(r.reporting)} {[x.frequency for x in r.reporting]} warnings={len(r.warnings)}"
    )


def main(argv: list[str]) -> int:
    total_lines = 0
    total_secs = 0.0
    for f in _files(argv):
        text = f.read_text(encoding="utf-8", errors="replace")
        n = text.count("\n") + 1
        t0 = time.perf_counter()
        r = extract_plan(text)
        secs = time.perf_counter() - t0
        label = f"{f.parent.name}/{f.name}"
        _report(label, r, secs, n)
        total_lines += n
        total_secs += secs
    if total_secs:
        print(f"TOTAL {total_lines} lines in {total_secs * 1000:.1f} ms = {total_lines / total_secs:,.0f} lines/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
