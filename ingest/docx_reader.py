"""DOCX: paragraphs and tables in body order as one page of text; its pictures, for a plan pasted into
Word as scanned pages."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import replace
from typing import Any

from .legacy import decode_font_bytes, legacy_font, legacy_font_bytes
from .list_numbers import Level, ListCounter
from .table_rows import row_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
#: a text box's content (Word writes each twice: as a DrawingML shape, and as VML in the alternate content's fallback)
_TEXT_BOX = _W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: what a paragraph holds that is not its text: the fallback copy of a text box, tracked deletions and the text a
#: tracked move took away (its new place holds it: read twice, it had been)
_LEFT_OUT = frozenset({_FALLBACK, _W + "del", _W + "moveFrom"})


class DocxRejected(ValueError):
    """The DOCX cannot be read."""


class _Styles:
    """The font each run of a DOCX is set in: its own, else its character style's, its paragraph style's (and the
    styles they are based on), else the document's default; and its paragraphs' list numbers (:class:`_Numbering`)."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.remapped: dict[str, int] = {}  # encoding → paragraphs with text re-read from it
        self.by_style: dict[str, str | None] = {}
        self.based_on: dict[str, str] = {}
        self.style_numbers: dict[str, tuple[str | None, int | None]] = {}  # style → its list (numId, level)
        self.default: str | None = None
        self.numbering = _Numbering(document, self)
        try:
            styles = document.styles.element
        except Exception:  # noqa: BLE001 - a DOCX without styles: run fonts only
            return
        default = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self.default = _font_of(default)
        for st in styles.iterchildren(_W + "style"):
            sid = st.get(_W + "styleId")
            if sid:
                self.by_style[sid] = _font_of(st.find(_W + "rPr"))
                base = st.find(_W + "basedOn")
                if base is not None and base.get(_W + "val"):
                    self.based_on[sid] = base.get(_W + "val")
                num = st.find(f"{_W}pPr/{_W}numPr")
                if num is not None:
                    self.style_numbers[sid] = _num_pr(num)

    def _inherited(self, sid: str | None, table: dict) -> Any:  # noqa: ANN401 - the table's values
        """The first value ``table`` holds for a style or the styles it is based on (None: none)."""
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if got := table.get(sid):
                return got
            sid = self.based_on.get(sid)
        return None

    def numbers_of_style(self, sid: str | None) -> tuple[str | None, int | None]:
        """The list (numId, level) a paragraph style puts its paragraphs in, from it or the styles it is based on."""
        return self._inherited(sid, self.style_numbers) or (None, None)

    def of_style(self, sid: str | None) -> str | None:
        return self._inherited(sid, self.by_style)

    def of_run(self, run, para_style: str | None) -> str | None:  # type: ignore[no-untyped-def]
        rpr = run.find(_W + "rPr") if run is not None else None
        own = _font_of(rpr)
        if own:
            return own
        rstyle = rpr.find(_W + "rStyle") if rpr is not None else None
        return (self.of_style(rstyle.get(_W + "val")) if rstyle is not None else None) or self.of_style(
            para_style) or self.default


def _num_pr(num) -> tuple[str | None, int | None]:  # type: ignore[no-untyped-def]
    """A ``w:numPr``'s list and level (None where it does not say)."""
    num_id, ilvl = num.find(_W + "numId"), num.find(_W + "ilvl")
    level = ilvl.get(_W + "val") if ilvl is not None else None
    return (num_id.get(_W + "val") if num_id is not None else None,
            int(level) if level is not None and level.lstrip("-").isdigit() else None)


class _Numbering:
    """A DOCX's automatic list numbers (``numbering.xml``): each list's levels, and a counter per list, so that a
    numbered paragraph reads with its number as the page shows it ("I. MỤC TIÊU", "1. Tổ chức …", "- …")."""

    def __init__(self, document, styles: _Styles) -> None:  # type: ignore[no-untyped-def]
        self.styles = styles
        self.lists: dict[str, dict[int, Level]] = {}  # numId → its levels
        self.counters: dict[str, ListCounter] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part (python-docx raises NotImplementedError, KeyError …)
            return
        abstract: dict[str, dict[int, Level]] = {}
        for an in root.iterchildren(_W + "abstractNum"):
            abstract[an.get(_W + "abstractNumId") or ""] = _levels(an)
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstract.get(ref.get(_W + "val") if ref is not None else "", {}))
            for over in num.iterchildren(_W + "lvlOverride"):  # (a list restarting at another number)
                ilvl = int(over.get(_W + "ilvl") or 0)
                lvl = over.find(_W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = over.find(_W + "startOverride")
                if start is not None and (val := start.get(_W + "val") or "").isdigit():
                    levels[ilvl] = replace(levels.get(ilvl) or Level(text=f"%{ilvl + 1}."), start=int(val))
            self.lists[num.get(_W + "numId") or ""] = levels

    def label(self, p, para_style: str | None) -> str:  # type: ignore[no-untyped-def]
        """The number or bullet a paragraph is drawn with ("II.", "1.", "a)", "-"), or "" (none: not in a list)."""
        num = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = _num_pr(num) if num is not None else (None, None)
        if num_id is None or ilvl is None:
            style_id, style_lvl = self.styles.numbers_of_style(para_style)
            num_id = num_id if num_id is not None else style_id
            ilvl = ilvl if ilvl is not None else style_lvl
        if not num_id or num_id == "0" or num_id not in self.lists:
            return ""
        counter = self.counters.get(num_id)
        if counter is None:
            counter = self.counters[num_id] = ListCounter(self.lists[num_id])
        return counter.label(ilvl or 0)


def _levels(an) -> dict[int, Level]:  # type: ignore[no-untyped-def]
    out: dict[int, Level] = {}
    for lvl in an.iterchildren(_W + "lvl"):
        ilvl = lvl.get(_W + "ilvl") or "0"
        if ilvl.isdigit():
            out[int(ilvl)] = _level(lvl)
    return out


def _level(lvl) -> Level:  # type: ignore[no-untyped-def]
    def val(tag: str) -> str | None:
        el = lvl.find(_W + tag)
        return el.get(_W + "val") if el is not None else None

    start = val("start") or "1"
    return Level(int(start) if start.isdigit() else 1, val("numFmt") or "decimal", val("lvlText") or "",
                 lvl.find(_W + "isLgl") is not None)


def _font_of(rpr) -> str | None:  # type: ignore[no-untyped-def]
    fonts = rpr.find(_W + "rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")


def _in_font(text: str, font: str | None) -> tuple[str, str | None]:
    """A run's text as Unicode, and the legacy encoding it was re-read from (None: as it is): ``"KÕ ho¹ch"`` in
    .VnTime → ``("Kế hoạch", "tcvn3")``, ``"kÕ ho¹ch"`` in .VnTimeH → ``("KẾ HOẠCH", "tcvn3")``."""
    kind = legacy_font(font)
    if kind is None or text.isascii() and not kind[1]:
        return text, None
    raw = legacy_font_bytes(text)
    if raw is None:  # (a character no 8-bit font holds: the run is Unicode whatever its font says)
        return text, None
    decoded = decode_font_bytes(raw, kind)
    return decoded, kind[0] if decoded != text else None


def _cell_text(tc, styles: _Styles) -> str:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    for child in tc.iterchildren():
        if child.tag == _W + "p":
            parts.append(_para_text(child, styles))
        elif child.tag == _W + "tbl":
            parts.extend(_table_lines(child, styles))
    # (its paragraphs, line breaks and text boxes' lines parted by "\n": :func:`row_lines` joins or keeps them)
    return "\n".join(ln.strip() for p in parts for ln in p.split("\n") if ln.strip())


def _para_text(p, styles: _Styles) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text; the text boxes anchored in it follow it, a line per paragraph of theirs ("ỦY BAN NHÂN DÂN
    TỈNH BÌNH THUẬN" / "Số: 116/KH-UBND" / …: a box's text had run into the paragraph's, and twice, its fallback
    copy too)."""
    out: list[str] = []
    boxes: list[str] = []
    pstyle = p.find(f"{_W}pPr/{_W}pStyle")
    para_style = pstyle.get(_W + "val") if pstyle is not None else None
    remapped: set[str] = set()
    label = styles.numbering.label(p, para_style)
    if label:  # (its automatic number, which the text leaves out: "I. MỤC TIÊU", "- Tổ chức …")
        out.append(label + " ")
    _runs_text(p, out, boxes, remapped, styles, para_style)
    for enc in remapped:
        styles.remapped[enc] = styles.remapped.get(enc, 0) + 1
    return "\n".join(["".join(out), *boxes]) if boxes else "".join(out)


def _runs_text(el, out: list[str], boxes: list[str], remapped: set[str], styles: _Styles,  # type: ignore[no-untyped-def]
               para_style: str | None) -> None:
    """The text of ``el``'s runs (hyperlinks, insertions, fields' results … read through) into ``out``; a text box's
    lines into ``boxes``; an alternate content's fallback (the same box again, as VML), tracked deletions and moves' old
    places left out."""
    for child in el.iterchildren():
        tag = child.tag
        if tag == _W + "t":
            text, enc = _in_font(child.text or "", styles.of_run(el, para_style))
            out.append(text)
            if enc:
                remapped.add(enc)
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _TEXT_BOX:
            boxes.extend(_body_lines(child, styles))
        elif tag not in _LEFT_OUT and isinstance(tag, str):
            _runs_text(child, out, boxes, remapped, styles, para_style)


def _table_lines(tbl, styles: _Styles) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            wide = span.get(_W + "val") if span is not None else None
            more = [""] * (min(int(wide), 64) - 1) if wide and wide.isdigit() and int(wide) > 1 else []
            if vmerge is not None and vmerge.get(_W + "val") in (None, "continue"):
                cells += ["", *more]  # continuation of a vertically merged cell
                continue
            cells += [_cell_text(tc, styles), *more]  # (a cell spanning columns: one per column, as the rows below)
        lines += row_lines(cells)
    return lines


def _body_lines(container, styles: _Styles) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == _W + "p":
            lines.append(_para_text(child, styles))
        elif child.tag == _W + "tbl":
            lines.extend(_table_lines(child, styles))
        elif child.tag == _W + "sdt":  # content control wrapping paragraphs/tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                lines.extend(_body_lines(content, styles))
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


def read_docx(data: bytes) -> tuple[str, dict[str, int]]:
    """The text of a DOCX — one line per paragraph, table rows as cells joined by " | ", text set in a legacy
    8-bit Vietnamese font (:func:`legacy_font`) re-read as Unicode — and how many paragraphs had text re-read from
    each legacy encoding."""
    document = _open(data)
    styles = _Styles(document)
    text = "\n".join(_body_lines(document.element.body, styles))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")), styles.remapped
