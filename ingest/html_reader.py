"""HTML: a plan saved from a web page (a province's portal, a legal database) as its text — one line per block
(paragraph, heading, list item), a table row as its cells joined by " | " as for a DOCX; scripts, styles and the
page's head left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: elements that start and end a line of their own
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "thead", "tfoot", "ul",
})
#: elements whose content is no text of the page
_SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "math", "object", "select"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.skipping = 0
        self.pre = 0
        self.rows: list[list[str]] = []  # the open table rows' cells (a table inside a cell has its own)
        self.cell: list[list[str]] = []  # the text of each open cell

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
        elif tag in _BLOCKS:
            if self.cell:
                self._out(" ")
            else:
                self._emit()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag in ("br", "hr"):
            if self.cell:
                self._out(" ")
            else:
                self._emit()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif tag in ("td", "th") and self.cell:
            text = _SPACES.sub(" ", "".join(self.cell.pop())).strip()
            if self.cell:  # (a cell inside a cell's table: its text joins the outer cell)
                self.cell[-1].append(" " + text)
            elif self.rows:
                self.rows[-1].append(text)
            else:
                self.line.append(text)
        elif tag == "tr" and self.rows:
            cells = self.rows.pop()
            row = " | ".join(cells)
            if self.cell:
                self.cell[-1].append(" " + row)
            elif any(cells):
                self._emit()
                self.lines.append(row)
        elif tag in _BLOCKS:
            if not self.cell:
                self._emit()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._out(data)

    def text(self) -> str:
        while self.cell:  # (cells and rows a page left open)
            self.handle_endtag("td")
        while self.rows:
            self.handle_endtag("tr")
        self._emit()
        return "\n".join(self.lines)


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
