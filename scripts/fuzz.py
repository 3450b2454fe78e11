#!/usr/bin/env python3
"""Fuzz campaign for vetplan's stages: a mutation fuzzer with delta-debugging minimisation.

Targets and the properties checked on every input:

* ``normalize`` — ``normalize.pipeline.run`` never raises (the public ``normalize_text`` would hide it
  behind its NFC fallback), keeps the line count, is idempotent, leaves clean lines unchanged, < 5 s.
* ``extract`` — ``extract_plan`` never raises, no extractor fails silently ("extractor failed" warning),
  ``pipeline.build_plan`` gives a ``Plan`` that validates, evidence lines lie inside the text, < 5 s.
* ``readers`` — ``ingest.read_document`` on mutated bytes of real .txt/.pdf/.docx files raises nothing but
  ``IngestError``, never hangs (per-input timeout) and never kills its process; it runs in a child process.

Inputs are mutations of the samples' text (character edits, stripped diacritics, OCR-like confusions,
control characters, line shuffles, splices) and of real files built from it (byte flips, chunk deletion,
duplication, truncation, PDF number tampering). Each distinct failure (target, property, exception type,
place) is shrunk to a minimal input and printed; minimal inputs are saved under ``--save``.

    OMP_THREAD_LIMIT=1 python scripts/fuzz.py --seconds 420            # all targets, ~7 min
    python scripts/fuzz.py --targets normalize --seconds 60 --seed 3
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import time
import traceback
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SLOW_SECONDS = 5.0
READER_TIMEOUT = 30.0


# ------------------------------------------------------------------ failures


@dataclass
class Failure:
    target: str
    prop: str
    kind: str  # exception type or a short description
    where: str  # file:line of the raising frame, or a detail that tells failures apart
    message: str
    example: str | bytes
    found_after: int
    minimal: str | bytes | None = None
    count: int = 1

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.target, self.prop, self.kind, self.where)


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame inside vetplan (else the innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if str(ROOT) in f.filename and "scripts/fuzz.py" not in f.filename]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{Path(frame.filename).relative_to(ROOT) if str(ROOT) in frame.filename else frame.filename}:{frame.lineno}"


class Violation(Exception):
    """A property does not hold; ``prop`` names it, ``where`` tells distinct causes apart."""

    def __init__(self, prop: str, where: str, message: str) -> None:
        super().__init__(message)
        self.prop, self.where = prop, where


# ------------------------------------------------------------------ text inputs


def _clean_lines() -> list[str]:
    lines = []
    for s in ("002", "003"):
        for p in SAMPLES.glob(f"{s}_*.txt"):
            lines += [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def _all_sample_lines() -> list[str]:
    return [ln for p in sorted(SAMPLES.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]


def strip_marks(text: str) -> str:
    out = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in out if not unicodedata.combining(c)))


OCR_LIKE = {"ế": "é", "ạ": "a", "ệ": "é", "ộ": "6", "ố": "6", "ơ": "o", "ư": "u", "ă": "i", "đ": "d", "Đ": "P",
            "ề": "é", "ớ": "é", "ợ": "o", "ủ": "u", "ấ": "a", "ậ": "a", "I": "|", "l": "1", "ọ": "9", "ả": "?"}
ODD = ["\x00", "\r", "\t", "\f", "\v", "\x1b", "\u00a0", "\u200b", "\u2028", "\ufeff", "\u0301", "\u0323",
       "\ufffd", "\U0001f600", "ǅ", "ﬁ", "ß", "İ", "\u0300\u0300\u0300", "(", ")", "/", "-", "…", "“", "%", "§"]


class TextMutator:
    """Random texts grown from the samples' lines."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.clean = _clean_lines()
        self.all = _all_sample_lines()
        self.chars = sorted({c for ln in self.all for c in ln})
        self.run_chars = [c for c in self.chars if not c.isspace()]

    def clean_text(self) -> str:
        r = self.rng
        start = r.randrange(len(self.clean))
        return "\n".join(self.clean[start:start + r.randint(1, 12)])

    def base(self) -> str:
        r = self.rng
        choice = r.random()
        if choice < 0.3:
            return self.clean_text()
        if choice < 0.6:
            start = r.randrange(len(self.all))
            return "\n".join(self.all[start:start + r.randint(1, 40)])
        if choice < 0.8:
            return "\n".join(r.choice(self.all) for _ in range(r.randint(1, 10)))
        words = [w for ln in r.sample(self.clean, 5) for w in ln.split()]
        return "\n".join(" ".join(r.choices(words, k=r.randint(1, 12))) for _ in range(r.randint(1, 6)))

    def mutate(self, text: str) -> str:
        r = self.rng
        for _ in range(r.choice([0, 1, 1, 2, 3, 5, 8])):
            op = r.randrange(11)
            n = len(text)
            i = r.randrange(n + 1)
            j = min(n, i + r.randint(1, 40))
            if op == 0:
                text = text[:i] + strip_marks(text[i:j]) + text[j:]
            elif op == 1:
                text = text[:i] + "".join(OCR_LIKE.get(c, c) for c in text[i:j]) + text[j:]
            elif op == 2:
                text = text[:i] + r.choice(ODD) * r.randint(1, 3) + text[i:]
            elif op == 3:
                text = text[:i] + text[j:]
            elif op == 4:
                text = text[:i] + "".join(r.choices(self.chars, k=r.randint(1, 8))) + text[i:]
            elif op == 5:
                text = text[:i] + text[i:j].upper() + text[j:]
            elif op == 6:
                text = text[:i] + text[i:j] * r.randint(2, 20) + text[j:]
            elif op == 7:
                text = text[:i] + "\n" * r.randint(1, 3) + text[i:]
            elif op == 8:
                lines = text.split("\n")
                r.shuffle(lines)
                text = "\n".join(lines)
            elif op == 9:
                text = text[:i] + unicodedata.normalize(r.choice(["NFD", "NFKD", "NFKC"]), text[i:j]) + text[j:]
            elif r.random() < 0.05:  # a long run with no space or line break (noise, an embedded code)
                run = "".join(r.choices(self.run_chars, k=r.randint(1_000, 20_000)))
                text = text[:i] + run + text[i:]
        return text

    def generate(self) -> tuple[str, bool]:
        """(text, is_clean): clean texts also check that normalize leaves them unchanged."""
        if self.rng.random() < 0.15:
            return self.clean_text(), True
        return self.mutate(self.base()), False


# ------------------------------------------------------------------ properties of the text stages


def check_normalize(text: str, clean: bool) -> None:
    from vetplan.normalize import normalize_text
    from vetplan.normalize.pipeline import run

    t0 = time.perf_counter()
    first = run(text, damage=None, lexicon_path=None)
    elapsed = time.perf_counter() - t0
    if first.text.count("\n") != text.count("\n"):
        raise Violation("line count", first.damage,
                        f"{text.count(chr(10))} newlines in, {first.text.count(chr(10))} out")
    if elapsed > SLOW_SECONDS:
        raise Violation("slow", f"> {SLOW_SECONDS:g} s", f"{elapsed:.1f} s for {len(text)} characters")
    if clean and first.text != unicodedata.normalize("NFC", text):
        fixers = sorted({c.fixer for c in first.changes}) or ["?"]
        raise Violation("clean text changed", f"damage={first.damage} fixer={','.join(fixers)}",
                        _diff(unicodedata.normalize("NFC", text), first.text))
    second = normalize_text(first.text)
    if second.text != first.text:
        raise Violation("not idempotent", f"{first.damage}->{second.damage}", _diff(first.text, second.text))
    # told it is text OCR'd with the Vietnamese model (ingest's hint): lines kept, a repair repaired again stays
    vie = run(text, damage="ocr_vie", lexicon_path=None)
    if vie.text.count("\n") != text.count("\n"):
        raise Violation("line count", "ocr_vie", f"{text.count(chr(10))} newlines in, {vie.text.count(chr(10))} out")
    again = run(vie.text, damage="ocr_vie", lexicon_path=None)
    if again.text != vie.text:
        raise Violation("not idempotent", "ocr_vie->ocr_vie", _diff(vie.text, again.text))


def plan_from_extracted(text: str, got):
    """The ``Plan`` build_plan would make, without the (slow) normalize step: validates every model."""
    from vetplan.schemas import Normalization, Plan, Source

    return Plan(
        source=Source(path="fuzz.txt", sha256="0" * 64, format="txt", pages=1),
        document=got.document, is_plan=got.is_plan, plan_confidence=got.plan_confidence,
        legal_basis=got.legal_basis, sections=got.sections, targets=got.targets, tasks=got.tasks,
        funding=got.funding, implementation=got.implementation, reporting=got.reporting,
        normalization=Normalization(damage="clean", tokens=0, changed=0, uncertain=0, confidence=1.0),
        warnings=list(got.warnings), text=text,
    )


def check_extract(text: str, clean: bool) -> None:  # noqa: ARG001 - same signature as check_normalize
    from vetplan.extract import extract_plan
    from vetplan.schemas import Plan

    t0 = time.perf_counter()
    got = extract_plan(text)
    elapsed = time.perf_counter() - t0
    for w in got.warnings:
        m = re.match(r"(\w+): extractor failed \((\w+)", w)
        if m:
            raise Violation("extractor failed", f"{m.group(1)}:{m.group(2)}", w)
    if elapsed > SLOW_SECONDS:
        raise Violation("slow", f"> {SLOW_SECONDS:g} s", f"{elapsed:.1f} s for {len(text)} characters")
    if not 0.0 <= got.plan_confidence <= 1.0:
        raise Violation("confidence out of range", "plan_confidence", str(got.plan_confidence))
    plan = plan_from_extracted(text, got)
    n = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for sec in plan.sections:
        if not 1 <= sec.line_start <= sec.line_end <= n:
            raise Violation("evidence outside the text", "section", f"{sec.line_start}-{sec.line_end} of {n} lines")
    for owner, ev in _evidence(plan):
        if not 1 <= ev.line_start <= ev.line_end <= n:
            raise Violation("evidence outside the text", owner, f"{ev.line_start}-{ev.line_end} of {n} lines")
    Plan.model_validate_json(plan.model_dump_json())


def _evidence(model) -> list[tuple[str, object]]:
    """(owner class name, Evidence) for every Evidence reachable from a pydantic model."""
    from pydantic import BaseModel

    from vetplan.schemas import Evidence

    found, stack = [], [("Plan", model)]
    while stack:
        owner, obj = stack.pop()
        if isinstance(obj, Evidence):
            found.append((owner, obj))
        elif isinstance(obj, BaseModel):
            stack.extend((type(obj).__name__, getattr(obj, name)) for name in type(obj).model_fields)
        elif isinstance(obj, list | tuple):
            stack.extend((owner, x) for x in obj)
    return found


def _diff(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"{a[max(0, i - 30):i + 40]!r} → {b[max(0, i - 30):i + 40]!r}"


def classify(target: str, fn: Callable[[], None]) -> tuple[str, str, str, str] | None:
    """(prop, kind, where, message) when ``fn`` breaks a property, else None."""
    try:
        fn()
    except Violation as v:
        return v.prop, "violation", v.where, str(v)
    except Exception as e:  # noqa: BLE001 - every exception is a finding
        return "raises", type(e).__name__, _where(e), f"{type(e).__name__}: {str(e)[:300]}"
    return None


# ------------------------------------------------------------------ shrinking


def shrink(data: str | bytes, still_fails: Callable[[str | bytes], bool], budget_s: float, max_tries: int = 400):
    """Delta debugging: drop lines, then chunks, then single items while the same failure reproduces."""
    deadline = time.monotonic() + budget_s
    tries = 0
    best = data

    def attempt(candidate) -> bool:
        nonlocal tries
        tries += 1
        return candidate != best and still_fails(candidate)

    if isinstance(best, str) and "\n" in best:
        lines = best.split("\n")
        k = len(lines) // 2
        while k >= 1 and time.monotonic() < deadline and tries < max_tries:
            i, changed = 0, False
            while i < len(lines) and time.monotonic() < deadline and tries < max_tries:
                cand = lines[:i] + lines[i + k:]
                if cand and attempt("\n".join(cand)):
                    lines, changed = cand, True
                    best = "\n".join(lines)
                else:
                    i += k
            if not changed:
                k //= 2
    n = max(1, len(best) // 2)
    while n >= 1 and time.monotonic() < deadline and tries < max_tries:
        i, changed = 0, False
        while i < len(best) and time.monotonic() < deadline and tries < max_tries:
            cand = best[:i] + best[i + n:]
            if len(cand) and attempt(cand):
                best, changed = cand, True
            else:
                i += n
        if not changed:
            n //= 2
    return best


# ------------------------------------------------------------------ file inputs (readers)


def build_seed_files() -> dict[str, bytes]:
    """Real files of each reader's format, built from the samples."""
    text = next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()][:14]
    seeds = {"plan.txt": text[:3000].encode("utf-8"), "plan-utf16.txt": text[:1500].encode("utf-16"),
             "plan-cp1258.txt": text[:1500].encode("cp1258", "ignore"),
             "plan.html": ("<!DOCTYPE html><html><head><title>x</title></head><body><table><tr><td>"
                           + "</td><td>".join(lines[:2]) + "</td></tr></table>"
                           + "".join(f"<p>{ln}</p>" for ln in lines[2:]) + "</body></html>").encode("utf-8")}
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(420, 300), pageCompression=0)
    for page in range(2):
        c.setFont("DejaVu", 9)
        for i, line in enumerate(lines[page * 7:(page + 1) * 7]):
            c.drawString(10, 280 - 14 * i, line[:70])
        c.showPage()
    c.save()
    seeds["plan.pdf"] = buf.getvalue()
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    seeds["plan.docx"] = buf.getvalue()
    from xml.sax.saxutils import escape

    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
                   + "".join(f"<text:p>{escape(ln)}</text:p>" for ln in lines)
                   + "</office:text></office:body></office:document-content>")
    seeds["plan.odt"] = odt.getvalue()

    def rtf_escaped(line: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?"
                       for c in line)

    seeds["plan.rtf"] = ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times New Roman;}}\\f0 "
                         + "".join(rtf_escaped(ln) + "\\par\n" for ln in lines) + "}").encode("ascii")
    doc = _word97_seed(lines)
    if doc is not None:
        seeds["plan.doc"] = doc
    return seeds


def _word97_seed(lines: list[str]) -> bytes | None:
    """A Word 97–2003 .doc of the lines and a table, written by LibreOffice (None, with a note, without it)."""
    import docx

    sys.path.insert(0, str(ROOT / "tests"))
    from builders import soffice_convert

    d = docx.Document()
    for line in lines[:6]:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=3)
    for k, line in enumerate(lines[6:12]):
        table.cell(k // 3, k % 3).text = line
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "plan.docx"
        d.save(str(src))
        try:
            return soffice_convert(src, "doc").read_bytes()
        except RuntimeError as e:
            print(f"fuzz: no .doc seed ({e})", file=sys.stderr)
            return None


def mutate_bytes(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 6, 12])):
        op = rng.randrange(9)
        n = len(b)
        if n == 0:
            b += rng.randbytes(8)
            continue
        i = rng.randrange(n)
        j = min(n, i + rng.randint(1, 64))
        if op == 0:
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[i:i] = rng.randbytes(rng.randint(1, 16))
        elif op == 2:
            del b[i:j]
        elif op == 3:
            b[i:i] = b[i:j] * rng.randint(2, 8)
        elif op == 4:
            del b[rng.randint(n // 4, n):]
        elif op == 5:
            b[i] = rng.choice([0, 0xFF, 0x7F, 0x80, 0x25, 0x0A])
        elif op == 6:  # tamper with a number (PDF object numbers, lengths, counts)
            m = list(re.finditer(rb"\d+", bytes(b)))
            if m:
                hit = rng.choice(m)
                b[hit.start():hit.end()] = str(rng.choice([0, -1, 2**31, 2**63, 10**12, 99999])).encode()
        elif op == 7 and others:
            other = rng.choice(others)
            k = rng.randrange(len(other) + 1)
            b[i:] = other[k:k + rng.randint(1, 4096)]
        else:
            b[i:j] = bytes(reversed(b[i:j]))
    return bytes(b)


def _reader_worker(conn) -> None:
    """Child: read each (name, data) with read_document; report only what breaks the contract."""
    import tempfile

    os.environ["OMP_THREAD_LIMIT"] = "1"
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from vetplan.ingest import IngestError, read_document

    tmp = Path(tempfile.mkdtemp(prefix="vetplan-fuzz-"))
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        name, data = msg
        path = tmp / name
        path.write_bytes(data)
        result = None
        try:
            doc = read_document(path, display_name=name, max_pages=3)
            formats = {"txt", "pdf", "image", "docx", "odt", "html", "rtf", "doc"}
            if doc.format not in formats or not isinstance(doc.pages, list):
                result = ("bad result", "violation", doc.format, f"format={doc.format!r}")
        except IngestError as e:
            if name not in str(e):
                result = ("error names the file", "violation", "IngestError", str(e)[:200])
        except Exception as e:  # noqa: BLE001
            result = ("raises", type(e).__name__, _where(e), f"{type(e).__name__}: {str(e)[:300]}")
        conn.send(result)


class ReaderRunner:
    """read_document in a child process with a timeout; a hang or a crash is a finding, then a fresh child."""

    def __init__(self) -> None:
        self.ctx = mp.get_context("spawn")
        self.proc = None
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_reader_worker, args=(child,), daemon=True)
        self.proc.start()
        child.close()
        if not self.conn.poll(120):
            raise RuntimeError("reader worker did not start")
        self.conn.recv()

    def _restart(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self._start()

    def run(self, name: str, data: bytes) -> tuple[str, str, str, str] | None:
        self.conn.send((name, data))
        if not self.conn.poll(READER_TIMEOUT):
            self._restart()
            return ("hang", "timeout", f"> {READER_TIMEOUT:g} s", f"no answer within {READER_TIMEOUT:g} s")
        try:
            return self.conn.recv()
        except EOFError:
            self.proc.join(5)
            code = self.proc.exitcode
            self._restart()
            return ("crash", f"exit code {code}", "process died", f"reader process died (exit code {code})")

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()


# ------------------------------------------------------------------ campaign


@dataclass
class Stats:
    tried: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[tuple, Failure] = field(default_factory=dict)


def record(stats: Stats, target: str, found: tuple[str, str, str, str], example, n: int) -> Failure | None:
    prop, kind, where, message = found
    key = (target, prop, kind, where)
    if key in stats.failures:
        stats.failures[key].count += 1
        return None
    f = Failure(target, prop, kind, where, message, example, n)
    stats.failures[key] = f
    print(f"  [{target}] NEW {prop} / {kind} @ {where}: {message[:160]}", flush=True)
    return f


def fuzz_text(target: str, check: Callable[[str, bool], None], seconds: float, rng: random.Random,
              stats: Stats) -> None:
    mut = TextMutator(rng)
    t0 = time.monotonic()
    n = 0
    while time.monotonic() - t0 < seconds:
        text, clean = mut.generate()
        n += 1
        found = classify(target, lambda text=text, clean=clean: check(text, clean))
        if found:
            f = record(stats, target, found, text, n)
            if f is not None:
                def same(candidate, f=f, clean=clean) -> bool:
                    again = classify(target, lambda: check(candidate, clean))
                    return again is not None and (target, *again[:3]) == f.key
                f.minimal = shrink(text, same, budget_s=min(30.0, max(5.0, seconds / 10)))
    stats.tried[target] = stats.tried.get(target, 0) + n
    stats.seconds[target] = stats.seconds.get(target, 0.0) + time.monotonic() - t0


def fuzz_readers(seconds: float, rng: random.Random, stats: Stats) -> None:
    t0 = time.monotonic()
    seeds = build_seed_files()
    runner = ReaderRunner()
    names, blobs = list(seeds), list(seeds.values())
    n = 0
    try:
        while time.monotonic() - t0 < seconds:
            k = rng.randrange(len(names))
            name = names[k]
            data = mutate_bytes(blobs[k], rng, blobs)
            n += 1
            found = runner.run(name, data)
            if found:
                f = record(stats, "readers", found, data, n)
                if f is not None and found[0] == "hang":  # shrinking a hang costs a timeout per try: kept whole
                    f.minimal = data
                    f.example = f"{name}: {len(data)} bytes (not shrunk)"
                elif f is not None:
                    def same(candidate, f=f, name=name) -> bool:
                        again = runner.run(name, candidate)
                        return again is not None and ("readers", *again[:3]) == f.key
                    f.minimal = shrink(data, same, budget_s=min(60.0, max(10.0, seconds / 8)), max_tries=150)
                    f.example = f"{name}: {len(data)} bytes"
    finally:
        runner.close()
    stats.tried["readers"] = stats.tried.get("readers", 0) + n
    stats.seconds["readers"] = stats.seconds.get("readers", 0.0) + time.monotonic() - t0


def _show(value: str | bytes | None, limit: int = 400) -> str:
    if value is None:
        return "(not shrunk)"
    if isinstance(value, bytes):
        return f"{len(value)} bytes: {value[:limit]!r}"
    return repr(value[:limit]) + (f" … ({len(value)} chars)" if len(value) > limit else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=420, help="total time budget (default 420)")
    ap.add_argument("--targets", default="normalize,extract,readers", help="comma-separated targets")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--save", type=Path, default=None, help="folder for minimal failing inputs + report.json")
    args = ap.parse_args(argv)
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    weights = {"normalize": 0.4, "extract": 0.25, "readers": 0.35}
    total_w = sum(weights[t] for t in targets)
    rng = random.Random(args.seed)
    stats = Stats()
    started = time.monotonic()
    print(f"vetplan fuzz: seed {args.seed}, {args.seconds:g} s over {', '.join(targets)}", flush=True)
    for target in targets:
        budget = args.seconds * weights[target] / total_w
        print(f"- {target}: {budget:.0f} s", flush=True)
        if target == "normalize":
            fuzz_text("normalize", check_normalize, budget, rng, stats)
        elif target == "extract":
            fuzz_text("extract", check_extract, budget, rng, stats)
        elif target == "readers":
            fuzz_readers(budget, rng, stats)
        else:
            ap.error(f"unknown target {target}")
    elapsed = time.monotonic() - started
    print(f"\n=== {sum(stats.tried.values())} inputs in {elapsed:.0f} s "
          f"({', '.join(f'{t}: {stats.tried[t]} in {stats.seconds[t]:.0f} s' for t in stats.tried)}); "
          f"{len(stats.failures)} distinct failures", flush=True)
    for i, f in enumerate(stats.failures.values(), 1):
        print(f"\n#{i} [{f.target}] {f.prop} — {f.kind} @ {f.where} (seen {f.count}×, first after {f.found_after})")
        print(f"   {f.message[:300]}")
        print(f"   minimal input: {_show(f.minimal)}")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        report = []
        for i, f in enumerate(stats.failures.values(), 1):
            entry = {k: v for k, v in f.__dict__.items() if k not in ("example", "minimal")}
            if f.minimal is not None:
                ext = "bin" if isinstance(f.minimal, bytes) else "txt"
                p = args.save / f"{i:02d}-{f.target}-{re.sub(r'[^a-z]+', '-', f.prop)}.{ext}"
                p.write_bytes(f.minimal if isinstance(f.minimal, bytes) else f.minimal.encode("utf-8", "surrogatepass"))
                entry["minimal_file"] = p.name
            report.append(entry)
        (args.save / "report.json").write_text(json.dumps({"seed": args.seed, "seconds": elapsed,
                                                            "tried": stats.tried, "failures": report},
                                                           ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if stats.failures else 0


if __name__ == "__main__":
    sys.exit(main())
