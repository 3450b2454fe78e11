"""Batch conversion that never loses work.

Each input runs in a worker process (a crash, a hang or a memory blow-up takes down only that
file, as in Apache Tika's fork-parser); outputs are written atomically (temp file + rename);
``manifest.jsonl`` records every input's fate, in input order; ``resume`` skips inputs whose output
already holds the same content hash and vetplan version. Inputs with identical bytes (and the same
extension) are converted once: every copy still gets its own output, written atomically, whose ``source.path``
(and the warnings that name the file) are its own, and its own record with ``duplicate_of``.

Workers run in their own session: a terminal Ctrl-C reaches only the parent (which then stops
them), and a timeout kills the worker's whole process group (an OCR subprocess included).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from . import __version__
from .build import build_id
from .pipeline import Limits, local_lexicon
from .schemas import SCHEMA_VERSION

TMP_SUFFIX = ".vetplan-tmp"
STALE_SUFFIX = ".stale"
MANIFEST = "manifest.jsonl"
#: seconds a fresh worker may take to import and warm up the pipeline before it is declared broken
STARTUP_TIMEOUT = 300.0
#: MB of resident memory past which a worker, its file done, is replaced by a fresh one (which starts in about a
#: second, and reads the next plan as the old one would have). The repair bounds what its memos carry from one plan
#: to the next (``normalize.decode.CARRY_LIMIT``), but a long-lived process still creeps (freed memory the allocator
#: keeps in pieces): one worker over 1,350 diverse plans (Tesseract-eng text, symbol codes, stripped) grew from 206
#: to 299 MB with the bound (523 MB before it). Replacing a worker costs its successor's first plans, read with
#: cold caches: at 280 MB, eight replacements in that batch made it 14–35% slower (two runs beside the old code).
WORKER_MEMORY_MB = 300


@dataclass
class BatchOptions:
    out_dir: Path
    jobs: int = 1
    resume: bool = False
    timeout: float | None = 600.0
    limits: Limits = field(default_factory=Limits)
    lexicon_path: Path | None = None
    jsonl: str | None = None  # a file path, "-" for stdout, or None
    quiet: bool = False  # silence what the stages print (their stderr) in the workers
    damage: str | None = None  # every input's damage kind when the user knows it (else per file)
    worker_memory_mb: float | None = WORKER_MEMORY_MB  # a worker past it after a file is replaced (None: never)


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
    duplicate_of: str | None = None  # the input with the same bytes whose conversion this output reuses


@dataclass
class BatchSummary:
    records: list[Record]
    seconds: float
    interrupted: bool = False
    workers_replaced: int = 0  # workers retired for their memory (``BatchOptions.worker_memory_mb``)

    def count(self, status: str) -> int:
        return sum(1 for r in self.records if r.status == status)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.count("error") else 0


@dataclass
class _Copy:
    """An input whose bytes are those of a job's input: converted with it, written as its own output."""

    index: int
    display_name: str
    output: str  # relative to out_dir


@dataclass
class _Job:
    index: int
    display_name: str
    path: str
    output: str  # relative to out_dir
    copies: list[_Copy] = field(default_factory=list)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_atomic(dest: Path, data: str) -> None:
    """Write ``data`` to ``dest`` via a temp file in the same folder and ``os.replace``: readers see
    the old file or the whole new one, never a part; the temp file never outlives the call."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name[:150]}.{os.getpid()}.{threading.get_ident() % 10_000}{TMP_SUFFIX}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
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
    """Output path (relative to ``-o``) per input: ``samples/000.txt`` → ``samples/000.json``,
    ``a.zip/sub/plan.pdf`` → ``a.zip/sub/plan.json``. Names never leave ``-o`` (no ``..``, no absolute
    path) and never collide, case-insensitively: ``plan.pdf`` and ``plan.txt`` in one folder keep their
    extension (``plan.pdf.json``), other clashes get a short hash (and, for identical display names, a
    counter); a name is never also used as a folder by another output."""

    def stem_name(parts: list[str]) -> str:
        last = parts[-1]
        stem = last.rsplit(".", 1)[0] if "." in last.strip(".") else last
        return "/".join([*parts[:-1], stem]) + ".json"

    def full_name(parts: list[str]) -> str:
        return "/".join(parts) + ".json"

    def hashed(i: int, name: str) -> str:
        digest = hashlib.sha256(display_names[i].encode("utf-8", "surrogateescape")).hexdigest()[:8]
        return name[: -len(".json")] + f"-{digest}.json"

    parts_list = [_safe_parts(n) for n in display_names]
    names = [stem_name(p) for p in parts_list]

    def clashes() -> set[int]:
        seen: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            seen.setdefault(name.lower(), []).append(i)
        folders: set[str] = set()
        for name in names:
            pieces = name.lower().split("/")
            folders.update("/".join(pieces[:k]) for k in range(1, len(pieces)))
        bad = {i for group in seen.values() if len(group) > 1 for i in group}
        bad |= {i for i, name in enumerate(names) if name.lower() in folders or name.lower() == MANIFEST}
        return bad

    for i in clashes():
        names[i] = full_name(parts_list[i])
    for i in clashes():
        names[i] = hashed(i, full_name(parts_list[i]))
    for _ in range(8):  # identical display names (or a hash clash): number the later ones -2, -3, …
        bad = clashes()
        if not bad:
            break
        groups: dict[str, list[int]] = {}
        for i in sorted(bad):
            groups.setdefault(names[i].lower(), []).append(i)
        used = {name.lower() for name in names}
        renamed = False
        for group in groups.values():
            number = 2
            for i in group[1:]:
                stem = names[i][: -len(".json")]
                while f"{stem}-{number}.json".lower() in used:
                    number += 1
                names[i] = f"{stem}-{number}.json"
                used.add(names[i].lower())
                renamed = True
        if not renamed:  # a clash numbering cannot solve (cannot happen); never loop forever
            break
    return names


def _read_current_output(dest: Path, sha: str, lexicon_sha: str | None = None) -> dict | None:
    """The parsed output at ``dest`` when it was made from content ``sha`` by this vetplan version and build
    (:func:`~vetplan.build.build_id`) in this schema version, with the local lexicon of hash ``lexicon_sha`` (None:
    the base lexicon alone) — a plan repaired before a lexicon was learned, or with another, is not current."""
    try:
        data = json.loads(dest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    src = data.get("source") or {}
    used = (data.get("normalization") or {}).get("lexicon") or {}
    if src.get("sha256") == sha and data.get("vetplan_version") == __version__ and (
            data.get("vetplan_build") == build_id()) and (
            data.get("schema_version") == SCHEMA_VERSION) and (
            (used.get("sha256") if isinstance(used, dict) else None) == lexicon_sha):
        return data
    return None


# ---------------------------------------------------------------- worker side


def _worker_init(quiet: bool) -> None:
    """Own session (terminal signals and our kills reach the worker's whole group, never the
    parent's); stdout goes to stderr so that ``--jsonl -`` stays clean; quiet silences stderr."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        os.setsid()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # (as the command line: numpy's BLAS threads only spin)
    os.dup2(2, 1)
    if quiet:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.dup2(devnull, 1)
        os.close(devnull)
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)


def _warm_up(lexicon: str | None) -> None:
    """Import the stages and load their models once, so that a file's timeout measures only that file."""
    from .pipeline import build_plan  # noqa: F401

    with contextlib.suppress(Exception):
        from .ingest import read_document  # noqa: F401
    with contextlib.suppress(Exception):
        from .normalize import normalize_text

        normalize_text("Kế hoạch\n", lexicon_path=lexicon)
    with contextlib.suppress(Exception):
        from .extract import extract_plan

        extract_plan("KẾ HOẠCH\n")


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux's ``/proc/self/statm``; elsewhere its peak so far,
    from ``getrusage``; 0.0 where neither can be read)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _error_text(exc: Exception, display_name: str) -> str:
    """``Type: <name>: reason`` for a failed input (the name is added when the message lacks it)."""
    message = str(exc).strip() or type(exc).__name__
    if display_name not in message:
        message = f"{display_name}: {message}"
    return f"{type(exc).__name__}: {message}"


def _copy_failed(name: str, first: str, reason: str | None) -> str:
    """The error of a byte-identical copy whose original failed: it names the copy first."""
    return f"{name}: same content as {first}, which failed: {reason}"


def _write_plan(plan: Any, display_name: str, out_dir: str, output: str,
                want_json: bool) -> tuple[dict[str, Any], str | None]:
    """Write ``plan`` atomically to ``out_dir/output``; its record fields and (``want_json``) its JSON line."""
    write_atomic(Path(out_dir) / output, plan.model_dump_json(indent=2) + "\n")
    rec = {"input": display_name, "status": "ok", "output": output, "sha256": plan.source.sha256,
           "is_plan": plan.is_plan, "warnings": list(plan.warnings)}
    return rec, plan.model_dump_json() if want_json else None


def plan_for_copy(plan: Any, first: str, name: str) -> Any:
    """The plan of input ``name`` whose bytes are those of ``first`` (converted into ``plan``): the same,
    but for ``source.path`` and the warnings that start with the file's name."""
    prefix = first + ":"
    warnings = [name + w[len(first):] if w.startswith(prefix) else w for w in plan.warnings]
    source = plan.source.model_copy(update={"path": name})
    return plan.model_copy(update={"source": source, "warnings": warnings})


def _write_copy(plan: Any, error: str | None, first: str, copy: _Copy, out_dir: str,
                want_json: bool) -> tuple[int, dict[str, Any], str | None]:
    """The (index, record, JSON line) of a copy of ``first``: its own output, or an error naming it."""
    started = time.perf_counter()
    rec: dict[str, Any] = {"input": copy.display_name}
    payload = None
    if plan is None:
        rec.update(status="error", error=_copy_failed(copy.display_name, first, error))
    else:
        try:
            rec, payload = _write_plan(plan_for_copy(plan, first, copy.display_name), copy.display_name, out_dir,
                                       copy.output, want_json)
        except Exception as exc:  # e.g. its output folder cannot be written: this copy fails alone
            rec.update(status="error", error=_error_text(exc, copy.display_name))
    rec["duplicate_of"] = first
    rec["seconds"] = round(time.perf_counter() - started, 3)
    return copy.index, rec, payload


def _worker_main(conn: Connection, out_dir: str, limits: Limits, lexicon: str | None, want_json: bool,
                 quiet: bool = False, damage: str | None = None) -> None:
    _worker_init(quiet)
    try:
        _warm_up(lexicon)
        from .pipeline import plan_from_file
    except Exception as exc:  # a broken install: tell the parent why, instead of dying silently
        conn.send(f"{type(exc).__name__}: {exc}")
        return
    conn.send(None)  # ready
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        started = time.perf_counter()
        payload = None
        plan = None
        try:
            plan = plan_from_file(
                Path(job.path),
                display_name=job.display_name,
                lexicon_path=Path(lexicon) if lexicon else None,
                limits=limits,
                damage=damage,
            )
            rec, payload = _write_plan(plan, job.display_name, out_dir, job.output, want_json)
        except Exception as exc:  # every failure becomes an error record, never a crash of the batch
            rec = {"input": job.display_name, "status": "error", "error": _error_text(exc, job.display_name)}
        rec["seconds"] = round(time.perf_counter() - started, 3)
        conn.send((job.index, rec, payload, resident_mb()))
        for copy in job.copies:  # one message per output: the parent's timeout applies to each
            conn.send((*_write_copy(plan, rec.get("error"), job.display_name, copy, out_dir, want_json),
                       resident_mb()))


class _Worker:
    def __init__(self, ctx, args: tuple) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.born = time.monotonic()
        self.job: _Job | None = None
        self.waiting: list[int] = []  # indices of the job's outputs not yet reported, in the worker's order
        self.started = 0.0

    def submit(self, job: _Job) -> None:
        self.job = job
        self.waiting = [job.index, *(c.index for c in job.copies)]
        self.started = time.monotonic()
        self.conn.send(job)

    def kill(self) -> None:
        """Kill the worker and everything it started (its process group)."""
        pid = self.process.pid
        if pid is not None and self.process.exitcode is None:
            try:
                if os.getpgid(pid) == pid:
                    os.killpg(pid, signal.SIGKILL)
                else:
                    self.process.kill()
            except (ProcessLookupError, PermissionError):
                pass
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.kill()


# ---------------------------------------------------------------- parent side


def _clean_stale_temp(out_dir: Path) -> None:
    for tmp in out_dir.rglob(f"*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            tmp.unlink()


class _Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl-C."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into KeyboardInterrupt while the batch runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):  # noqa: ARG001
        raise _Interrupted()

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):
            previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def _signals_ignored() -> Iterator[None]:
    """Ignore SIGINT/SIGTERM/SIGHUP while the manifest is written: the run is ending anyway."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):
            previous[sig] = signal.signal(sig, signal.SIG_IGN)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@dataclass
class _Item:
    """An input as the batch sees it (a copy of ``ingest.InputItem``)."""

    display_name: str
    path: Path | None
    error: str | None = None


def _iter_path(path: Path, workdir: Path) -> Iterator[Any]:
    """Items under one top-level input; a failure of the lister becomes an error item, never a crash."""
    from .ingest import iter_inputs

    try:
        yield from iter_inputs([path], workdir)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug or a hostile archive in the lister must not stop the batch
        message = str(exc) or type(exc).__name__
        if str(path) not in message and path.name not in message:
            message = f"{path}: {message}"
        yield _Item(display_name=str(path), path=None, error=f"{type(exc).__name__}: {message}")


def _collect(paths: Sequence[Path], workdir: Path, out_dir: Path, skip: set[Path] | None = None) -> list[Any]:
    """Every input item in command-line order; missing paths are error items; a path given twice
    is read once; our own outputs (``-o``, the ``--jsonl`` file) are never read back in."""
    out_resolved = out_dir.resolve()
    items: list[Any] = []
    seen: set[Path] = set()
    seen_files: set[Path] = set()
    for n, p in enumerate(paths):
        p = Path(p)
        if not (p.is_symlink() or p.exists()):
            items.append(_Item(display_name=str(p), path=None, error=f"{p}: no such file or directory"))
            continue
        key = p.resolve()
        if key in seen:
            continue
        seen.add(key)
        sub = workdir / f"in{n}"
        sub.mkdir(parents=True, exist_ok=True)
        group = []
        yielded = 0
        for item in _iter_path(p, sub):
            yielded += 1
            path = Path(item.path) if item.path else None
            if path is not None:
                real = path.resolve()
                if real.is_relative_to(out_resolved) or real in (skip or ()) or real in seen_files:
                    continue  # our own output, or a file already reached through another argument
                seen_files.add(real)
            group.append((p, _Item(str(item.display_name), path, getattr(item, "error", None))))
        if not yielded:  # an empty folder or archive is reported, never silently dropped
            group.append((p, _Item(str(p), None, f"{p}: no documents found (empty folder or archive)")))
        items.extend(group)
    return _unique_display_names(items)


def _unique_display_names(pairs: list[Any]) -> list[Any]:
    """Two inputs may carry the same display name (``a/plan.txt`` and ``b/plan.txt`` given on the
    command line are both ``plan.txt``): prefix those with the folder the user named them by."""
    counts: dict[str, int] = {}
    for pair in pairs:
        item = pair[1] if isinstance(pair, tuple) else pair
        counts[item.display_name] = counts.get(item.display_name, 0) + 1
    out = []
    for pair in pairs:
        if not isinstance(pair, tuple):
            out.append(pair)
            continue
        root, item = pair
        if counts[item.display_name] > 1:
            # names inside a folder are relative to it; a file's (or an archive's) name is its own
            parent = root if root.is_dir() and not root.is_symlink() else root.parent
            if str(parent) in ("", "."):
                parent = Path(os.path.abspath(parent))
            prefix = str(parent).rstrip("/")
            if not item.display_name.startswith(prefix + "/"):
                item.display_name = f"{prefix}/{item.display_name}"
        out.append(item)
    return out


def run_batch(
    paths: Sequence[Path],
    options: BatchOptions,
    *,
    on_start: Callable[[int], None] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> BatchSummary:
    """Convert every plan under ``paths`` into ``options.out_dir``; never raises for a bad input.

    The manifest (and ``--jsonl`` file) list inputs in command-line order, then folder/archive order.
    Interrupted (Ctrl-C, SIGTERM, SIGHUP): workers are killed, no temp file is left, and the manifest
    holds what finished."""
    t0 = time.perf_counter()
    out_dir = Path(options.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _clean_stale_temp(out_dir)
    workdir = Path(tempfile.mkdtemp(prefix="vetplan-"))
    records: dict[int, Record] = {}
    jobs: list[_Job] = []
    jsonl_lines: dict[int, str] = {}
    interrupted = False
    replaced = 0

    stdout_open = True

    names: list[str] = []

    def finish(index: int, rec: Record, payload: str | None = None) -> None:
        nonlocal stdout_open
        if rec.status == "error" and index < len(names):
            _set_aside_stale_output(out_dir, names[index], rec)
        records[index] = rec
        if payload is not None:
            if options.jsonl == "-":
                if stdout_open:
                    try:
                        print(payload, flush=True)
                    except (BrokenPipeError, ValueError):  # `| head` closed the pipe: keep converting
                        stdout_open = False
                        with contextlib.suppress(OSError):
                            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            else:
                jsonl_lines[index] = payload
        if on_record:
            on_record(rec)

    with _terminate_as_interrupt():
        try:
            skip = {Path(options.jsonl).resolve()} if options.jsonl and options.jsonl != "-" else set()
            items = _collect(paths, workdir, out_dir, skip)
            names[:] = output_names([it.display_name for it in items])
            lexicon = local_lexicon(options.lexicon_path)[0] if options.resume else None
            lexicon_sha = lexicon.sha256 if lexicon else None
            shas: dict[int, str] = {}
            if on_start:
                on_start(len(items))
            for index, (item, name) in enumerate(zip(items, names, strict=True)):
                if item.error or item.path is None:
                    error = item.error or "could not be read"
                    if item.display_name not in error:
                        error = f"{item.display_name}: {error}"
                    finish(index, Record(input=item.display_name, status="error", error=error))
                    continue
                if options.resume:
                    try:
                        sha = sha256_file(Path(item.path))
                    except OSError as exc:
                        finish(index, Record(input=item.display_name, status="error",
                                             error=f"{item.display_name}: {exc.strerror or exc}"))
                        continue
                    shas[index] = sha
                    data = _read_current_output(out_dir / name, sha, lexicon_sha)
                    if data is not None:
                        warnings = data.get("warnings")
                        finish(index, Record(input=item.display_name, status="skipped", output=name, sha256=sha,
                                             is_plan=data.get("is_plan"),
                                             warnings=warnings if isinstance(warnings, list) else []))
                        continue
                jobs.append(_Job(index, item.display_name, str(item.path), name))

            jobs = _merge_duplicates(jobs, shas)
            interrupted, replaced = _run_jobs(jobs, options, finish)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            with _signals_ignored():
                shutil.rmtree(workdir, ignore_errors=True)
                _clean_stale_temp(out_dir)
                ordered = [records[i] for i in sorted(records)]
                manifest = "".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in ordered)
                write_atomic(out_dir / MANIFEST, manifest)
                if options.jsonl and options.jsonl != "-":
                    write_atomic(Path(options.jsonl),
                                 "".join(jsonl_lines[i] + "\n" for i in sorted(jsonl_lines)))
    return BatchSummary(records=ordered, seconds=time.perf_counter() - t0, interrupted=interrupted,
                        workers_replaced=replaced)


def _set_aside_stale_output(out_dir: Path, name: str, rec: Record) -> None:
    """An input that now fails must not leave its earlier run's JSON looking current: the old output
    is renamed ``<name>.stale`` (kept, but no longer ``*.json``) and the record says so."""
    old = out_dir / name
    if not old.is_file():
        return
    try:
        os.replace(old, old.with_name(old.name + STALE_SUFFIX))
    except OSError as exc:
        rec.warnings.append(f"{rec.input}: the earlier output {name} could not be set aside ({exc.strerror or exc})")
        return
    rec.warnings.append(f"{rec.input}: the earlier output {name} is stale; it was renamed {name}{STALE_SUFFIX}")


def _merge_duplicates(jobs: list[_Job], shas: dict[int, str]) -> list[_Job]:
    """Fold every job whose input has the bytes and extension (the format depends on both) of an
    earlier job's into that job's ``copies``. Only files whose size and extension another file shares
    are hashed (``shas``: hashes already known, from --resume); an unreadable file stays a job of its own."""
    by_size: dict[tuple[int, str], list[_Job]] = {}
    for job in jobs:
        try:
            size = os.stat(job.path).st_size
        except OSError:
            continue
        by_size.setdefault((size, Path(job.path).suffix.lower()), []).append(job)
    first: dict[tuple[str, str], _Job] = {}
    folded: set[int] = set()
    for (_, suffix), group in by_size.items():
        if len(group) < 2:
            continue
        for job in group:  # in input order: the first of equal inputs is converted
            sha = shas.get(job.index)
            if sha is None:
                try:
                    sha = sha256_file(Path(job.path))
                except OSError:
                    continue
            leader = first.setdefault((sha, suffix), job)
            if leader is not job:
                leader.copies.append(_Copy(job.index, job.display_name, job.output))
                folded.add(job.index)
    return [job for job in jobs if job.index not in folded] if folded else jobs


def _make_lexicon(lexicon: str | None) -> None:
    _worker_init(True)
    from .normalize.lexicon import get_lexicon

    get_lexicon(lexicon)


def _make_lexicon_once(ctx: Any, lexicon: str | None) -> None:
    """Build the lexicon the workers will use — the base one on a fresh machine, or its merge with a local lexicon
    — in a process of its own before they start, when it is not cached yet (both are cached on disk): built in the
    workers, it cost each of them the work and the memory of building it (a local lexicon's merge: worker peaks of
    308–325 MB against 184–203 MB). Should it fail, each worker builds it on its own as before."""
    from .normalize.lexicon import lexicon_cached

    if lexicon_cached(lexicon):
        return
    proc = ctx.Process(target=_make_lexicon, args=(lexicon,), daemon=True)
    proc.start()
    try:
        proc.join(STARTUP_TIMEOUT)
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join()


class _Pool:
    """The worker processes of a batch."""

    def __init__(self, options: BatchOptions) -> None:
        self.ctx = mp.get_context("spawn")
        self.args = (str(options.out_dir), options.limits,
                     str(options.lexicon_path) if options.lexicon_path else None, options.jsonl is not None,
                     options.quiet, options.damage)
        self.workers: list[_Worker] = []

    def new(self) -> _Worker:
        return _Worker(self.ctx, self.args)

    def kill_all(self) -> None:
        """Kill every worker still running (and its process group)."""
        for w in self.workers:
            w.kill()
        self.workers.clear()


def _run_jobs(jobs: list[_Job], options: BatchOptions, finish: Callable[..., None]) -> tuple[bool, int]:
    """Feed jobs to worker processes; returns whether the batch was interrupted, and how many workers were
    replaced for their memory."""
    if not jobs:
        return False, 0
    timeout = options.timeout
    pool = _Pool(options)
    _make_lexicon_once(pool.ctx, str(options.lexicon_path) if options.lexicon_path else None)
    workers = pool.workers
    pending = list(reversed(jobs))
    failed_starts = 0
    retired = 0

    def replace(i: int) -> None:
        workers[i].kill()
        workers[i] = pool.new()

    def retire(i: int) -> None:
        """Worker ``i``, its job done, has grown past the memory budget: it stops, a fresh one takes its place."""
        nonlocal retired
        workers[i].stop()
        workers[i] = pool.new()
        retired += 1

    def fail(job: _Job, waiting: Sequence[int], reason: str, started: float | None = None) -> None:
        """Error records for the outputs of ``job`` (indices ``waiting``) that will never come."""
        seconds = round(time.monotonic() - started, 3) if started else None
        first_failed = job.index in waiting
        if first_failed:
            finish(job.index, Record(input=job.display_name, status="error", error=f"{job.display_name}: {reason}",
                                     seconds=seconds))
        for copy in job.copies:
            if copy.index not in waiting:
                continue
            if first_failed:
                error = _copy_failed(copy.display_name, job.display_name, reason)
            else:
                error = f"{copy.display_name}: {reason}"
            finish(copy.index, Record(input=copy.display_name, status="error", error=error,
                                      seconds=None if first_failed else seconds, duplicate_of=job.display_name))

    def fail_all(job: _Job, reason: str) -> None:
        fail(job, [job.index, *(c.index for c in job.copies)], reason)

    def lost(i: int, reason: str) -> None:
        """Worker ``i`` died or was killed: fail what it still owed and start a new one."""
        w = workers[i]
        job, waiting, started = w.job, w.waiting, w.started
        replace(i)
        if job is not None:
            fail(job, waiting, reason, started)

    try:
        workers.extend(pool.new() for _ in range(max(1, min(options.jobs, len(jobs)))))
        while pending or any(w.job for w in workers):
            for w in workers:
                if w.ready and w.job is None and pending:
                    w.submit(pending.pop())
            ready = wait([w.conn for w in workers if w.job is not None or not w.ready], timeout=0.25)
            now = time.monotonic()
            for i, w in enumerate(workers):
                job = w.job
                if not w.ready:  # starting up
                    message = None
                    if w.conn in ready:
                        try:
                            problem = w.conn.recv()
                            if problem is None:
                                w.ready, failed_starts = True, 0
                                continue
                            message = f"the pipeline cannot start: {problem}"
                        except (EOFError, OSError):
                            message = f"worker process died while starting (exit code {w.process.exitcode})"
                    elif now - w.born > STARTUP_TIMEOUT:
                        message = f"worker process did not start within {STARTUP_TIMEOUT:g} s"
                    elif not w.process.is_alive():
                        message = f"worker process died while starting (exit code {w.process.exitcode})"
                    if message:
                        failed_starts += 1
                        if failed_starts >= 3:  # the pipeline itself is broken: fail what is left, loudly
                            while pending:
                                fail_all(pending.pop(), message)
                            workers[i].kill()
                            workers.pop(i)
                            if not workers:
                                return False, retired
                            break
                        replace(i)
                    continue
                if job is None:
                    continue
                if w.conn in ready:
                    try:
                        index, rec, payload, memory_mb = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join(1)
                        lost(i, f"worker process died (exit code {w.process.exitcode})")
                        continue
                    with contextlib.suppress(ValueError):
                        w.waiting.remove(index)
                    w.started = now  # the timeout applies to each output of a job
                    if not w.waiting:
                        w.job = None
                    finish(index, Record(**rec), payload)
                    limit = options.worker_memory_mb
                    if w.job is None and limit is not None and memory_mb > limit and pending:
                        retire(i)
                elif timeout is not None and now - w.started > timeout:
                    lost(i, f"timed out after {timeout:g} s")
                elif not w.process.is_alive():
                    lost(i, f"worker process died (exit code {w.process.exitcode})")
    except KeyboardInterrupt:
        pool.kill_all()
        return True, retired
    for w in workers:  # all are told to stop first, so that they exit together
        with contextlib.suppress(OSError):
            w.conn.send(None)
    for w in workers:
        w.stop()
    workers.clear()
    return False, retired
