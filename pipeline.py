"""The vetplan pipeline as a flat list of named stages (the Python API behind the CLI).

    read_document → assemble_text → normalize_text → extract_plan → build_plan

``plan_from_file(Path("samples/000_663358d11c2db32e.txt"))`` returns a validated ``Plan``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast, get_args

from . import __version__
from .build import build_id
from .schemas import (
    DamageRegion,
    LocalLexicon,
    Normalization,
    Plan,
    Source,
    TextChange,
)
from .schemas.plan import DamageKind


@dataclass(frozen=True)
class Limits:
    """Per-file limits; exceeding one is an error for that file only."""

    max_pages: int | None = 500
    max_chars: int | None = 5_000_000


class LimitExceeded(Exception):
    """A per-file limit was exceeded (the message names the file and the limit)."""


def default_lexicon_path() -> Path | None:
    """The user's local lexicon built by ``vetplan lexicon learn`` (``$VETPLAN_LEXICON`` or
    ``~/.local/share/vetplan/lexicon.json``), when it exists."""
    env = os.environ.get("VETPLAN_LEXICON")
    if env:
        return Path(env)
    path = Path.home() / ".local" / "share" / "vetplan" / "lexicon.json"
    return path if path.exists() else None


def assemble_text(pages: list) -> tuple[str, list[int]]:
    """Join page texts into one text and map each line (0-based index) to its page number."""
    parts: list[str] = []
    line_pages: list[int] = []
    for page in pages:
        text = page.text.replace("\r\n", "\n").replace("\r", "\n")
        if text.endswith("\n") and len(pages) > 1:
            text = text[:-1]
        parts.append(text)
        line_pages.extend([page.number] * (text.count("\n") + 1))
    return "\n".join(parts), line_pages


_DAMAGE_KINDS = frozenset(get_args(DamageKind))


def _damage_kind(damage: str) -> DamageKind:
    """The normalizer's damage label as the contract knows it ("unknown" for anything else)."""
    return cast(DamageKind, damage) if damage in _DAMAGE_KINDS else "unknown"


def _clamp01(x: float) -> float:
    return min(1.0, max(0.0, float(x)))


def local_lexicon(path: Path | None) -> tuple[LocalLexicon | None, str | None]:
    """The local lexicon at ``path`` as the plan records it, or why it cannot be used (then the base lexicon
    alone repairs); ``(None, None)`` without one. Checked once per file version in a process."""
    from .normalize import lexicon_warning

    if path is None:
        return None, None
    try:
        st = Path(path).stat()
    except OSError as e:
        return None, lexicon_warning(str(path), f"cannot be read ({e.strerror or e})")
    return _checked_lexicon(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _checked_lexicon(path: str, _mtime_ns: int, _size: int) -> tuple[LocalLexicon | None, str | None]:
    import hashlib

    from .normalize import lexicon_warning
    from .normalize.lexicon import lexicon_problem

    problem = lexicon_problem(path)
    if problem:
        return None, lexicon_warning(path, problem)
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as e:
        return None, lexicon_warning(str(path), f"cannot be read ({e.strerror or e})")
    return LocalLexicon(path=path, sha256=digest), None


def _normalization_model(result, lexicon: LocalLexicon | None = None) -> Normalization:
    def change(c) -> TextChange:
        return TextChange(
            line=c.line,
            column=c.column,
            original=c.original,
            replacement=c.replacement,
            confidence=_clamp01(c.confidence),
            fixer=c.fixer,
        )

    damage = _damage_kind(result.damage)
    regions = [
        DamageRegion(line_start=max(1, a), line_end=max(1, a, b), damage=_damage_kind(d))
        for a, b, d in result.regions
    ]
    return Normalization(
        damage=damage,
        regions=regions,
        tokens=result.tokens,
        changed=min(result.changed, result.tokens),
        uncertain=result.uncertain,
        confidence=_clamp01(result.confidence),
        changes=[change(c) for c in result.changes],
        uncertain_tokens=[change(c) for c in result.uncertain_tokens],
        lexicon=lexicon,
    )


def build_plan(raw, *, lexicon_path: Path | None = None, limits: Limits | None = None,
               damage: str | None = None) -> Plan:
    """Run normalize and extract on an ingested ``RawDocument`` and return the validated ``Plan`` (``damage``:
    its damage kind when the caller knows it; else :func:`damage_hint`, else detected)."""
    from .extract import extract_plan
    from .normalize import normalize_text

    limits = limits or Limits()
    text, line_pages = assemble_text(raw.pages)
    if limits.max_chars is not None and len(text) > limits.max_chars:
        raise LimitExceeded(f"{raw.path}: text has {len(text):,} characters, over the limit of {limits.max_chars:,}")
    lexicon, lexicon_warning = local_lexicon(lexicon_path)
    norm = normalize_text(text, damage=damage or damage_hint(raw.pages),
                          lexicon_path=lexicon.path if lexicon else None)
    extracted = extract_plan(norm.text, line_pages=line_pages)
    warnings = list(raw.warnings) + list(extracted.warnings)
    if lexicon_warning:
        warnings.append(lexicon_warning)
    if norm.failure:
        warnings.append(repair_failure(raw.path, norm.failure))
    if not extracted.is_plan:
        warnings.append(f"{raw.path}: this does not look like a plan (confidence {extracted.plan_confidence:.2f})")
    engines = {p.ocr_engine for p in raw.pages if p.ocr_engine}
    langs = {p.ocr_lang for p in raw.pages if p.ocr_lang}
    source = Source(
        path=raw.path,
        sha256=raw.sha256,
        format=raw.format,
        pages=len(raw.pages),
        ocr=raw.ocr,
        ocr_engine=", ".join(sorted(engines)) or None,
        ocr_lang=", ".join(sorted(langs)) or None,
        encoding=raw.encoding,
        page_methods=[p.method for p in raw.pages],
    )
    return Plan(
        vetplan_version=__version__,
        vetplan_build=build_id(),
        source=source,
        document=extracted.document,
        is_plan=extracted.is_plan,
        plan_confidence=extracted.plan_confidence,
        legal_basis=extracted.legal_basis,
        sections=extracted.sections,
        targets=extracted.targets,
        tasks=extracted.tasks,
        funding=extracted.funding,
        implementation=extracted.implementation,
        reporting=extracted.reporting,
        normalization=_normalization_model(norm, lexicon),
        warnings=warnings,
        text=norm.text,
    )


def plan_from_file(
    path: Path,
    *,
    display_name: str | None = None,
    lexicon_path: Path | None = None,
    limits: Limits | None = None,
    ocr_jobs: int = 1,
    damage: str | None = None,
) -> Plan:
    """Ingest one file and return its ``Plan``; raises ``IngestError`` / ``LimitExceeded`` naming the file."""
    from .ingest import read_document

    limits = limits or Limits()
    raw = read_document(
        Path(path), display_name=display_name, max_pages=limits.max_pages, ocr_jobs=ocr_jobs, strict_max_pages=True
    )
    return build_plan(raw, lexicon_path=lexicon_path, limits=limits, damage=damage)


def learn_local_lexicon(paths: list[Path], out_path: Path) -> dict:
    """``vetplan lexicon learn``: a local model from a user's clean plans — files, folders and archives of any
    format ingest reads (text in legacy encodings, DOCX, PDFs with a text layer), never OCR'd (OCR's text is not
    clean) — written to ``out_path`` atomically. Stats as :func:`~vetplan.normalize.learn_from_texts`, its
    ``skipped`` also naming the files that could not be read and why; raises ``NothingToLearn`` (nothing written)
    when no clean text is found."""
    import shutil
    import tempfile

    from .ingest import IngestError, iter_inputs, read_document
    from .normalize import learn_from_texts

    unread: list[dict[str, str]] = []

    def texts(workdir: Path):  # noqa: ANN202 - a generator of (name, text)
        for item in iter_inputs(paths, workdir):
            if item.path is None:
                unread.append({"file": item.display_name, "reason": item.error or "not read"})
                continue
            try:
                raw = read_document(item.path, display_name=item.display_name, ocr=False)
            except IngestError as e:
                unread.append({"file": item.display_name, "reason": e.reason})
                continue
            yield item.display_name, assemble_text(raw.pages)[0]

    workdir = Path(tempfile.mkdtemp(prefix="vetplan-learn-"))
    try:
        return learn_from_texts(texts(workdir), str(out_path), unread)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def normalize_file(path: Path, *, lexicon_path: Path | None = None, damage: str | None = None):
    """Read a file and return the ``NormalizationResult`` of its text (line count preserved); ``damage``
    names the damage kind when the caller knows it (else it is detected, see :func:`damage_hint`)."""
    from .ingest import read_document
    from .normalize import normalize_text

    raw = read_document(Path(path))
    text, _ = assemble_text(raw.pages)
    return normalize_text(text, damage=damage or damage_hint(raw.pages),
                          lexicon_path=str(lexicon_path) if lexicon_path else None)


def repair_failure(path: object, failure: str) -> str:
    """The warning for a text whose repair failed (``NormalizationResult.failure``): it went on NFC-normalised
    only."""
    return f"{path}: the repair of the text failed ({failure}); it is only NFC-normalised"


def damage_hint(pages) -> str | None:  # noqa: ANN001 - ingest's pages
    """"ocr_vie" when every page of a document is text vetplan OCR'd with Tesseract's Vietnamese model (its
    marks may be wrong on a scan, "phố thông" for phổ thông, though it looks clean); else None: detect it."""
    if pages and all(p.method == "ocr" and (p.ocr_lang or "").split("+")[0] == "vie" for p in pages):
        return "ocr_vie"
    return None
