"""ODT (OpenDocument text, the ODF format Vietnamese offices also keep their documents in): paragraphs, headings and
list items in body order, one line each, a table row as its cells joined by " | " as for a DOCX."""

from __future__ import annotations

import unicodedata
import zipfile
from io import BytesIO
from xml.etree import ElementTree

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
#: content.xml larger than this is refused (a zip bomb's, not a plan's)
MAX_CONTENT_BYTES = 200 * 1024 * 1024


class OdtRejected(ValueError):
    """The ODT cannot be read."""


def is_odt(z: zipfile.ZipFile) -> bool:
    """Whether an opened zip is an OpenDocument text (its ``mimetype`` member says so)."""
    try:
        return z.read("mimetype").strip() == ODT_MIMETYPE
    except KeyError:
        return False


def _inline(el: ElementTree.Element, boxes: list[str] | None = None) -> str:
    """The text of a paragraph or heading: spans, links and fields read through, ``<text:s c="3"/>`` as three
    spaces, tabs and line breaks as themselves; notes and annotations left out; a text box's blocks go to ``boxes``
    (lines of their own after the paragraph's)."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _TEXT + "s":
            out.append(" " * int(child.get(_TEXT + "c", "1") or 1))
        elif tag == _TEXT + "tab":
            out.append("\t")
        elif tag == _TEXT + "line-break":
            out.append("\n")
        elif tag in (_TEXT + "note", _OFFICE + "annotation"):
            pass
        elif tag.startswith(_DRAW) and boxes is not None:  # a frame's text box, a shape's text
            boxes.extend(_shape_lines(child))
        else:
            out.append(_inline(child, boxes))
        out.append(child.tail or "")
    return "".join(out)


def _shape_lines(el: ElementTree.Element) -> list[str]:
    """The lines of a drawing anchored in a paragraph: a shape's own paragraphs (``draw:custom-shape``, as LibreOffice
    writes a Word text box), a frame's text box's (``draw:frame/draw:text-box``)."""
    lines = _blocks(el)
    for child in el:
        if child.tag.startswith(_DRAW):
            lines += _shape_lines(child)
    return lines


def _cell(el: ElementTree.Element) -> str:
    return " ".join(" ".join(ln.split()) for ln in _blocks(el) if ln.strip())


def _blocks(container: ElementTree.Element) -> list[str]:
    lines: list[str] = []
    for el in container:
        tag = el.tag
        if tag in (_TEXT + "p", _TEXT + "h"):
            boxes: list[str] = []
            lines.append(_inline(el, boxes))
            lines.extend(boxes)  # (a frame's text box anchored in it: "Số: 116/KH-UBND" had run into the paragraph)
        elif tag in (_TEXT + "list", _TEXT + "list-item", _TEXT + "list-header", _TEXT + "section",
                     _TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"):
            lines.extend(_blocks(el))
        elif tag == _TABLE + "table":
            lines.extend(_rows(el))
    return lines


def _rows(table: ElementTree.Element) -> list[str]:
    lines: list[str] = []
    for el in table:
        if el.tag == _TABLE + "table-row":
            cells = [_cell(c) if c.tag == _TABLE + "table-cell" else "" for c in el
                     if c.tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell")]
            lines.append(" | ".join(cells))
        elif el.tag in (_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"):
            lines.extend(_rows(el))
    return lines


def read_odt(data: bytes) -> str:
    """The text of an ODT: one line per paragraph, heading or list item, table rows as cells joined by " | "."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            info = z.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_BYTES:
                raise OdtRejected(f"its content.xml unpacks to {info.file_size:,} bytes, over the limit")
            content = z.read(info)
        root = ElementTree.fromstring(content)
    except OdtRejected:
        raise
    except MemoryError:
        raise
    except Exception as e:  # noqa: BLE001 - zipfile's, zlib's and the XML parser's errors on a damaged file
        raise OdtRejected(f"corrupt ODT ({type(e).__name__}: {e})") from e
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise OdtRejected("corrupt ODT (no text body)")
    text = "\n".join(_blocks(body))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
