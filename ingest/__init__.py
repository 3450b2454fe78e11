"""ingest stage: bytes → raw text per page, with provenance, for every format a plan arrives in."""

from .archives import ArchiveLimits, iter_inputs
from .detect import detect_format
from .models import IngestError, InputItem, PageText, RawDocument
from .reader import read_document

__all__ = [
    "ArchiveLimits",
    "IngestError",
    "InputItem",
    "PageText",
    "RawDocument",
    "detect_format",
    "iter_inputs",
    "read_document",
]
