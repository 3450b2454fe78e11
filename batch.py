"""Batch conversion that never loses work.

Each input runs in a worker process (a crash, a hang or a memory blow-up takes down only that
file, as in Apache Tika's fork-parser); outputs are written atomically (temp file + rename);
``manifest.jsonl`` records every input's fate; ``resume`` skips inputs whose output already holds
the same content hash and vetplan version.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from . import __version__
from .pipeline import Limits

TMP_SUFFIX = ".vetplan-tmp"
MANIFEST = "manifest.jsonl"


@dataclass
class BatchOptions:
    out_dir: Path
    jobs: int = 1
    resume: bool = False
    timeout: float | None = 600.0
    limits: Limits = field(default_factory=Limits)
    lexicon_path: Path | None = None
    jsonl: str | None = None  # a file path, "-" for stdout, or None


@dataclass
class Record:
    """One line of ``manifest.jsonl``."""

    input: str
    status: str  # ok | error | skipped
    output: str | None = None
    error: str | None = None
    sha256: str | None = None
    seconds: float | None = None
    is_plan: bool | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class BatchSummary:
    records: list[Record]
    seconds: float
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.records if r.status == status)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.count("error") else 0


@dataclass
class _Job:
    index: int
    display_name: str
    path: str
    output: str  # relative to out_dir


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_atomic(dest: Path, data: str) -> None:
    """Write ``data`` to ``dest`` via a temp file in the same folder and ``os.replace``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}{TMP_SUFFIX}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()


_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def _safe_parts(display_name: str) -> list[str]:
    parts = []
    for part in re.split(r"[\\/]+", display_name):
        if part in ("", ".", ".."):
            continue
        part = _UNSAFE.sub("_", part).strip(" .") or "_"
        parts.append(part[:120])
    return parts or ["input"]


def output_names(display_names: Sequence[str]) -> list[str]:
    """Output path (relative to ``-o``) per input: ``samples/000.txt`` → ``000.json``,
    ``a.zip/sub/plan.pdf`` → ``a.zip/sub/plan.json``. Collisions are impossible: ``plan.pdf`` and
    ``plan.txt`` in one folder keep their extension, two ``plan.pdf`` from different places get a
    short hash of their display name."""

    def stem_name(parts: list[str]) -> str:
        last = parts[-1]
        stem = last.rsplit(".", 1)[0] if "." in last.strip(".") else last
        return "/".join([*parts[:-1], stem]) + ".json"

    def full_name(parts: list[str]) -> str:
        return "/".join(parts) + ".json"

    parts_list = [_safe_parts(n) for n in display_names]
    names = [stem_name(p) for p in parts_list]
    for rule in (full_name, None):
        seen: dict[str, int] = {}
        for name in names:
            seen[name.lower()] = seen.get(name.lower(), 0) + 1
        for i, name in enumerate(names):
            if seen[name.lower()] > 1 or name.lower() == MANIFEST:
                if rule is not None:
                    names[i] = rule(parts_list[i])
                else:
                    digest = hashlib.sha256(display_names[i].encode()).hexdigest()[:8]
                    names[i] = name[: -len(".json")] + f"-{digest}.json"
    return names


def _output_is_current(dest: Path, sha: str) -> bool:
    try:
        data = json.loads(dest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    src = data.get("source") or {}
    return src.get("sha256") == sha and data.get("vetplan_version") == __version__


# ---------------------------------------------------------------- worker side


def _worker_main(conn: Connection, out_dir: str, limits: Limits, lexicon: str | None, want_json: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from .pipeline import plan_from_file

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        started = time.perf_counter()
        rec: dict[str, Any] = {"input": job.display_name}
        payload = None
        try:
            plan = plan_from_file(
                Path(job.path),
                display_name=job.display_name,
                lexicon_path=Path(lexicon) if lexicon else None,
                limits=limits,
            )
            text = plan.model_dump_json(indent=2)
            write_atomic(Path(out_dir) / job.output, text + "\n")
            rec.update(status="ok", output=job.output, sha256=plan.source.sha256, is_plan=plan.is_plan,
                       warnings=plan.warnings)
            if want_json:
                payload = plan.model_dump_json()
        except Exception as exc:  # every failure becomes an error record, never a crash of the batch
            message = str(exc) or type(exc).__name__
            if job.display_name not in message:
                message = f"{job.display_name}: {message}"
            rec.update(status="error", error=f"{type(exc).__name__}: {message}")
        rec["seconds"] = round(time.perf_counter() - started, 3)
        conn.send((job.index, rec, payload))


class _Worker:
    def __init__(self, ctx, args: tuple) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.job: _Job | None = None
        self.started = 0.0

    def submit(self, job: _Job) -> None:
        self.job = job
        self.started = time.monotonic()
        self.conn.send(job)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()


# ---------------------------------------------------------------- parent side


def _clean_stale_temp(out_dir: Path) -> None:
    for tmp in out_dir.rglob(f"*{TMP_SUFFIX}"):
        try:
            tmp.unlink()
        except OSError:
            pass


def run_batch(
    paths: Sequence[Path],
    options: BatchOptions,
    *,
    on_start: Callable[[int], None] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> BatchSummary:
    """Convert every plan under ``paths`` into ``options.out_dir``; never raises for a bad input."""
    from .ingest import iter_inputs

    t0 = time.perf_counter()
    out_dir = options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    _clean_stale_temp(out_dir)
    workdir = Path(tempfile.mkdtemp(prefix="vetplan-"))
    records: dict[int, Record] = {}
    jobs: list[_Job] = []
    jsonl_lines: dict[int, str] = {}
    interrupted = False
    out_resolved = out_dir.resolve()

    def finish(index: int, rec: Record, payload: str | None = None) -> None:
        records[index] = rec
        if payload is not None:
            if options.jsonl == "-":
                print(payload, flush=True)
            else:
                jsonl_lines[index] = payload
        if on_record:
            on_record(rec)

    try:
        existing = []
        for p in paths:
            p = Path(p)
            if p.is_symlink() or p.exists():
                existing.append(p)
            else:
                records[len(records)] = Record(input=str(p), status="error",
                                               error=f"{p}: no such file or directory")
        items = []
        for item in iter_inputs(existing, workdir):
            path = Path(item.path) if item.path else None
            # never read our own outputs back in when -o sits inside an input folder
            if path is not None and path.resolve().is_relative_to(out_resolved):
                continue
            items.append(item)
        base = len(records)
        names = output_names([it.display_name for it in items])
        if on_start:
            on_start(len(records) + len(items))
        for rec in list(records.values()):
            if on_record:
                on_record(rec)
        for offset, (item, name) in enumerate(zip(items, names, strict=True)):
            index = base + offset
            if item.error or item.path is None:
                finish(index, Record(input=item.display_name, status="error",
                                     error=item.error or f"{item.display_name}: could not be read"))
                continue
            if options.resume:
                try:
                    sha = sha256_file(Path(item.path))
                except OSError as exc:
                    finish(index, Record(input=item.display_name, status="error",
                                         error=f"{item.display_name}: {exc.strerror or exc}"))
                    continue
                if _output_is_current(out_dir / name, sha):
                    finish(index, Record(input=item.display_name, status="skipped", output=name, sha256=sha))
                    continue
            jobs.append(_Job(index, item.display_name, str(item.path), name))

        interrupted = _run_jobs(jobs, options, finish)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        _clean_stale_temp(out_dir)

    ordered = [records[i] for i in sorted(records)]
    manifest = "".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in ordered)
    write_atomic(out_dir / MANIFEST, manifest)
    if options.jsonl and options.jsonl != "-":
        write_atomic(Path(options.jsonl), "".join(jsonl_lines[i] + "\n" for i in sorted(jsonl_lines)))
    return BatchSummary(records=ordered, seconds=time.perf_counter() - t0, interrupted=interrupted)


def _run_jobs(jobs: list[_Job], options: BatchOptions, finish: Callable[..., None]) -> bool:
    """Feed jobs to worker processes; returns True when interrupted."""
    if not jobs:
        return False
    ctx = mp.get_context("spawn")
    args = (str(options.out_dir), options.limits, str(options.lexicon_path) if options.lexicon_path else None,
            options.jsonl is not None)
    n_workers = max(1, min(options.jobs, len(jobs)))
    pending = list(reversed(jobs))
    workers = [_Worker(ctx, args) for _ in range(n_workers)]
    try:
        while pending or any(w.job for w in workers):
            for w in workers:
                if w.job is None and pending:
                    w.submit(pending.pop())
            busy = [w for w in workers if w.job is not None]
            ready = wait([w.conn for w in busy], timeout=0.25)
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.job is None:
                    continue
                job = w.job
                if w.conn in ready:
                    try:
                        index, rec, payload = w.conn.recv()
                    except (EOFError, OSError):
                        code = w.process.exitcode
                        w.kill()
                        workers[i] = _Worker(ctx, args)
                        finish(job.index, Record(input=job.display_name, status="error",
                                                 error=f"{job.display_name}: worker process died (exit code {code})"))
                        continue
                    w.job = None
                    finish(index, Record(**rec), payload)
                elif options.timeout is not None and now - w.started > options.timeout:
                    w.kill()
                    workers[i] = _Worker(ctx, args)
                    finish(job.index, Record(input=job.display_name, status="error",
                                             error=f"{job.display_name}: timed out after {options.timeout:g} s"))
                elif not w.process.is_alive():
                    code = w.process.exitcode
                    w.kill()
                    workers[i] = _Worker(ctx, args)
                    finish(job.index, Record(input=job.display_name, status="error",
                                             error=f"{job.display_name}: worker process died (exit code {code})"))
    except KeyboardInterrupt:
        for w in workers:
            w.kill()
        return True
    for w in workers:
        w.stop()
    return False
