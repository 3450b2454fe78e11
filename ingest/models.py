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


class PageLimitExceeded(Exception):
    """A document has more pages than ``max_pages`` allows and the caller asked for an error."""

    def __init__(self, pages: int, limit: int) -> None:
        super().__init__(f"has {pages} pages, over the limit of {limit} (max_pages)")
        self.pages = pages
        self.limit = limit


def check_page_limit(n_pages: int, max_pages: int | None, strict: bool, warnings: list[str]) -> int:
    """How many pages to read: all of them, or the first ``max_pages`` with a warning — or, when
    ``strict``, raise :class:`PageLimitExceeded` before any page is read (no OCR wasted)."""
    if max_pages is None or n_pages <= max_pages:
        return n_pages
    if strict:
        raise PageLimitExceeded(n_pages, max_pages)
    warnings.append(f"only the first {max_pages} of {n_pages} pages read (max_pages)")
    return max_pages


@dataclass
class PageText:
    """Raw text of one page with its provenance."""

    number: int
    text: str
    method: str  # "text" | "pdf-text" | "ocr" | "docx" | "odt" | "html" | "rtf" | "doc"
    ocr_engine: str | None = None
    ocr_lang: str | None = None
    word_confidences: list[tuple[str, float]] | None = None


@dataclass
class RawDocument:
    """All pages of one input document."""

    path: str
    sha256: str
    format: str  # "txt" | "pdf" | "image" | "docx" | "odt" | "html" | "rtf" | "doc"
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
