"""What an analyst gets from damaged text: the fields extracted after repair, against the same fields
extracted from the clean reference text (the extract stage's own errors cancel out; what is left is what
the damage and its repair cost).

For reference 000 (a full plan: header, six sections, an appendix table of 42 targets) and each kind of
damage the restore benchmark uses — the real Tesseract-eng scan (sample 000), the text stripped of its
diacritics, fresh Tesseract-eng renders (the font and settings of the confusion table's training renders),
a scanned-looking render, renders in three fonts used nowhere else, synthetic symbol codes (seeds 3–5 held
out, 1–2 dev) — it prints, beside a plain baseline (the damaged text extracted without repair):

  * header: document number, issue date, place, issuer — each right or wrong
  * sections: the kinds of the top-level sections in order, right or wrong
  * counts: tasks, targets, funding sources, implementation duties, reporting items — as found / reference
  * targets: the share of the reference's (value, unit, year) triples found, and of those found that are
    the reference's (precision)
  * legal basis: the share of the reference's cited documents found with the same number and date

Besides the Tesseract-eng cases, the reference rendered and OCR'd with Tesseract's Vietnamese model, as
vetplan's own ingest does (clean, scanned-looking and bold renders), repaired as ingest asks (``ocr_vie``).

Renders wrap long lines, so a render's fields are compared with the fields of its own wrapped clean lines.
Usage: ``python benchmarks/extract_after_repair.py [--shared ../shared]`` (renders are cached under
``$VETPLAN_CACHE``; the first run OCRs for a few minutes).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from vetplan.extract import ExtractedPlan, extract_plan  # noqa: E402
from vetplan.normalize import normalize_text  # noqa: E402
from vetplan.normalize.synth import FONTS, render_and_ocr, strip_diacritics, substitution_code  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from restore import UNSEEN_FONT_RENDERS, VIE_RENDERS  # noqa: E402

HEADER = ("number", "issued_date", "place", "issuer")
COUNTS = ("tasks", "targets", "funding", "implementation", "reporting")


def fields(text: str) -> dict[str, object]:
    r: ExtractedPlan = extract_plan(text)
    d = r.document
    out: dict[str, object] = {k: getattr(d, k) for k in HEADER}
    out["sections"] = tuple(s.kind for s in r.sections)
    for k in COUNTS:
        out[k] = len(getattr(r, k))
    out["recipients"] = len(d.recipients)
    out["target_set"] = {(t.value, t.unit, t.year) for t in r.targets}
    out["legal_set"] = {(x.number, x.date) for x in r.legal_basis}
    return out


def compare(ref: dict[str, object], got: dict[str, object]) -> tuple[int, int, list[str], float, float, float]:
    """(header fields right, sections right 0/1, count cells as "found/ref", target recall, precision,
    legal basis recall)."""
    head = sum(got[k] == ref[k] and ref[k] is not None for k in HEADER)
    secs = int(got["sections"] == ref["sections"])
    counts = [f"{got[k]}/{ref[k]}" for k in (*COUNTS, "recipients")]
    rs, gs = ref["target_set"], got["target_set"]
    recall = len(rs & gs) / len(rs) if rs else 1.0
    precision = len(rs & gs) / len(gs) if gs else (1.0 if not rs else 0.0)
    rl, gl = ref["legal_set"], got["legal_set"]
    legal = len(rl & gl) / len(rl) if rl else 1.0
    return head, secs, counts, recall, precision, legal


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    name = "000_663358d11c2db32e.txt"
    ref_text = (shared / "reference" / name).read_text(encoding="utf-8")
    # (label, clean text its fields are compared with, damaged text, the damage kind ingest names: None = detected)
    cases: list[tuple[str, str, str, str | None]] = [
        ("real Tesseract-eng scan (sample 000)", ref_text, (shared / "samples" / name).read_text(encoding="utf-8"),
         None),
        ("diacritics stripped", ref_text, strip_diacritics(ref_text), None),
    ]
    for label, render in [("Tesseract-eng render", {}),
                          ("scanned-looking render", {"font": FONTS[1], "dpi": 250, "degrade": 7000})] + [
            (f"unseen font {Path(f).stem}", {"font": f, **kw}) for f, kw in UNSEEN_FONT_RENDERS]:
        pairs = render_and_ocr(ref_text, lang="eng", **render)  # type: ignore[arg-type]
        cases.append((label, "\n".join(t for t, _o in pairs), "\n".join(o for _t, o in pairs), None))
    for seed in (3, 4, 5, 1, 2):
        tag = "held out" if seed >= 3 else "dev"
        cases.append((f"symbol code seed {seed} ({tag})", ref_text, substitution_code(ref_text, seed), None))
    for font, kw in VIE_RENDERS:
        pairs = render_and_ocr(ref_text, lang="vie", font=font, **kw)  # type: ignore[arg-type]
        cases.append((f"Tesseract-vie {Path(font).stem}", "\n".join(t for t, _o in pairs),
                      "\n".join(o for _t, o in pairs), "ocr_vie"))

    print(f"fields extracted after repair vs from the clean reference ({name}); baseline: no repair")
    print(f"  {'damage':38s} {'header':>7s} {'sections':>8s}  {'tasks/targets/funding/impl/reporting/recipients':44s}"
          f" {'target recall':>13s} {'precision':>9s} {'legal basis':>11s}   | no repair: header, sections,"
          " target recall, legal basis")
    totals = [0, 0, 0.0, 0.0, 0, 0, 0.0, 0.0, 0.0]
    for label, clean, damaged, damage in cases:
        ref = fields(clean)
        got = compare(ref, fields(normalize_text(damaged, damage=damage).text))
        base = compare(ref, fields(damaged))
        n_head = sum(ref[k] is not None for k in HEADER)
        print(f"  {label:38s} {got[0]:>3d}/{n_head:<3d} {'right' if got[1] else 'WRONG':>8s}  {' '.join(got[2]):44s}"
              f" {100 * got[3]:12.1f}% {100 * got[4]:8.1f}% {100 * got[5]:10.1f}%   | {base[0]}/{n_head}, "
              f"{'right' if base[1] else 'wrong'}, {100 * base[3]:.1f}%, {100 * base[5]:.1f}%")
        totals[0] += got[0]
        totals[1] += got[1]
        totals[2] += got[3]
        totals[3] += got[4]
        totals[4] += n_head
        totals[5] += base[1]
        totals[6] += base[3]
        totals[7] += got[5]
        totals[8] += base[5]
    n = len(cases)
    print(f"  {'all ' + str(n) + ' damaged texts':38s} {totals[0]:>3d}/{totals[4]:<3d} {totals[1]:>5d}/{n:<2d}"
          f"  {'':44s} {100 * totals[2] / n:12.1f}% {100 * totals[3] / n:8.1f}% {100 * totals[7] / n:10.1f}%   |"
          f" sections right without repair {totals[5]}/{n}, target recall {100 * totals[6] / n:.1f}%, legal basis"
          f" {100 * totals[8] / n:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
