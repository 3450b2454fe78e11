"""ODT (OpenDocument text, the ODF format Vietnamese offices also keep their documents in): paragraphs, headings and
list items in body order, one line each, list items with their lists' numbers, a table row as its cells joined by
" | " as for a DOCX."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from io import BytesIO
from xml.etree import ElementTree

from .list_numbers import Level, ListCounter
from .table_rows import row_lines

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


_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_ROW_GROUPS = (_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group")


def _list_levels(style: ElementTree.Element) -> dict[int, Level]:
    """A list style's levels (``text:list-level-style-number`` / ``-bullet``): format, first number, and the label's
    text with "%1".."%9" for the levels it shows (LibreOffice's ``num-list-format`` where it wrote one)."""
    levels: dict[int, Level] = {}
    for el in style:
        level = el.get(_TEXT + "level") or ""
        if not level.isdigit() or not 1 <= int(level) <= 10:
            continue
        n = int(level)
        if el.tag == _TEXT + "list-level-style-bullet":
            levels[n - 1] = Level(1, "bullet", el.get(_TEXT + "bullet-char") or "-")
        elif el.tag in (_TEXT + "list-level-style-number", _TEXT + "outline-level-style"):
            fmt = el.get(_STYLE + "num-format") or ""
            start = el.get(_TEXT + "start-value") or "1"
            text = el.get(_LOEXT + "num-list-format")
            if text is not None:  # ("%1%." → "%1.")
                text = re.sub(r"%(\d)%", r"%\1", text)
            else:
                shown = el.get(_TEXT + "display-levels") or "1"
                shown_n = min(n, int(shown)) if shown.isdigit() and int(shown) > 0 else 1
                text = (el.get(_STYLE + "num-prefix") or "") + ".".join(
                    f"%{k}" for k in range(n - shown_n + 1, n + 1)) + (el.get(_STYLE + "num-suffix") or "")
            levels[n - 1] = Level(int(start) if start.isdigit() else 1, fmt or "none", text)
    return levels


class _Reader:
    """An ODT's body as lines, its lists' numbers written before their items as the page shows them ("I. MỤC TIÊU",
    "1. …", "- …": kept out of the text, drawn from the list's style and a counter per list)."""

    def __init__(self, list_styles: dict[str, dict[int, Level]], outline: dict[int, Level]) -> None:
        self.list_styles = list_styles
        self.by_id: dict[str, ListCounter] = {}
        self.last_by_style: dict[str, ListCounter] = {}
        self.outline = ListCounter(outline) if outline else None

    def inline(self, el: ElementTree.Element, boxes: list[str] | None = None) -> str:
        """The text of a paragraph or heading: spans, links and fields read through, ``<text:s c="3"/>`` as three
        spaces, tabs and line breaks as themselves; notes and annotations left out; a text box's blocks go to
        ``boxes`` (lines of their own after the paragraph's)."""
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
                boxes.extend(self.shape_lines(child))
            else:
                out.append(self.inline(child, boxes))
            out.append(child.tail or "")
        return "".join(out)

    def shape_lines(self, el: ElementTree.Element) -> list[str]:
        """The lines of a drawing anchored in a paragraph: a shape's own paragraphs (``draw:custom-shape``, as
        LibreOffice writes a Word text box), a frame's text box's (``draw:frame/draw:text-box``)."""
        lines = self.blocks(el)
        for child in el:
            if child.tag.startswith(_DRAW):
                lines += self.shape_lines(child)
        return lines

    def cell(self, el: ElementTree.Element) -> str:
        """A cell's blocks, parted by "\n" (:func:`row_lines` joins or keeps them)."""
        return "\n".join(" ".join(ln.split()) for ln in self.blocks(el) if ln.strip())

    def paragraph(self, el: ElementTree.Element, label: str = "") -> list[str]:
        boxes: list[str] = []
        if not label and el.tag == _TEXT + "h" and self.outline is not None:  # (a heading numbered by the outline)
            level = el.get(_TEXT + "outline-level") or ""
            if level.isdigit() and 1 <= int(level) <= 10 and el.get(_TEXT + "is-list-header") != "true":
                label = self.outline.label(int(level) - 1)
        text = self.inline(el, boxes)
        # (a frame's text box anchored in it: "Số: 116/KH-UBND" had run into the paragraph)
        return [f"{label} {text}" if label else text, *boxes]

    def blocks(self, container: ElementTree.Element) -> list[str]:
        lines: list[str] = []
        for el in container:
            tag = el.tag
            if tag in (_TEXT + "p", _TEXT + "h"):
                lines += self.paragraph(el)
            elif tag == _TEXT + "list":
                lines += self.list_lines(el, self.counter_of(el), 0)
            elif tag in (_TEXT + "list-item", _TEXT + "list-header", _TEXT + "section", *_ROW_GROUPS):
                lines.extend(self.blocks(el))
            elif tag == _TABLE + "table":
                lines.extend(self.rows(el))
        return lines

    def counter_of(self, lst: ElementTree.Element) -> ListCounter | None:
        """A top-level list's counters: those of the list it continues (``text:continue-list``, or the last of its
        style with ``text:continue-numbering``), else its own, fresh; None for a style with no levels."""
        style = lst.get(_TEXT + "style-name") or ""
        levels = self.list_styles.get(style)
        if not levels:
            return None
        counter = self.by_id.get(lst.get(_TEXT + "continue-list") or "")
        if counter is None and lst.get(_TEXT + "continue-numbering") == "true":
            counter = self.last_by_style.get(style)
        if counter is None:
            counter = ListCounter(levels)
        self.last_by_style[style] = counter
        if lst.get(_XML_ID):
            self.by_id[lst.get(_XML_ID) or ""] = counter
        return counter

    def list_lines(self, lst: ElementTree.Element, counter: ListCounter | None, depth: int) -> list[str]:
        """A list's items at ``depth``: an item whose first block is a paragraph is numbered (its ``start-value``
        resets the count), one holding only a list below is not; a header item never."""
        lines: list[str] = []
        for item in lst:
            if item.tag not in (_TEXT + "list-item", _TEXT + "list-header"):
                continue
            numbered = item.tag == _TEXT + "list-item" and counter is not None
            for k, el in enumerate(item):
                if el.tag in (_TEXT + "p", _TEXT + "h"):
                    label = ""
                    if numbered and k == 0 and counter is not None:
                        start = item.get(_TEXT + "start-value") or ""
                        if start.isdigit():
                            counter.counts[min(depth, 9)] = int(start) - 1
                        label = counter.label(depth)
                    lines += self.paragraph(el, label)
                elif el.tag == _TEXT + "list":
                    lines += self.list_lines(el, counter, depth + 1)
                elif el.tag == _TABLE + "table":
                    lines += self.rows(el)
                else:
                    lines += self.blocks(el)
        return lines

    def rows(self, table: ElementTree.Element) -> list[str]:
        lines: list[str] = []
        for el in table:
            if el.tag == _TABLE + "table-row":
                cells = [self.cell(c) if c.tag == _TABLE + "table-cell" else "" for c in el
                         if c.tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell")]
                lines += row_lines(cells)
            elif el.tag in _ROW_GROUPS:
                lines.extend(self.rows(el))
        return lines


def _parse(z: zipfile.ZipFile, name: str) -> ElementTree.Element:
    info = z.getinfo(name)
    if info.file_size > MAX_CONTENT_BYTES:
        raise OdtRejected(f"its {name} unpacks to {info.file_size:,} bytes, over the limit")
    return ElementTree.fromstring(z.read(info))


def read_odt(data: bytes) -> str:
    """The text of an ODT: one line per paragraph, heading or list item (with its list's number), table rows as
    cells joined by " | "."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            root = _parse(z, "content.xml")
            styles = _parse(z, "styles.xml") if "styles.xml" in z.namelist() else None
    except OdtRejected:
        raise
    except MemoryError:
        raise
    except Exception as e:  # noqa: BLE001 - zipfile's, zlib's and the XML parser's errors on a damaged file
        raise OdtRejected(f"corrupt ODT ({type(e).__name__}: {e})") from e
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise OdtRejected("corrupt ODT (no text body)")
    list_styles: dict[str, dict[int, Level]] = {}
    outline: dict[int, Level] = {}
    for part in (styles, root):  # (a document's own automatic styles after the shared ones)
        if part is None:
            continue
        for style in part.iter(_TEXT + "list-style"):
            list_styles[style.get(_STYLE + "name") or ""] = _list_levels(style)
        for style in part.iter(_TEXT + "outline-style"):
            outline = {k: v for k, v in _list_levels(style).items() if v.fmt != "none"}
    text = "\n".join(_Reader(list_styles, outline).blocks(body))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
