"""Data classes and the error type of the ingest stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class IngestError(Exception):
    """A document could not be read; ``str(e)`` names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class PageText:
    """Raw text of one page with its provenance."""

    number: int
    text: str
    method: str  # "text" | "pdf-text" | "ocr" | "docx"
    ocr_engine: str | None = None
    ocr_lang: str | None = None
    word_confidences: list[tuple[str, float]] | None = None


@dataclass
class RawDocument:
    """All pages of one input document."""

    path: str
    sha256: str
    format: str  # "txt" | "pdf" | "image" | "docx"
    pages: list[PageText]
    encoding: str | None = None
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All pages joined by form feeds."""
        return "\f".join(p.text for p in self.pages)


@dataclass
class InputItem:
    """One file to process, possibly extracted from an archive."""

    display_name: str
    path: Path | None
    error: str | None = None
