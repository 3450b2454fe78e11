"""Pipeline speed, each figure beside a plain baseline measured in the same run.

The machine may be shared and noisy, so every figure comes with a baseline timed moments before
or after it, and the ratio is what to compare between runs:

  startup        ``vetplan --help``                    vs ``python -c pass``
  lexicon        first build (empty cache) / load      vs ``python -c pass``
  normalize      normalize_text + extract_plan, syllables/s on one core, ×1 ×4 ×16 a sample
                                                        vs NFC + regex tokenisation of the same text
  ocr            scanned PDF → pages/s, ocr_jobs=1 and 2 vs 1 and 2 bare ``tesseract page.png stdout -l vie``
                 run at once (so the scaling is judged against what the cores really give)
  non-OCR share  normalize + extract + schema of an OCR'd scan, as % of its OCR time
  batch          a real ``vetplan ingest DIR -o OUT -q`` of N distinct text plans (samples/*.txt, each
                 copy made unique), jobs=2 vs jobs=1: wall, files/s, mean per-file seconds, parent
                 overhead, worker start-up (vs ``python -c pass``); N=1000 (``--quick``: 120)
  exact copies   the same with byte-identical copies (deduplicated; shown apart, not a speed figure)
  memory         peak RSS per worker and of the parent

Each normalization size runs in a fresh process (warm lexicon, cold per-document caches).
Usage: ``python benchmarks/pipeline_speed.py [--quick] [--only startup,normalize,ocr,batch] [--batch-n N]``
(``--quick``: under 2 minutes; the full run takes about 5).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SYL_RE = re.compile(r"[^\W\d_]+")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the command line sets it


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def run_s(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall seconds of one command (output discarded)."""
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - t


def median_s(cmd: list[str], n: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(run_s(cmd, env) for _ in range(n))


def vetplan_cmd() -> list[str]:
    exe = shutil.which("vetplan")
    return [exe] if exe else [sys.executable, "-m", "vetplan"]


def row(label: str, value: str, base: str, ratio: str, note: str = "") -> None:
    print(f"  {label:34s} {value:>16s}   {base:>16s}   {ratio:>8s}  {note}", flush=True)


def header(title: str, value: str, base: str) -> None:
    print(f"\n{title}  ({load()})")
    print(f"  {'':34s} {value:>16s}   {base:>16s}   {'ratio':>8s}")


# ------------------------------------------------------------------ startup and lexicon


def bench_startup(quick: bool) -> dict:
    n = 3 if quick else 7
    header("startup", "vetplan", "python -c pass")
    base = median_s([sys.executable, "-c", "pass"], n)
    helps = median_s([*vetplan_cmd(), "--help"], n)
    row(f"--help (median of {n})", f"{helps:.3f} s", f"{base:.3f} s", f"{helps / base:.2f}x",
        "target < 0.5 s")
    code = "from vetplan.normalize.lexicon import get_lexicon; get_lexicon(None)"
    warm = median_s([sys.executable, "-c", code], n)
    row("lexicon load from disk cache", f"{warm - base:.3f} s", "", "", "(process time minus python -c pass)")
    out = {"help_s": helps, "python_s": base, "lexicon_load_s": warm - base}
    if not quick:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, VETPLAN_CACHE=cache)
            cold = run_s([sys.executable, "-c", code], env)
            again = run_s([sys.executable, "-c", code], env)
        row("lexicon first build (empty cache)", f"{cold - base:.2f} s", "", "", f"then {again - base:.3f} s")
        out["lexicon_build_s"] = cold - base
    return out


# ------------------------------------------------------------------ normalization


def baseline_tokenise(text: str) -> int:
    """The plain baseline: NFC per line + regex syllable tokenisation."""
    n = 0
    for line in text.split("\n"):
        n += len(SYL_RE.findall(unicodedata.normalize("NFC", line)))
    return n


def _norm_worker(path: str, mult: int, repeat: int) -> None:
    """Child process: time normalize+extract of ``mult`` copies of a sample; print JSON."""
    from vetplan.extract import extract_plan
    from vetplan.normalize import normalize_text
    from vetplan.normalize.decode import clear_caches
    from vetplan.normalize.lexicon import get_lexicon

    normalize_text("Ké hoach\n")  # load lexicon and channels, as a batch worker does at start
    extract_plan("KẾ HOẠCH\n")
    text = "\n".join([Path(path).read_text(encoding="utf-8")] * mult)
    best_n = best_e = float("inf")
    damage = ""
    for _ in range(repeat):
        clear_caches(get_lexicon(None))  # each repeat is a first document: nothing learned from the last one
        t = time.perf_counter()
        res = normalize_text(text)
        t1 = time.perf_counter()
        extract_plan(res.text)
        t2 = time.perf_counter()
        if t2 - t < best_n + best_e:
            best_n, best_e = t1 - t, t2 - t1
        damage = res.damage
        syl = baseline_tokenise(res.text)  # the plan's syllables as repaired ("nghi~p": two letter runs, one syllable)
    base = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        baseline_tokenise(text)
        base = min(base, time.perf_counter() - t)
    print(json.dumps({"syl": syl, "norm": best_n, "extract": best_e, "base": base, "damage": damage}))


def norm_point(path: Path, mult: int, repeat: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--_norm", str(path), str(mult), str(repeat)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench_normalize(quick: bool) -> dict:
    header("normalize + extract, one core", "syllables/s", "NFC+regex syl/s")
    plan: list[tuple[str, tuple[int, ...]]] = [
        ("000_663358d11c2db32e.txt", (1, 4) if quick else (1, 4, 16)),  # Tesseract-eng damage
        ("003_6086171514853b72.txt", (1, 4, 16)),  # clean
    ]
    if not quick:
        plan += [("004_9189d18628ef2108.excerpt.txt", (1, 4, 16)),  # symbol substitution
                 ("002_3303c71ebc34c61c.txt", (1, 4, 16))]
    results = {}
    for name, mults in plan:
        path = SAMPLES / name
        if not path.exists():
            continue
        first = None
        for m in mults:
            r = norm_point(path, m, 1 if (quick or m >= 4) else 2)
            total = r["norm"] + r["extract"]
            first = first or total
            rate, brate = r["syl"] / total, r["syl"] / r["base"]
            growth = f"t/t(x1)={total / first:5.1f}" if m > 1 else ""
            row(f"{name[:3]} x{m:<2d} {r['damage']:10s} {r['syl']:6d} syl", f"{rate:,.0f}", f"{brate:,.0f}",
                f"1/{brate / rate:,.0f}",
                f"{total:6.2f} s (norm {r['norm']:.2f}, extract {r['extract']:.2f}) {growth}")
            results[f"{name[:3]}x{m}"] = {**r, "rate": rate}
    print("  target: >= 20,000 syllables/s, time linear in size (t/t(x1) ~ 4, 16)")
    return results


# ------------------------------------------------------------------ OCR


def ocr_lines() -> list[str]:
    lines: list[str] = []
    for name in ("002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        lines += [" ".join(x.replace("*", "").split())[:90] for x in text.splitlines() if len(x.split()) >= 4]
    return lines


def bench_ocr(quick: bool, tmp: Path) -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from builders import cer, render_page

    from vetplan.ingest import read_document
    from vetplan.pipeline import build_plan

    n_pages = 2 if quick else 4
    per = 30
    lines = ocr_lines()
    pages = [[lines[(p * per + i) % len(lines)] for i in range(per)] for p in range(n_pages)]
    imgs = [render_page(p, dpi=300, font_pt=11, width_in=7.5) for p in pages]
    pdf = tmp / "scan.pdf"
    imgs[0].save(pdf, "PDF", save_all=True, append_images=imgs[1:], resolution=300.0)
    png = tmp / "page.png"
    imgs[0].save(png, dpi=(300, 300))
    header(f"OCR: image-only PDF, {n_pages} pages x {per} lines, 300 dpi, -l vie", "vetplan", "bare tesseract")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    tess = ["tesseract", str(png), "stdout", "-l", "vie", "--psm", "3"]
    reps = 1 if quick else 2
    out: dict = {}
    doc = None
    for jobs in (1, 2):
        # baseline: ``jobs`` bare tesseract processes on the page at once (what the cores really give)
        bare = float("inf")
        for _ in range(reps):
            t = time.perf_counter()
            procs = [subprocess.Popen(tess, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
                     for _ in range(jobs)]
            for pr in procs:
                pr.wait()
            bare = min(bare, time.perf_counter() - t)
        bare_rate = jobs / bare
        best = float("inf")
        for _ in range(reps):
            t = time.perf_counter()
            doc = read_document(pdf, ocr_jobs=jobs)
            best = min(best, time.perf_counter() - t)
        rate = n_pages / best
        row(f"ocr_jobs={jobs}: pages/s", f"{rate:.2f}", f"{bare_rate:.2f}", f"{rate / bare_rate:.2f}",
            f"{best:.2f} s for {n_pages} pages; baseline: {jobs} bare tesseract at once, {bare:.2f} s")
        out[f"pages_per_s_jobs{jobs}"] = rate
        out[f"bare_pages_per_s_jobs{jobs}"] = bare_rate
    assert doc is not None
    err = statistics.mean(cer(p.text, "\n".join(truth)) for p, truth in zip(doc.pages, pages, strict=True))
    print(f"  CER over the {n_pages} pages: {err:.4f} (target < 0.02)")
    from vetplan.extract import extract_plan
    from vetplan.normalize import normalize_text

    normalize_text("Ké hoach\n")  # the lexicon is loaded once per process (a batch worker does it at start)
    extract_plan("KẾ HOẠCH\n")
    t = time.perf_counter()
    build_plan(doc)
    rest = time.perf_counter() - t
    ocr_s = n_pages / out["pages_per_s_jobs1"]
    row("non-OCR (normalize+extract+schema)", f"{rest:.3f} s", f"{ocr_s:.2f} s OCR", f"{rest / ocr_s:.1%}",
        "target < 5% of OCR time")
    out.update(cer=err, non_ocr_s=rest, non_ocr_share=rest / ocr_s)
    return out


# ------------------------------------------------------------------ batch and memory


def make_plans(dest: Path, n: int, *, unique: bool) -> list[Path]:
    """``n`` text plans under ``dest``, cycling through samples/*.txt. ``unique``: every file gets one
    line of its own appended (a copy number), so no two inputs have the same bytes and no whole-document
    cache or deduplication can help; otherwise the files are exact copies."""
    dest.mkdir(parents=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    texts = [s.read_text(encoding="utf-8") for s in samples]
    paths = []
    for k in range(n):
        i = k % len(samples)
        text = texts[i]
        if unique:
            text = text.rstrip("\n") + f"\nNơi lưu: Văn thư, bản số {k + 1}/{n}.\n"
        path = dest / f"{k:04d}-{samples[i].name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _peak_rss_kb(pid: int) -> int:
    """VmHWM (peak resident set) of a live process in kB, 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Process ids of the live children of ``pid`` (the batch workers of a ``vetplan ingest``)."""
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def _is_resource_tracker(pid: int) -> bool:
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def run_ingest(src: Path, out: Path, jobs: int, extra: tuple[str, ...] = ()) -> dict:
    """One real ``vetplan ingest SRC -o OUT -q -j JOBS [EXTRA]``: wall seconds, manifest records, peak RSS
    of the parent and of each worker (VmHWM polled every 0.05 s) and of the largest process (wait4,
    exact)."""
    cmd = [*vetplan_cmd(), "ingest", str(src), "-o", str(out), "-q", "-j", str(jobs), *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    trackers: set[int] = set()  # multiprocessing's resource tracker: a child, no worker
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        for p in (proc.pid, *_children(proc.pid)):
            if p not in peaks and _is_resource_tracker(p):
                trackers.add(p)
            peaks[p] = max(peaks.get(p, 0), _peak_rss_kb(p))
        time.sleep(0.05)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    recs = [json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    workers = [kb / 1024 for p, kb in peaks.items() if p != proc.pid and p not in trackers and kb]
    return {"wall": wall, "records": recs, "cpu": usage.ru_utime + usage.ru_stime,
            "parent_rss_mb": peaks.get(proc.pid, 0) / 1024,
            "worker_rss_mb": workers, "max_rss_mb": usage.ru_maxrss / 1024}


def worker_startup(n: int, tmp: Path) -> float:
    """Median seconds from starting a batch worker (spawn) to its "ready" (pipeline imported and warm):
    what every worker pays once, measured with the batch runner's own worker class."""
    import multiprocessing as mp

    from vetplan.batch import _Worker
    from vetplan.pipeline import Limits

    ctx = mp.get_context("spawn")
    times = []
    for _ in range(n):
        t = time.perf_counter()
        w = _Worker(ctx, (str(tmp), Limits(), None, False, True))
        problem = w.conn.recv()
        times.append(time.perf_counter() - t)
        w.stop()
        if problem is not None:
            raise SystemExit(f"worker did not start: {problem}")
    return statistics.median(times)


def bench_batch(quick: bool, tmp: Path, n: int | None = None) -> dict:
    n = n or (120 if quick else 1000)
    make_plans(tmp / "distinct", n, unique=True)
    make_plans(tmp / "copies", n, unique=False)
    header(f"batch: vetplan ingest DIR -o OUT -q, N={n} distinct text plans (samples/*.txt, each made unique)",
           "jobs=2", "jobs=1")
    runs = {jobs: run_ingest(tmp / "distinct", tmp / f"out{jobs}", jobs) for jobs in (2, 1)}
    figures: dict = {"n": n}
    for jobs, r in runs.items():
        recs = r["records"]
        assert len(recs) == n and all(x["status"] == "ok" for x in recs), "every plan converted"
        busy = sum(x["seconds"] for x in recs)
        figures[f"jobs{jobs}"] = {
            "wall_s": r["wall"], "files_per_s": n / r["wall"], "mean_file_s": busy / n, "cpu_s": r["cpu"],
            "parent_overhead_s": r["wall"] - busy / jobs, "worker_rss_mb": max(r["worker_rss_mb"], default=0),
            "parent_rss_mb": r["parent_rss_mb"], "max_rss_mb": r["max_rss_mb"]}
    f2, f1 = figures["jobs2"], figures["jobs1"]
    row("wall seconds (THE figure: jobs=2)", f"{f2['wall_s']:.1f} s", f"{f1['wall_s']:.1f} s",
        f"{f1['wall_s'] / f2['wall_s']:.2f}x", "speed-up with 2 jobs")
    row("files/s", f"{f2['files_per_s']:.2f}", f"{f1['files_per_s']:.2f}", "")
    if n != 1000:
        row("per 1,000 files (scaled, NOT measured)", f"{1000 / f2['files_per_s']:.0f} s",
            f"{1000 / f1['files_per_s']:.0f} s", "", f"from N={n}; target < 60 s, jobs=2")
    else:
        row("1,000 files (measured)", f"{f2['wall_s']:.1f} s", f"{f1['wall_s']:.1f} s", "", "target < 60 s, jobs=2")
    row("CPU seconds, all processes", f"{f2['cpu_s']:.1f} s", f"{f1['cpu_s']:.1f} s", "",
        f"cores used on average: {f2['cpu_s'] / f2['wall_s']:.2f} (jobs=2), {f1['cpu_s'] / f1['wall_s']:.2f} (jobs=1)")
    row("mean of manifest seconds per file", f"{f2['mean_file_s']:.3f} s", f"{f1['mean_file_s']:.3f} s", "",
        "(per-file pipeline time inside a worker)")
    for s in sorted(SAMPLES.glob("*.txt")):
        per = {jobs: [x["seconds"] for x in runs[jobs]["records"] if x["input"].endswith(s.name)] for jobs in runs}
        row(f"  of which {s.name[:3]} (mean of {len(per[2])})", f"{statistics.mean(per[2]):.3f} s",
            f"{statistics.mean(per[1]):.3f} s", "")
    row("parent overhead: wall - busy/jobs", f"{f2['parent_overhead_s']:.2f} s", f"{f1['parent_overhead_s']:.2f} s",
        "", "start-up, tail imbalance, collecting, manifest")
    startup = worker_startup(3, tmp)
    python = median_s([sys.executable, "-c", "pass"], 3)
    row("worker start-up (spawn -> warm)", f"{startup:.2f} s", f"{python:.3f} s", f"{startup / python:.1f}x",
        "baseline: python -c pass; median of 3")
    row("peak RSS per worker (max)", f"{f2['worker_rss_mb']:.0f} MB", f"{f1['worker_rss_mb']:.0f} MB", "",
        "target < 300 MB per worker (VmHWM polled)")
    row("peak RSS parent", f"{f2['parent_rss_mb']:.0f} MB", f"{f1['parent_rss_mb']:.0f} MB", "")
    row("peak RSS largest process (wait4)", f"{f2['max_rss_mb']:.0f} MB", f"{f1['max_rss_mb']:.0f} MB", "")
    print("  note: the N plans are copies of 4 samples with one line each of their own, so per-token caches are")
    print("  warmer than on a varied real corpus; no two inputs have the same bytes.")
    figures["worker_startup_s"] = startup

    header(f"exact copies (dedup, NOT a speed figure): N={n} byte-identical copies of the 4 samples",
           "jobs=2", "")
    r = run_ingest(tmp / "copies", tmp / "out-copies", 2)
    recs = r["records"]
    assert len(recs) == n and all(x["status"] == "ok" for x in recs), "every copy converted"
    dups = sum(1 for x in recs if x.get("duplicate_of"))
    row("wall seconds", f"{r['wall']:.1f} s", "", "", f"{n - dups} converted, {dups} written as duplicates")
    figures["exact_copies"] = {"wall_s": r["wall"], "duplicates": dups}
    return figures


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--_norm":
        _norm_worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes, one repeat (< 2 minutes)")
    ap.add_argument("--only", default="startup,normalize,ocr,batch", help="comma-separated sections")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument("--batch-n", type=int, help="number of plans for the batch section (default 1000, --quick 120)")
    args = ap.parse_args()
    only = set(args.only.split(","))
    started = time.perf_counter()
    print(f"vetplan pipeline speed ({'quick' if args.quick else 'full'}); {os.cpu_count()} cores; {load()}; "
          f"python {sys.version.split()[0]}")
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "startup" in only:
            figures["startup"] = bench_startup(args.quick)
        if "normalize" in only:
            figures["normalize"] = bench_normalize(args.quick)
        if "ocr" in only:
            figures["ocr"] = bench_ocr(args.quick, Path(tmp))
        if "batch" in only:
            figures["batch"] = bench_batch(args.quick, Path(tmp), args.batch_n)
    print(f"\ntotal {time.perf_counter() - started:.0f} s ({load()})")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
