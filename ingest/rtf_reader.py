"""RTF (Rich Text Format, as Word and older office systems save documents): the text in reading order, one line per
paragraph, a table row as its cells joined by " | " as for a DOCX. Characters come as ``\\uN`` (Unicode) or ``\\'hh``
(a byte of the document's code page, ``\\ansicpgN``, or of the current font's: a ``.VnTime`` font's bytes are TCVN3,
a ``VNI-Times`` font's VNI, re-read as Unicode)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .legacy import decode_font_bytes, legacy_font
from .list_numbers import bullet_text

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([\r\n]+)|([^\\{}\r\n]+)",
                    re.S)
#: groups whose text is not the document's (tables of fonts, colours, styles; metadata; pictures; fields' codes)
_SKIP = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer", b"headerl",
         b"headerr", b"footerl", b"footerr", b"fldinst", b"datastore", b"themedata", b"colorschememapping",
         b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"filetbl",
         b"revtbl", b"footnote", b"annotation", b"bkmkstart", b"bkmkend"}
#: at most this much RTF is read (a plan's is far less; more is no plan)
MAX_RTF_BYTES = 64 * 1024 * 1024


class RtfRejected(ValueError):
    """The RTF cannot be read."""


def looks_like_rtf(head: bytes) -> bool:
    """Whether a file starts as an RTF document does (``{\\rtf``)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


class _State:
    __slots__ = ("skip", "font", "uc", "label", "deleted")

    def __init__(self, skip: bool = False, font: int | None = None, uc: int = 1, label: bool = False,
                 deleted: bool = False) -> None:
        self.skip, self.font, self.uc, self.label, self.deleted = skip, font, uc, label, deleted

    def copy(self) -> _State:
        return _State(self.skip, self.font, self.uc, self.label, self.deleted)


#: a list item's number as the writer drew it (``{\listtext I.\tab}``), between these marks until the line is built
_LABEL_OPEN, _LABEL_CLOSE = "\x01", "\x02"
_LABEL = re.compile("\x01([^\x01\x02]*)\x02")


def _label(m: re.Match[str]) -> str:
    """A list item's number as a plan's text writes it: "I. ", "2.1. ", a symbol font's bullet as "- "."""
    text = " ".join(m.group(1).split())
    if not text:
        return ""
    return (bullet_text(text) if len(text) == 1 and not text.isalnum() else text) + " "


def _font_table(data: bytes) -> dict[int, str]:
    """Font number → name, from ``{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1 .VnTime;}}``."""
    start = data.find(b"\\fonttbl")
    if start < 0:
        return {}
    fonts: dict[int, str] = {}
    for m in re.finditer(rb"\{\\f(\d+)((?:\\[a-zA-Z]+-?\d* ?)*)([^;{}\\]*);", data[start:start + 200_000]):
        fonts[int(m.group(1))] = m.group(3).decode("latin-1").strip()
    return fonts


def read_rtf(data: bytes) -> str:
    """The text of an RTF document: ``{\\rtf1\\ansi K\\u7871?\\'20ho\\u7841?ch\\par}`` → ``"Kế hoạch"``."""
    if len(data) > MAX_RTF_BYTES:
        raise RtfRejected(f"{len(data):,} bytes of RTF, over the limit")
    if not looks_like_rtf(data[:64]):
        raise RtfRejected("not an RTF document (it does not start with {\\rtf)")
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    codepage = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        codecs.lookup(codepage)
    except LookupError:
        codepage = "cp1252"
    fonts = _font_table(data)
    out: list[str] = []
    pending = bytearray()  # \'hh bytes of the current run, decoded together (a font's code may use two per letter)
    state = _State()
    stack: list[_State] = []
    skip_chars = 0  # characters after a \uN that stand in for readers without Unicode

    def flush() -> None:
        if not pending:
            return
        kind = legacy_font(fonts.get(state.font)) if state.font is not None else None
        if kind is not None:
            out.append(decode_font_bytes(bytes(pending), kind))
        else:
            out.append(bytes(pending).decode(codepage, errors="replace"))
        pending.clear()

    def emit(text: str) -> None:
        flush()
        out.append(text)

    for tok in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, newline, plain = tok.groups()
        if brace == b"{":
            flush()
            stack.append(state.copy())
            skip_chars = 0
            continue
        if brace == b"}":
            flush()
            was_label = state.label
            state = stack.pop() if stack else _State()
            if was_label and not state.label:
                out.append(_LABEL_CLOSE)
            skip_chars = 0
            continue
        if newline is not None:
            continue
        if word == b"deleted":  # (a tracked deletion's text, on until \deleted0 or \plain: no text of the page)
            flush()
            state.deleted = arg != b"0"
            continue
        if word == b"plain":
            flush()
            state.deleted = False
        if state.skip or (state.deleted and (plain is not None or hexbyte is not None or word == b"u")):
            continue
        if skip_chars and (hexbyte is not None or plain is not None):
            if hexbyte is not None:
                skip_chars -= 1
                continue
            assert plain is not None
            eaten = min(skip_chars, len(plain))
            skip_chars -= eaten
            plain = plain[eaten:]
            if not plain:
                continue
        if word is not None:
            if word in _SKIP:
                state.skip = True
            elif word in (b"listtext", b"pntext") and not state.label:  # (its text: the item's number)
                flush()
                out.append(_LABEL_OPEN)
                state.label = True
            elif word == b"f" and arg is not None:
                flush()
                state.font = int(arg)
            elif word == b"uc" and arg is not None:
                state.uc = min(8, max(0, int(arg)))
            elif word == b"u" and arg is not None:
                code = int(arg)
                code = code + 65536 if -32768 <= code < 0 else code
                emit(chr(code) if 0 <= code <= 0xFFFF else "\ufffd")  # (RTF's \uN is 16 bits)
                skip_chars = state.uc
            elif word in (b"par", b"line", b"row", b"sect", b"page"):
                emit("\n")
            elif word == b"cell":
                emit("\x00")  # (a cell's end: joined as " | " below)
            elif word == b"tab":
                emit("\t")
            elif word in (b"emdash", b"endash"):
                emit("—" if word == b"emdash" else "–")
            elif word in (b"lquote", b"rquote"):
                emit("‘" if word == b"lquote" else "’")
            elif word in (b"ldblquote", b"rdblquote"):
                emit("“" if word == b"ldblquote" else "”")
            elif word == b"bullet":
                emit("•")
        elif hexbyte is not None:
            pending.append(int(hexbyte, 16))
        elif symbol is not None:
            if symbol == b"*":
                state.skip = True  # (an optional destination this reader does not know)
            elif symbol in (b"\\", b"{", b"}"):
                emit(symbol.decode())
            elif symbol in (b"\n", b"\r"):
                emit("\n")  # (a backslash ending a line is a \par)
            elif symbol == b"~":
                emit("\u00a0")
            elif symbol == b"-":
                pass  # (an optional hyphen)
            elif symbol == b"_":
                emit("-")
        elif plain is not None:
            flush()
            kind = legacy_font(fonts.get(state.font)) if state.font is not None else None
            if kind is not None and not plain.isascii():
                pending.extend(plain)
            elif kind is not None and kind[1]:
                out.append(plain.decode("latin-1").upper())
            else:
                out.append(plain.decode(codepage, errors="replace").replace(_LABEL_OPEN, "").replace(_LABEL_CLOSE, ""))
    flush()
    if state.label:
        out.append(_LABEL_CLOSE)
    lines = []
    for line in "".join(out).split("\n"):
        if _LABEL_OPEN in line:
            line = _LABEL.sub(_label, line.lstrip()).replace(_LABEL_OPEN, "").replace(_LABEL_CLOSE, "")
        if "\x00" in line:
            cells = [c.strip() for c in line.split("\x00")]
            lines.append(" | ".join(cells[:-1] if cells and not cells[-1] else cells))  # (an empty last cell stays
            continue  # a cell, as in the other formats)
        lines.append(line.rstrip())
    text = "\n".join(lines).strip("\n")
    return unicodedata.normalize("NFC", text)
