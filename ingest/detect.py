"""Format detection by magic bytes first, file extension second."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from .doc_reader import is_word_document
from .html_reader import looks_like_html
from .odt_reader import is_odt
from .rtf_reader import looks_like_rtf

TEXT_EXTS = {".txt", ".text", ".md", ".csv", ".tsv"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif"}
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


def _head(path: Path, n: int = 2048) -> bytes:
    with open(path, "rb") as f:
        return f.read(n)


def _magic(head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")):
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")) or head[257:262] == b"ustar":
        return "tar?"
    return None


def detect_archive(path: Path) -> str | None:
    """Return "zip" or "tar" if ``path`` is an archive to expand (a DOCX is not), else None."""
    head = _head(path, 512)
    kind = _magic(head)
    if kind == "zip":
        return None if _is_office(path) else "zip"
    if kind == "tar?":
        import tarfile

        try:
            return "tar" if tarfile.is_tarfile(path) else None
        except OSError:
            return None
    if kind is None and path.name.lower().endswith((".tar",)):
        return "tar"
    return None


#: what opening a damaged zip can raise besides BadZipFile ("zip file version 10.8" is NotImplementedError; a member's
#: damaged deflate stream zlib's error, "invalid stored block lengths": found by the fuzzer, seed 3438)
ZIP_ERRORS = (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError, RuntimeError, zlib.error)


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except ZIP_ERRORS:
        return path.suffix.lower() == ".docx"


def _is_odt(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return is_odt(z)
    except ZIP_ERRORS:
        return path.suffix.lower() == ".odt"  # (a damaged one: let the ODT reader explain)


def _is_word_document(path: Path) -> bool:
    try:
        return is_word_document(path.read_bytes())
    except OSError:
        return False


def _is_office(path: Path) -> bool:
    """DOCX/XLSX/PPTX (OOXML) or ODF documents: zip containers that are documents, not archives."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except ZIP_ERRORS:
        return False
    return "[Content_Types].xml" in names or "word/document.xml" in names or "mimetype" in names


def looks_like_text(head: bytes) -> bool:
    """Heuristic for extension-less text: no NULs (unless UTF-16) and few control bytes."""
    if not head:
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        return max(even.count(0), odd.count(0)) > 0.2 * len(head) / 2 and min(even.count(0), odd.count(0)) == 0
    ctrl = sum(1 for b in head if b < 0x20 and b not in (9, 10, 12, 13))
    return ctrl <= 0.01 * len(head)


def unsupported_reason(path: Path) -> str:
    """Explain why :func:`detect_format` returned None for ``path``."""
    head = _head(path)
    kind = _magic(head)
    if kind == "ole":
        return "unsupported format (a legacy Excel or PowerPoint binary file, not a Word document)"
    if kind == "zip" and _is_office(path):
        return (f"unsupported format ({path.suffix.lower() or 'office document'}; of office files .docx and .odt "
                "are read)")
    if kind == "zip" or detect_archive(path):
        return "unsupported format (archive; expand it with iter_inputs)"
    ext = path.suffix.lower() or "no extension"
    return f"unsupported format ({ext}, not a text, PDF, image, DOCX, DOC, ODT, RTF or HTML file)"


def detect_format(path: Path) -> str | None:
    """Return "txt" | "pdf" | "image" | "docx" | "odt" | "html" | "rtf" | "doc", or None when unsupported."""
    head = _head(path)
    kind = _magic(head)
    ext = path.suffix.lower()
    if kind in ("pdf", "image"):
        return kind
    if kind == "zip":
        return "docx" if _is_docx(path) else "odt" if _is_odt(path) else None
    if kind == "ole":  # (a Word 97–2003 document; its damaged ones too, named .doc: the reader explains)
        return "doc" if ext == ".doc" or _is_word_document(path) else None
    if kind == "tar?":
        return None
    if ext == ".pdf":
        return "pdf"  # damaged header: let the PDF reader explain
    if ext == ".docx":
        return "docx"
    if ext == ".odt":
        return "odt"  # (a damaged one: let the ODT reader explain)
    if ext in IMAGE_EXTS:
        return "image"
    if ext in HTML_EXTS or (ext in ("", ".doc") and looks_like_html(head)):  # (Word's "web page" saved as .doc)
        return "html"
    if ext == ".rtf" or looks_like_rtf(head):  # (also the many ".doc" files that are RTF)
        return "rtf"
    if ext in TEXT_EXTS:
        return "txt"
    if ext in ("", ".doc", ".xls", ".xlsx", ".xml", ".json"):
        if ext == "" and looks_like_text(head):
            return "txt"
        return None
    return "txt" if looks_like_text(head) and ext not in ARCHIVE_SUFFIXES else None
