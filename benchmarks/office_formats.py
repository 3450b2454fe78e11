"""Plans kept as office files, read in each format: fields right per format.

Each plan is one of ``official_plans.py``'s (a seed gives its text and its fields), typed as a word processor
holds it: the header a two-column table (issuer | motto, number | place and date), the parts, items and dashes
Word's automatic list numbers (the text holds none of them), the recipients and the signature a two-column table.
That DOCX (python-docx) is saved by LibreOffice as a Word 97–2003 ``.doc``, an ODT, an RTF, a web page and a PDF,
and each file goes through ``plan_from_file`` (``vetplan ingest``'s steps) and is scored as ``official_plans.py``
scores a plan (17 fields). The plain text file of the same plan is the row to match.

Usage: ``python benchmarks/office_formats.py [--seeds 513-530] [--show]`` (LibreOffice's ``soffice`` needed; about
6 s a plan). Seeds 501–502 were looked at while the layout tables and a PDF's bullets were mended (dev); 503 and up
never (the readers' own tests use sample 003).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from builders import add_auto_numbered, auto_numbered_document, soffice_convert  # noqa: E402
from official_plans import Truth, clean_text, make_plan, score, seeds_arg  # noqa: E402

FORMATS = ("txt", "docx", "doc", "odt", "rtf", "html", "pdf")


def _cell(cell, lines: list[str]) -> None:  # noqa: ANN001 - a python-docx cell
    cell.text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def plan_docx(t: Truth, path: Path) -> Path:
    """The plan as Word holds it: tables for the header and the closing, automatic numbers for its lists."""
    d = auto_numbered_document()
    head = d.add_table(rows=2, cols=2)
    _cell(head.cell(0, 0), t.header_left)
    _cell(head.cell(0, 1), t.header_right[:2])
    _cell(head.cell(1, 0), [f"Số: {t.number}"])
    _cell(head.cell(1, 1), t.header_right[2:])
    for line in ["KẾ HOẠCH", t.title, *t.body]:
        add_auto_numbered(d, line)
    tail = d.add_table(rows=1, cols=2)
    _cell(tail.cell(0, 0), t.closing_left)
    _cell(tail.cell(0, 1), [x for x in t.closing_right if x])
    d.save(str(path))
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="513-530", type=seeds_arg)
    ap.add_argument("--show", action="store_true", help="print every field that came out wrong")
    args = ap.parse_args()
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("LibreOffice (soffice) is needed to write the formats: apt-get install libreoffice-writer-nogui")
        return 1
    from vetplan.pipeline import plan_from_file

    totals = {f: [0, 0] for f in FORMATS}
    for seed in args.seeds:
        truth = make_plan(seed)
        line = []
        with tempfile.TemporaryDirectory() as td:
            d = Path(td)
            (d / "plan.txt").write_text(clean_text(truth), encoding="utf-8")
            files = {"txt": d / "plan.txt", "docx": plan_docx(truth, d / "plan.docx")}
            for fmt in FORMATS[2:]:
                files[fmt] = soffice_convert(files["docx"], fmt)
            for fmt, path in files.items():
                try:
                    got = score(truth, plan_from_file(path))
                except Exception as e:  # noqa: BLE001 - a format this build cannot read: no field right
                    got = {"file": (0, 17, [f"not read: {e}"])}
                right, out_of = sum(v[0] for v in got.values()), sum(v[1] for v in got.values())
                totals[fmt][0] += right
                totals[fmt][1] += out_of
                line.append(f"{fmt} {right}/{out_of}")
                if args.show:
                    for name, (_ok, _n, wrong) in got.items():
                        for x in wrong:
                            print(f"  seed {seed} {fmt:5s} {name}: {x}")
        print(f"seed {seed}: " + "  ".join(line), flush=True)
    print(f"\nfields right over seeds {args.seeds[0]}-{args.seeds[-1]} ({len(args.seeds)} plans):")
    for fmt, (right, out_of) in totals.items():
        print(f"  {fmt:5s} {right:5d}/{out_of:<5d} {100 * right / max(out_of, 1):6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
