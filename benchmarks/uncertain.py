"""How well the uncertain-token flags point a reviewer at the repair's mistakes.

``normalize_text`` lists the tokens it is unsure of (``uncertain_tokens``: a margin under 1.5 nats between
the chosen reading and the next best). A reviewer who checks only those wants two numbers: how many words
that is, and how many of the wrong words it catches. For each damage kind (the texts of
``benchmarks/restore.py``: reference 000 + 004 stripped, fresh Tesseract-eng renders, the real scan 000,
a held-out symbol code) this prints the share of words flagged and the share of wrong output words
(aligned to the reference as in restore.py) that lie inside a flagged token.

``--margins 1,1.5,2,3`` repeats it with other thresholds (the pipeline's ``UNCERTAIN_MARGIN`` is 1.5): the
review budget each would ask for, and what it would catch.

Usage: ``python benchmarks/uncertain.py [--shared /work/shared] [--margins 1.5]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from vetplan.normalize import NormalizationResult, normalize_text, pipeline  # noqa: E402
from vetplan.normalize.syllable import canonical  # noqa: E402
from vetplan.normalize.synth import render_and_ocr, strip_diacritics, substitution_code  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from restore import WORD, word_opcodes, words  # noqa: E402


def flagged_spans(res: NormalizationResult) -> dict[int, list[tuple[int, int]]]:
    """Output (start, end) of each uncertain token per 0-based line: its input column moved by the length
    changes of the repairs before it on that line."""
    shifts: dict[int, list[tuple[int, int]]] = {}
    for c in res.changes:
        shifts.setdefault(c.line - 1, []).append((c.column, len(c.replacement) - len(c.original)))
    out: dict[int, list[tuple[int, int]]] = {}
    for u in res.uncertain_tokens:
        line = u.line - 1
        start = u.column + sum(d for col, d in shifts.get(line, []) if col < u.column)
        out.setdefault(line, []).append((start, start + len(u.replacement)))
    return out


def score(pairs: list[tuple[str, str]]) -> tuple[int, int, int, int]:
    """(output words, wrong words, flagged words, wrong words inside a flagged token) of one document."""
    res = normalize_text("\n".join(p[1] for p in pairs))
    spans = flagged_spans(res)
    n = wrong_n = flagged_n = caught = 0
    for i, ((truth, _damaged), line) in enumerate(zip(pairs, res.text.split("\n"), strict=True)):
        found = [(m.start(), canonical(m.group().lower())) for m in WORD.finditer(line)]  # as words() reads
        wrong: set[int] = set()
        for tag, _i1, _i2, j1, j2 in word_opcodes(words(truth), [w for _s, w in found]):
            if tag != "equal":
                wrong.update(range(j1, j2))
        inside = [any(a <= s < b for a, b in spans.get(i, [])) for s, _w in found]
        n += len(found)
        wrong_n += len(wrong)
        flagged_n += sum(inside)
        caught += sum(1 for j in wrong if j < len(inside) and inside[j])
    return n, wrong_n, flagged_n, caught


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("VETPLAN_SHARED", "/work/shared"))
    ap.add_argument("--margins", default=str(pipeline.UNCERTAIN_MARGIN), help="comma-separated thresholds (nats)")
    args = ap.parse_args()
    ref_dir, smp_dir = Path(args.shared) / "reference", Path(args.shared) / "samples"
    refs = {p.name: p.read_text(encoding="utf-8") for p in sorted(ref_dir.glob("*.txt"))}
    if not refs:
        print("no reference texts under", ref_dir)
        return 1
    kinds: dict[str, list[list[tuple[str, str]]]] = {"stripped": [], "Tesseract-eng renders": [],
                                                     "real scan 000": [], "symbol code (held-out seed 3)": []}
    for name, truth in refs.items():
        kinds["stripped"].append([(ln, strip_diacritics(ln)) for ln in truth.split("\n")])
        kinds["Tesseract-eng renders"].append(render_and_ocr(truth, lang="eng"))
        sample = smp_dir / name
        if name.startswith("000") and sample.exists():
            damaged = sample.read_text(encoding="utf-8").split("\n")
            if len(damaged) == len(truth.split("\n")):
                kinds["real scan 000"].append(list(zip(truth.split("\n"), damaged, strict=True)))
        if name.startswith("000"):
            kinds["symbol code (held-out seed 3)"].append(
                list(zip(truth.split("\n"), substitution_code(truth, 3).split("\n"), strict=True)))
    for margin in (float(x) for x in args.margins.split(",")):
        pipeline.UNCERTAIN_MARGIN = margin
        print(f"uncertain below a margin of {margin:g} nats")
        print("  damage kind                      words   wrong   flagged (share of words)   wrong words flagged")
        for kind, docs in kinds.items():
            t = [0, 0, 0, 0]
            for pairs in docs:
                for k, v in enumerate(score(pairs)):
                    t[k] += v
            n, wrong, flagged, caught = t
            if not n:
                continue
            print(f"    {kind:30s} {n:6d}  {100 * wrong / n:5.1f}%   {flagged:5d} ({100 * flagged / n:4.1f}%)"
                  f"             {caught}/{wrong} ({100 * caught / max(wrong, 1):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
