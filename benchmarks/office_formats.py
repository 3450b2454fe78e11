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
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from builders import AUTO_NUMBERING  # noqa: E402
from official_plans import Truth, clean_text, make_plan, score, seeds_arg  # noqa: E402

FORMATS = ("txt", "docx", "doc", "odt", "rtf", "html", "pdf")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERED = [(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+", "90", 0), (r"^\d+\.\d+\.\s+", "90", 2),
             (r"^\d+\.\s+", "90", 1), (r"^-\s+", "91", 0)]


def _cell(cell, lines: list[str]) -> None:  # noqa: ANN001 - a python-docx cell
    cell.text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def plan_docx(t: Truth, path: Path) -> Path:
    """The plan as Word holds it: tables for the header and the closing, automatic numbers for its lists."""
    import docx
    from lxml import etree

    d = docx.Document()
    numbering = d.part.numbering_part.element
    extra = list(etree.fromstring(AUTO_NUMBERING))
    for k, el in enumerate(e for e in extra if e.tag == _W + "abstractNum"):
        numbering.insert(k, el)
    for el in extra:
        if el.tag == _W + "num":
            numbering.append(el)
    head = d.add_table(rows=2, cols=2)
    _cell(head.cell(0, 0), t.header_left)
    _cell(head.cell(0, 1), t.header_right[:2])
    _cell(head.cell(1, 0), [f"Số: {t.number}"])
    _cell(head.cell(1, 1), t.header_right[2:])
    for line in ["KẾ HOẠCH", t.title, *t.body]:
        for pattern, num_id, ilvl in _NUMBERED:
            if m := re.match(pattern, line):
                para = d.add_paragraph(line[m.end():])
                num_pr = etree.SubElement(para._p.get_or_add_pPr(), _W + "numPr")
                etree.SubElement(num_pr, _W + "ilvl").set(_W + "val", str(ilvl))
                etree.SubElement(num_pr, _W + "numId").set(_W + "val", num_id)
                break
        else:
            d.add_paragraph(line)
    tail = d.add_table(rows=1, cols=2)
    _cell(tail.cell(0, 0), t.closing_left)
    _cell(tail.cell(0, 1), [x for x in t.closing_right if x])
    d.save(str(path))
    return path


def convert(soffice: str, src: Path, fmt: str) -> Path:
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{src.parent}/.lo", "--headless", "--convert-to",
                           fmt, "--outdir", str(src.parent), str(src)], capture_output=True, text=True, timeout=180)
    out = src.with_suffix("." + fmt)
    if proc.returncode or not out.is_file():
        raise RuntimeError(f"soffice could not write {fmt}: {proc.stderr.strip()[:200]}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="513-530", type=seeds_arg)
    ap.add_argument("--show", action="store_true", help="print every field that came out wrong")
    args = ap.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
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
                files[fmt] = convert(soffice, files["docx"], fmt)
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
