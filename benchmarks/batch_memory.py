"""A batch worker's memory over many different plans, with and without handing over to a fresh worker.

A worker repairs plan after plan in one process, and the repair's memos of tokens (candidates, cost rows, near
words) outlive each plan; plans in symbol codes bring new tokens all the time. This makes ``--plans`` plans of
``official_plans.py`` (seeds from ``--seed``, never used elsewhere), each as a text file in its own symbol code and
stripped of its marks, ``--eng`` of them also rendered scanned-looking and OCR'd by ``tesseract -l eng`` (an
archive's old OCR), and runs a real ``vetplan ingest DIR -q -j 1`` over them twice: with ``--worker-memory 0``
(one worker for everything) and with the default budget. Printed per run: wall seconds, the largest peak resident
memory of a worker (VmHWM, polled every 0.05 s), how many workers served, and whether both runs wrote the same
JSON.

Usage: ``python benchmarks/batch_memory.py [--plans 400] [--eng 40] [--seed 3001]`` (about 6 minutes: the
Tesseract runs, then two batches).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from official_plans import clean_text, make_plan, render, tesseract_eng  # noqa: E402
from pipeline_speed import run_ingest  # noqa: E402

from vetplan.batch import WORKER_MEMORY_MB  # noqa: E402
from vetplan.normalize.synth import strip_diacritics, substitution_code  # noqa: E402


def make_inputs(dest: Path, plans: int, eng: int, seed: int) -> int:
    """The plans' text files in ``dest``; returns how many."""
    n = 0
    for s in range(seed, seed + plans):
        truth = make_plan(s)
        text = clean_text(truth)
        (dest / f"{s}_code.txt").write_text(substitution_code(text, s), encoding="utf-8")
        (dest / f"{s}_stripped.txt").write_text(strip_diacritics(text), encoding="utf-8")
        n += 2
        if s < seed + eng:
            pages, dpi = render(truth, s)  # type: ignore[misc]
            with tempfile.TemporaryDirectory() as tmp:
                (dest / f"{s}_eng.txt").write_text(tesseract_eng(pages, dpi, Path(tmp)), encoding="utf-8")
            n += 1
    return n


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}  # (not manifest.jsonl: its seconds differ)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=400)
    ap.add_argument("--eng", type=int, default=40, help="of them also OCR'd by tesseract -l eng")
    ap.add_argument("--seed", type=int, default=3001)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vetplan-batch-memory-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        n = make_inputs(src, args.plans, args.eng, args.seed)
        print(f"{n} text files ({args.plans} plans in their own symbol codes and stripped, {args.eng} OCR'd by "
              f"tesseract -l eng), vetplan ingest -j 1:", flush=True)
        got = {}
        for label, extra in (("--worker-memory 0 (one worker)", ("--worker-memory", "0")),
                             (f"default (--worker-memory {WORKER_MEMORY_MB:g})", ())):
            out = Path(tmp) / f"out{len(got)}"
            r = run_ingest(src, out, 1, extra)
            ok = sum(rec["status"] == "ok" for rec in r["records"])
            print(f"  {label:34s} {r['wall']:7.1f} s   peak per worker {max(r['worker_rss_mb'], default=0):5.0f} MB"
                  f"   workers {len(r['worker_rss_mb'])}   ok {ok}/{len(r['records'])}", flush=True)
            got[label] = outputs(out)
        one, other = got.values()
        print(f"  the same JSON from both runs: {'yes' if one == other else 'NO'}")


if __name__ == "__main__":
    main()
