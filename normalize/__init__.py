"""normalize stage: repair damaged Vietnamese OCR text.

``normalize_text("Ke hoach trien khai giao duc nghe nghiep").text``
→ ``"Kế hoạch triển khai giáo dục nghề nghiệp"``.

Import is cheap: the lexicon is loaded on first use (and pickled under ``$VETPLAN_CACHE``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .detect import detect_damage
from .lexicon import NothingToLearn, learn_from_texts, lexicon_problem

#: the damage kinds a caller may name (``normalize_text(text, damage=...)``, ``vetplan normalize --damage``):
#: "ocr_vie" (text OCR'd with Tesseract's Vietnamese model) is never detected, the others are
KINDS = ("clean", "stripped", "ocr_eng", "substitution", "ocr_vie")

__all__ = ["TextChange", "NormalizationResult", "normalize_text", "detect_damage", "learn_lexicon", "learn_from_texts",
           "NothingToLearn"]


@dataclass(frozen=True)
class TextChange:
    """One token decision: ``TextChange(3, 0, "Ké", "Kế", 0.97, "decode_ocr_eng")``."""

    line: int
    column: int
    original: str
    replacement: str
    confidence: float
    fixer: str


@dataclass
class NormalizationResult:
    """Repaired text plus what was done to it."""

    text: str
    damage: str
    regions: list[tuple[int, int, str]]
    tokens: int
    changed: int
    uncertain: int
    confidence: float
    changes: list[TextChange] = field(default_factory=list)
    uncertain_tokens: list[TextChange] = field(default_factory=list)
    #: why the repair failed and the text was only NFC-normalised ("OSError: ..."); None when it ran
    failure: str | None = None
    #: what the caller should know though the repair ran: a local lexicon it could not use ("local lexicon m.json:
    #: not JSON (…); the base lexicon alone was used")
    warnings: list[str] = field(default_factory=list)


def normalize_text(text: str, *, damage: str | None = None, lexicon_path: str | None = None
                   ) -> NormalizationResult:
    """Repair ``text`` (same number of lines); never raises: should the repair fail, the text comes back
    NFC-normalised only, with confidence 0 and the reason in ``failure``.

    ``normalize_text("Ké hoach nim 2024").text`` → ``"Kế hoạch năm 2024"``.
    """
    from .pipeline import run

    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        problem = lexicon_problem(lexicon_path) if lexicon_path else None
        warnings = [lexicon_warning(str(lexicon_path), problem)] if problem else []
        res = run(text, damage=damage, lexicon_path=lexicon_path)
        res.warnings = warnings
        return res
    except Exception as exc:  # noqa: BLE001 - the stage must never raise; fall back to NFC only, saying why
        import unicodedata

        out = "\n".join(unicodedata.normalize("NFC", ln) for ln in text.split("\n"))
        n = len(text.split("\n"))
        return NormalizationResult(out, damage or "clean", [(1, n, damage or "clean")], 0, 0, 0, 0.0, [], [],
                                   failure=f"{type(exc).__name__}: {exc}")


def lexicon_warning(lexicon_path: str, problem: str) -> str:
    """What a repair that could not use the local lexicon says: ``"local lexicon m.json: not JSON (…); the base
    lexicon alone was used"``."""
    return f"local lexicon {lexicon_path}: {problem}; the base lexicon alone was used"


def learn_lexicon(folder: str, out_path: str) -> dict:
    """Build a local syllable n-gram model from the clean ``*.txt`` plans in ``folder`` (damaged texts are left
    out, see :func:`learn_from_texts`); raises :class:`NothingToLearn` when none is clean."""
    from .lexicon import learn_lexicon as _learn

    return _learn(folder, out_path)
