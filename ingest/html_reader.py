"""HTML: a plan saved from a web page (a province's portal, a legal database) as its text — one line per block
(paragraph, heading, list item), a table row as its cells joined by " | " as for a DOCX; scripts, styles and the
page's head left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .list_numbers import format_number
from .table_rows import row_lines

#: elements that start and end a line of their own
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "thead", "tfoot", "ul",
})
#: elements whose content is no text of the page
_SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "math", "object", "select"})
_CELL_BREAK = "\x00"  # a paragraph's or line break's end inside a table cell
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
#: an ordered list's ``type`` by :func:`~vetplan.ingest.list_numbers.format_number`'s names (CSS's list-style-type too)
_OL_TYPES = {"1": "decimal", "I": "upperRoman", "i": "lowerRoman", "A": "upperLetter", "a": "lowerLetter",
             "upper-roman": "upperRoman", "lower-roman": "lowerRoman", "upper-alpha": "upperLetter",
             "lower-alpha": "lowerLetter", "upper-latin": "upperLetter", "lower-latin": "lowerLetter",
             "decimal-leading-zero": "decimalZero"}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z\-]+)", re.I)


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.skipping = 0
        self.pre = 0
        self.rows: list[list[str]] = []  # the open table rows' cells (a table inside a cell has its own)
        self.cell: list[list[str]] = []  # the text of each open cell
        self.spans: list[int] = []  # the columns each open cell spans
        self.lists: list[list] = []  # the open lists: [format or None for a bulleted one, the next item's number]
        self.label = ""  # a list item's number, written before its first text (which may be in a paragraph of its own)

    def _emit(self) -> None:
        text = "".join(self.line)
        self.line = []
        text = text if self.pre else _SPACES.sub(" ", text)
        for part in text.split("\n"):
            if part.strip():
                self.lines.append(part.strip() if not self.pre else part.rstrip())

    def _out(self, text: str) -> None:
        if self.cell:
            self.cell[-1].append(text)
        else:
            self.line.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell.append([])
            span = (dict(attrs).get("colspan") or "1").strip()
            self.spans.append(min(int(span), 64) if span.isdigit() and int(span) > 0 else 1)
        elif tag in _BLOCKS:
            if self.cell:
                self._out(_CELL_BREAK)
            else:
                self._emit()
            if tag == "pre":
                self.pre += 1
            elif tag in ("ol", "ul"):
                self.lists.append(_list_of(tag, dict(attrs)))
            elif tag == "li" and self.lists:  # (its number, which a browser draws: "I.", "2.", a dash for a bullet)
                fmt, number = self.lists[-1]
                value = dict(attrs).get("value") or ""
                if fmt is not None and value.strip().isdigit():
                    number = int(value)
                self.label = "" if fmt == "none" else "- " if fmt is None else f"{format_number(number, fmt)}. "
                self.lists[-1][1] = number + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag in ("br", "hr"):
            if self.cell:
                self._out(_CELL_BREAK)
            else:
                self._emit()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif tag in ("td", "th") and self.cell:
            text = "\n".join(p for p in (_SPACES.sub(" ", x).strip() for x in "".join(self.cell.pop()).split(
                _CELL_BREAK)) if p)  # (its paragraphs parted by "\n": row_lines joins or keeps them)
            span = self.spans.pop() if self.spans else 1
            if self.cell:  # (a cell inside a cell's table: its text joins the outer cell)
                self.cell[-1].append(" " + text.replace("\n", " "))
            elif self.rows:
                self.rows[-1] += [text, *[""] * (span - 1)]  # (one cell per column it spans, as the rows below)
            else:
                self.line.append(text)
        elif tag == "tr" and self.rows:
            cells = self.rows.pop()
            if self.cell:
                self.cell[-1].append(" " + " | ".join(c.replace("\n", " ") for c in cells))
            elif any(cells):
                self._emit()
                self.lines += row_lines(cells)
        elif tag in _BLOCKS:
            if not self.cell:
                self._emit()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            elif tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            if tag in ("li", "ol", "ul"):
                self.label = ""

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if self.label and data.strip():
                data, self.label = self.label + data.lstrip(), ""
            self._out(data)

    def text(self) -> str:
        while self.cell:  # (cells and rows a page left open)
            self.handle_endtag("td")
        while self.rows:
            self.handle_endtag("tr")
        self._emit()
        return "\n".join(self.lines)


def _list_of(tag: str, attrs: dict[str, str | None]) -> list:
    """An opening list's [format (None: bulleted), first number], by its ``type``, ``start`` and ``list-style``."""
    style = _LIST_STYLE.search(attrs.get("style") or "")
    kind = style.group(1).lower() if style else None
    if kind == "none":
        return ["none", 1]
    if tag == "ul" or kind in ("disc", "circle", "square"):
        return [None, 1]
    start = (attrs.get("start") or "").strip()
    fmt = _OL_TYPES.get(kind or "") or _OL_TYPES.get((attrs.get("type") or "1").strip(), "decimal")
    return [fmt, int(start) if start.lstrip("-").isdigit() else 1]


def read_html(text: str) -> str:
    """The text of an HTML page: ``"<p>Kế hoạch</p><table><tr><td>1</td><td>Sở LĐTBXH</td></tr></table>"`` →
    ``"Kế hoạch\\n1 | Sở LĐTBXH"``."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    return parser.text()


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of a file are an HTML page's (a doctype or an ``<html>`` tag near the start)."""
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<html" in start[:512])
