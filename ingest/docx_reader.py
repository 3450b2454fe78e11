"""DOCX: paragraphs and tables in body order as one page of text; its pictures, for a plan pasted into
Word as scanned pages."""

from __future__ import annotations

import io
import unicodedata
import zipfile

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


class DocxRejected(ValueError):
    """The DOCX cannot be read."""


def _cell_text(tc) -> str:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    for child in tc.iterchildren():
        if child.tag == _W + "p":
            parts.append(_para_text(child))
        elif child.tag == _W + "tbl":
            parts.extend(_table_lines(child))
    return " ".join(p.strip() for p in parts if p.strip())


def _para_text(p) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t":
            out.append(el.text or "")
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _table_lines(tbl) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if vmerge is not None and vmerge.get(_W + "val") in (None, "continue"):
                cells.append("")  # continuation of a vertically merged cell
                continue
            cells.append(_cell_text(tc))
        lines.append(" | ".join(cells))
    return lines


def _body_lines(container) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == _W + "p":
            lines.append(_para_text(child))
        elif child.tag == _W + "tbl":
            lines.extend(_table_lines(child))
        elif child.tag == _W + "sdt":  # content control wrapping paragraphs/tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                lines.extend(_body_lines(content))
    return lines


def _open(data: bytes):  # type: ignore[no-untyped-def]
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocxRejected(f"corrupt DOCX ({type(e).__name__}: {e})") from e
    except Exception as e:  # lxml XMLSyntaxError, PackageNotFoundError
        raise DocxRejected(f"corrupt DOCX ({type(e).__name__}: {e})") from e


def docx_pictures(data: bytes) -> list[bytes]:
    """The pictures of a DOCX body in their order (the bytes of each image file, once per placement)."""
    document = _open(data)
    parts = document.part.related_parts
    out: list[bytes] = []
    for blip in document.element.body.iter(_BLIP):
        part = parts.get(blip.get(_EMBED))
        if part is not None and str(getattr(part, "content_type", "")).startswith("image/"):
            out.append(part.blob)
    return out


def read_docx(data: bytes) -> str:
    """Return the text of a DOCX: one line per paragraph, table rows as cells joined by " | "."""
    document = _open(data)
    text = "\n".join(_body_lines(document.element.body))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
