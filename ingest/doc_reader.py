"""Word 97–2003 ``.doc`` (the binary format in an OLE compound file, [MS-DOC]): the main document's text, read through
its piece table, one line per paragraph, a table row as its cells joined by " | " as for a DOCX; its automatic list
numbers before their paragraphs; its text boxes' lines after the paragraph they are anchored in.

Many archived plans are such files. Their text is stored in pieces, each either 8-bit (Windows-1252) or UTF-16;
a plan typed in a legacy Vietnamese font (``.VnTime``: TCVN3, ``VNI-Times``) holds the font's bytes as 8-bit
characters ("KÕ ho¹ch"), which the caller re-reads line by line (``legacy.repair_legacy_font_lines``). Fields
keep their result, not their code (``PAGE``, ``HYPERLINK …``); footnotes, headers, comments and pictures are left
out, and so are list numbers a paragraph takes from its style alone. An encrypted file and Word 6/95 files are
refused with the reason.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence, Set
from dataclasses import replace
from io import BytesIO

from .list_numbers import Level, ListCounter
from .table_rows import row_lines

#: the lowest FIB version read: Word 97 and later write 0x00C1 (its betas a little less); Word 6 wrote 101 (0x65) and
#: Word 95 104 (0x68), in another layout
WORD97_NFIB = 0x00B1
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_F_OBFUSCATED = 0x8000
#: pieces of text more than this many characters in all are refused (no plan is; a corrupt table may say so)
MAX_CHARS = 20_000_000


class DocRejected(ValueError):
    """The ``.doc`` cannot be read."""


def is_word_document(data: bytes) -> bool:
    """Whether ``data`` is an OLE compound file holding a Word document (a ``WordDocument`` stream)."""
    ole = _open(data, quiet=True)
    if ole is None:
        return False
    try:
        return bool(ole.exists("WordDocument"))
    finally:
        ole.close()


def _open(data: bytes, quiet: bool = False):  # noqa: ANN202 - olefile.OleFileIO or None
    import olefile

    try:
        return olefile.OleFileIO(BytesIO(data))
    except Exception as e:  # noqa: BLE001 - olefile raises OSError, struct.error, IndexError … on damaged files
        if quiet:
            return None
        raise DocRejected(f"damaged Word document ({type(e).__name__}: {e})") from e


def read_doc(data: bytes) -> str:
    """The main document text of a Word 97–2003 file: ``"ỦY BAN NHÂN DÂN\\nSố: 116/KH-UBND\\n…"``."""
    ole = _open(data)
    try:
        if not ole.exists("WordDocument"):
            raise DocRejected("an OLE file without a Word document (a legacy Excel or PowerPoint file?)")
        try:
            word = ole.openstream("WordDocument").read()
            fib = _read_fib(word)
            table_name = "1Table" if fib["flags"] & _F_WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise DocRejected(f"damaged Word document (its {table_name} stream is missing)")
            table = ole.openstream(table_name).read()
        except DocRejected:
            raise
        except Exception as e:  # noqa: BLE001 - olefile on a damaged container
            raise DocRejected(f"damaged Word document ({type(e).__name__}: {e})") from e
    finally:
        ole.close()
    pieces = _pieces(table, fib["fc_clx"], fib["lcb_clx"])
    text, row_ends, in_cells, labels = _main_text(word, table, fib, pieces)
    return _paragraphs(text, row_ends, in_cells, _text_boxes(word, table, fib, pieces), labels)


def _read_fib(word: bytes) -> dict[str, int]:
    """The few FIB fields the text needs: flags, ccpText (the main document's length in characters) and the Clx's
    place in the table stream."""
    if len(word) < 34:
        raise DocRejected("damaged Word document (its FIB is cut short)")
    ident, nfib = struct.unpack_from("<HH", word, 0)
    if ident != 0xA5EC:
        raise DocRejected("damaged Word document (no Word FIB)")
    if nfib < WORD97_NFIB:
        raise DocRejected(f"a Word 6/95 document (version {nfib}): not read; save it as .docx or .doc (Word 97–2003)")
    flags = struct.unpack_from("<H", word, 10)[0]
    if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
        raise DocRejected("an encrypted (password-protected) Word document")
    try:
        at = 32
        csw = struct.unpack_from("<H", word, at)[0]
        at += 2 + 2 * csw
        cslw = struct.unpack_from("<H", word, at)[0]
        lw = at + 2
        ccp_text = struct.unpack_from("<i", word, lw + 3 * 4)[0]
        # (the stories after the main text's, in CP order: footnotes, headers, macros, comments, endnotes, text boxes)
        before_boxes = sum(struct.unpack_from("<5i", word, lw + 4 * 4)) if cslw >= 10 else -1
        ccp_txbx = struct.unpack_from("<i", word, lw + 9 * 4)[0] if cslw >= 10 else 0
        at = lw + 4 * cslw
        cb = struct.unpack_from("<H", word, at)[0]
        if cb < 34:
            raise DocRejected("damaged Word document (its FIB has no piece table)")
        fc_clx, lcb_clx = struct.unpack_from("<II", word, at + 2 + 33 * 8)
        fc_papx, lcb_papx = struct.unpack_from("<II", word, at + 2 + 13 * 8)
        fc_chpx, lcb_chpx = struct.unpack_from("<II", word, at + 2 + 12 * 8)  # (the characters' properties)
        # the shapes anchored in the main text (PlcSpaMom) and the text boxes' stories (PlcftxbxTxt)
        fc_spa, lcb_spa = struct.unpack_from("<II", word, at + 2 + 40 * 8) if cb > 56 else (0, 0)
        fc_txbx, lcb_txbx = struct.unpack_from("<II", word, at + 2 + 56 * 8) if cb > 56 else (0, 0)
        # the lists' definitions (PlfLst) and their instances, which paragraphs name (PlfLfo)
        fc_lst, lcb_lst = struct.unpack_from("<II", word, at + 2 + 73 * 8) if cb > 74 else (0, 0)
        fc_lfo, lcb_lfo = struct.unpack_from("<II", word, at + 2 + 74 * 8) if cb > 74 else (0, 0)
    except struct.error as e:
        raise DocRejected("damaged Word document (its FIB is cut short)") from e
    if ccp_text < 0:
        raise DocRejected("damaged Word document (negative text length)")
    return {"flags": flags, "ccp_text": ccp_text, "fc_clx": fc_clx, "lcb_clx": lcb_clx, "fc_papx": fc_papx,
            "lcb_papx": lcb_papx, "boxes_at": ccp_text + before_boxes if before_boxes >= 0 else -1,
            "ccp_txbx": ccp_txbx, "fc_spa": fc_spa, "lcb_spa": lcb_spa, "fc_txbx": fc_txbx, "lcb_txbx": lcb_txbx,
            "fc_lst": fc_lst, "lcb_lst": lcb_lst, "fc_lfo": fc_lfo, "lcb_lfo": lcb_lfo, "fc_chpx": fc_chpx,
            "lcb_chpx": lcb_chpx}


def _pieces(table: bytes, fc_clx: int, lcb_clx: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: ``(first CP, last CP, byte offset in WordDocument, 8-bit)`` per piece, in CP order."""
    clx = table[fc_clx:fc_clx + lcb_clx]
    if len(clx) != lcb_clx or not clx:
        raise DocRejected("damaged Word document (its piece table lies outside the table stream)")
    at = 0
    try:
        while clx[at] == 0x01:  # Prc: a property modifier list of fast-saved edits, skipped
            at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
        if clx[at] != 0x02:
            raise DocRejected("damaged Word document (no piece table in its Clx)")
        lcb = struct.unpack_from("<I", clx, at + 1)[0]
        plc = clx[at + 5:at + 5 + lcb]
    except (IndexError, struct.error) as e:
        raise DocRejected("damaged Word document (its piece table is cut short)") from e
    if len(plc) != lcb or lcb < 16 or (lcb - 4) % 12:
        raise DocRejected("damaged Word document (a piece table of impossible size)")
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        out.append((cps[k], cps[k + 1], fc // 2 if compressed else fc, compressed))
    return out


def _main_text(word: bytes, table: bytes, fib: dict[str, int], pieces: list[tuple[int, int, int, bool]]
               ) -> tuple[str, set[int] | None, set[int], dict[int, str]]:
    """The main document's characters (CP 0 to ccpText) as stored, control characters included; the positions
    in it of the marks that end a table row (None when the paragraph properties cannot be read) and of the
    paragraph marks inside a table's cell; and the automatic list number of each numbered paragraph, by the position
    of its mark ("II.", "2.1.", "-")."""
    end = fib["ccp_text"]
    if end > MAX_CHARS:
        raise DocRejected(f"a Word document of {end:,} characters: more than any plan (damaged?)")
    props = _paragraph_properties(word, table, fib)
    row_ends, in_cells, in_lists = props if props is not None else (None, set(), {})
    in_table = in_cells | (row_ends or set())
    text, at_marks = _cp_text(word, pieces, 0, end, in_table | in_lists.keys(), _deleted_runs(word, table, fib))
    marks = {k for k, fc in at_marks.items() if text[k] == "\x07" and fc in row_ends} if row_ends is not None else None
    # (a nested table's cells and rows end in paragraph marks: its outer cell's text)
    inside = {k for k, fc in at_marks.items() if text[k] == "\r" and fc in in_table}
    labels: dict[int, str] = {}
    if in_lists and (lists := _lists(table, fib)):
        counters: dict[int, ListCounter] = {}
        for k, fc in sorted(at_marks.items()):
            if fc not in in_lists:
                continue
            ilfo, ilvl = in_lists[fc]
            levels = lists.get(ilfo)
            if levels is not None:
                counter = counters.get(ilfo)
                if counter is None:
                    counter = counters[ilfo] = ListCounter(levels)
                labels[k] = counter.label(ilvl)
    return text, marks, inside, labels


def _cp_text(word: bytes, pieces: list[tuple[int, int, int, bool]], start: int, end: int,
             marked: Set[int] = frozenset(), deleted: Sequence[tuple[int, int]] = ()) -> tuple[str, dict[int, int]]:
    """The characters from CP ``start`` to ``end``, control characters included, those in the ``deleted`` runs
    (WordDocument offsets) as NULs, which :func:`_paragraphs` drops (a cell's mark kept); and the position (from
    ``start``) of each character that ends just before one of the ``marked`` offsets (a paragraph's mark, as the
    paragraphs' properties place them) → that offset."""
    parts: list[str] = []
    at_marks: dict[int, int] = {}
    done = 0
    for first, last, at, compressed in pieces:
        if first >= end:
            break
        if last < first:
            raise DocRejected("damaged Word document (a piece that ends before it starts)")
        if last <= start:
            continue
        width = 1 if compressed else 2
        at += width * max(0, start - first)
        n = min(last, end) - max(first, start)
        raw = word[at:at + width * n]
        if len(raw) < width * n:
            raise DocRejected("damaged Word document (a piece of text lies past the end of its stream)")
        text = raw.decode("latin-1").translate(_CP1252) if compressed else raw.decode("utf-16-le", errors="replace")
        for lo, hi in deleted:  # (a tracked deletion: no text of the page)
            first_k, last_k = max(0, (lo - at) // width), min(n, -(-(hi - at) // width))
            if first_k < last_k:
                text = text[:first_k] + "".join("\x07" if c == "\x07" else "\x00" for c in text[first_k:last_k]) \
                    + text[last_k:]
        if marked:
            at_marks.update({done + k: fc for k in range(n) if (fc := at + width * (k + 1)) in marked})
        parts.append(text)
        done += len(text)
    return "".join(parts), at_marks


def _text_boxes(word: bytes, table: bytes, fib: dict[str, int], pieces: list[tuple[int, int, int, bool]]
                ) -> dict[int, list[str]]:
    """The text boxes anchored in the main text, by the CP of their anchor: each box's story (in the text boxes'
    subdocument, PlcftxbxTxt) is its shape's (PlcSpaMom: anchor CP and shape id) — "Số: 116/KH-UBND" in a box beside
    the issuer. Empty when there are none or they cannot be read (the main text is read as ever)."""
    base, spa, txbx = fib["boxes_at"], (fib["fc_spa"], fib["lcb_spa"]), (fib["fc_txbx"], fib["lcb_txbx"])
    if base < 0 or fib["ccp_txbx"] <= 0 or spa[1] < 34 or txbx[1] < 30 or (spa[1] - 4) % 30 or (txbx[1] - 4) % 26:
        return {}
    try:
        plc = table[spa[0]:spa[0] + spa[1]]
        n = (spa[1] - 4) // 30
        anchors = {struct.unpack_from("<i", plc, 4 * (n + 1) + 26 * k)[0]: struct.unpack_from("<I", plc, 4 * k)[0]
                   for k in range(n)}  # shape id → its anchor's CP
        plc = table[txbx[0]:txbx[0] + txbx[1]]
        m = (txbx[1] - 4) // 26
        cps = struct.unpack_from(f"<{m + 1}I", plc, 0)
        out: dict[int, list[str]] = {}
        for k in range(m - 1):  # (the last story is a placeholder)
            fs = 4 * (m + 1) + 22 * k
            reusable, lid = struct.unpack_from("<H", plc, fs + 8)[0], struct.unpack_from("<i", plc, fs + 14)[0]
            if reusable or lid not in anchors or not cps[k] < cps[k + 1] <= fib["ccp_txbx"]:
                continue
            story = _cp_text(word, pieces, base + cps[k], base + cps[k + 1])[0]
            out.setdefault(anchors[lid], []).extend(ln for ln in _paragraphs(story).split("\n") if ln.strip())
        return out
    except (struct.error, IndexError, DocRejected):
        return {}


_SPRM_C_DELETED = 0x0800  # sprmCFRMarkDel: the characters are a tracked deletion
_SPRM_P_IN_TABLE = (0x2416, 0x6649)  # sprmPFInTable, sprmPItap (a nesting depth above 0): a table's paragraph
_SPRM_P_TTP = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp: the paragraph is a table row's end mark
_SPRM_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def _fkp_runs(word: bytes, table: bytes, fc: int, lcb: int, bx: int) -> Iterator[tuple[int, int, bytes, int]]:
    """The runs of a property page table (a PlcBte at ``fc``/``lcb`` of the table stream, its pages of 512 bytes in
    WordDocument): ``(first offset, offset past the last, page, byte offset of its properties in the page)`` for each
    run that has properties; ``bx``: the size of a run's entry after the page's offsets (13 for paragraphs' BxPap, 1
    for characters'). Raises ``IndexError`` or ``struct.error`` on a damaged page table."""
    plc = table[fc:fc + lcb]
    if len(plc) != lcb or lcb < 12 or (lcb - 4) % 8:
        raise IndexError("no property page table")
    n = (lcb - 4) // 8
    for k in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * k)[0] & 0x3FFFFF
        page = word[pn * 512:pn * 512 + 512]
        if len(page) != 512:
            raise IndexError("a property page past the end of the document")
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            off = 2 * page[4 * (crun + 1) + bx * r]
            if off:  # (0: no properties)
                yield fcs[r], fcs[r + 1], page, off


def _sprms(grpprl: bytes) -> Iterator[tuple[int, int]]:
    """A property modifier list's modifiers: ``(sprm, offset of its operand)``."""
    at = 0
    while at + 2 < len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if spra == 6:  # a variable-size operand: its size first (two bytes for sprmTDefTable)
            size = struct.unpack_from("<H", grpprl, at)[0] + 1 if sprm == 0xD608 else grpprl[at] + 1
        else:
            size = _SPRM_SIZES[spra]
        yield sprm, at
        at += size


def _deleted_runs(word: bytes, table: bytes, fib: dict[str, int]) -> list[tuple[int, int]]:
    """The WordDocument offset ranges of characters a tracked change deleted, from the characters' properties pages
    (PlcBteChpx → ChpxFkp, sprmCFRMarkDel on); none when they cannot be read."""
    try:
        return [(lo, hi) for lo, hi, page, off in _fkp_runs(word, table, fib["fc_chpx"], fib["lcb_chpx"], 1)
                if _says_deleted(page[off + 1:off + 1 + page[off]])]
    except (IndexError, struct.error, KeyError):
        return []


def _says_deleted(grpprl: bytes) -> bool:
    return any(sprm == _SPRM_C_DELETED and grpprl[at] in (1, 0x81) for sprm, at in _sprms(grpprl))


def _paragraph_properties(word: bytes, table: bytes, fib: dict[str, int]
                          ) -> tuple[set[int], set[int], dict[int, tuple[int, int]]] | None:
    """The WordDocument offsets just past each table row's end mark, just past each paragraph inside a table, and
    just past each paragraph in a list (→ its list instance and level), as their paragraphs' properties say, from
    the paragraph properties' pages (PlcBtePapx → PapxFkp); None when they cannot be read (the caller then takes a
    cell mark right after another as a row's end)."""
    ends: set[int] = set()
    cells: set[int] = set()
    lists: dict[int, tuple[int, int]] = {}
    try:
        for _lo, hi, page, off in _fkp_runs(word, table, fib["fc_papx"], fib["lcb_papx"], 13):
            cb = page[off]
            grpprl = page[off + 2:off + 2 + 2 * page[off + 1]] if cb == 0 else page[off + 1:off + 2 * cb]
            in_table, row_end, in_list = _properties(grpprl[2:])  # (after the style's index)
            if row_end:
                ends.add(hi)
            elif in_table:
                cells.add(hi)
            if in_list is not None:
                lists[hi] = in_list
    except (IndexError, struct.error, KeyError):
        return None
    return ends, cells, lists


def _properties(grpprl: bytes) -> tuple[bool, bool, tuple[int, int] | None]:
    """Whether a paragraph's property modifiers put it in a table, whether they mark it as a table row's end
    (sprmPFTtp or sprmPFInnerTtp, 1), and the list instance (1-based, sprmPIlfo) and level (sprmPIlvl) they put it
    in (None: none)."""
    in_table = False
    ilfo, ilvl = 0, 0
    for sprm, at in _sprms(grpprl):
        if sprm in _SPRM_P_TTP and grpprl[at] == 1:
            return True, True, None
        if sprm in _SPRM_P_IN_TABLE and grpprl[at] >= 1:
            in_table = True
        elif sprm == 0x460B:  # sprmPIlfo
            ilfo = struct.unpack_from("<h", grpprl, at)[0]
        elif sprm == 0x260A:  # sprmPIlvl
            ilvl = grpprl[at]
    return in_table, False, (ilfo, min(ilvl, 8)) if ilfo > 0 else None


#: Word's number formats (nfc) by their names in :func:`~vetplan.ingest.list_numbers.format_number`
_NFC = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 22: "decimalZero",
        23: "bullet", 255: "none"}


def _lvl(table: bytes, at: int) -> tuple[Level, int]:
    """A list level (LVL) at ``at``: its first number, format and text ("%1." for the placeholder of level 0 in its
    number text), and where the next one starts."""
    start, nfc, flags = struct.unpack_from("<iBB", table, at)
    nums = table[at + 6:at + 15]
    cb_chpx, cb_papx = table[at + 24], table[at + 25]
    at += 28 + cb_papx + cb_chpx
    cch = struct.unpack_from("<H", table, at)[0]
    xst = table[at + 2:at + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    places = {p - 1 for p in nums if p}  # (1-based positions of the levels' placeholders in the text)
    text = "".join(f"%{ord(c) + 1}" if k in places and ord(c) < 9 else c for k, c in enumerate(xst))
    return Level(start, _NFC.get(nfc, "decimal"), text, bool(flags & 0x04)), at + 2 + 2 * cch


def _lists(table: bytes, fib: dict[str, int]) -> dict[int, dict[int, Level]]:
    """The levels of each list instance a paragraph may name (1-based ilfo → level → :class:`Level`), from the lists'
    definitions (PlfLst: LSTF then their LVLs) and instances (PlfLfo: each a list's id, maybe restarting levels);
    empty when they cannot be read (the text is read without its numbers)."""
    fc, lcb = fib["fc_lst"], fib["lcb_lst"]
    if lcb < 30 or fib["lcb_lfo"] < 4 or fc + lcb > len(table) or fib["fc_lfo"] + fib["lcb_lfo"] > len(table):
        return {}
    try:
        count = struct.unpack_from("<h", table, fc)[0]
        at = fc + 2 + 28 * count
        by_id: dict[int, dict[int, Level]] = {}
        for k in range(count):
            lsid = struct.unpack_from("<i", table, fc + 2 + 28 * k)[0]
            simple = table[fc + 2 + 28 * k + 26] & 0x01
            levels: dict[int, Level] = {}
            for ilvl in range(1 if simple else 9):
                levels[ilvl], at = _lvl(table, at)
            by_id[lsid] = levels
        fc = fib["fc_lfo"]
        mac = struct.unpack_from("<i", table, fc)[0]
        out: dict[int, dict[int, Level]] = {}
        data = fc + 4 + 16 * mac  # (each instance's overrides follow the instances)
        for k in range(mac):
            lsid, clfolvl = struct.unpack_from("<i", table, fc + 4 + 16 * k)[0], table[fc + 4 + 16 * k + 12]
            levels = dict(by_id.get(lsid, {}))
            data += 4  # (its cp, unused)
            for _ in range(clfolvl):  # LFOLVL: a level restarting at a number, or formatted anew
                start, flags = struct.unpack_from("<iI", table, data)
                ilvl, data = flags & 0x0F, data + 8
                if flags & 0x20:  # fFormatting: a whole level follows
                    levels[ilvl], data = _lvl(table, data)
                elif flags & 0x10 and ilvl in levels:  # fStartAt
                    levels[ilvl] = replace(levels[ilvl], start=start)
            if levels:
                out[k + 1] = levels
        return out
    except (struct.error, IndexError):
        return {}


#: a compressed piece's bytes are Windows-1252; the five it leaves undefined stay their Latin-1 control characters
#: (what a legacy font's text needs to be re-read by its bytes)
_CP1252 = str.maketrans({chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                         if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})


#: characters Word keeps in the text stream that are no text: pictures, objects, note and comment anchors …
_DROP = {chr(c) for c in range(0x20)} - {"\t", "\n"}


def _paragraphs(stream: str, row_ends: set[int] | None = None, in_cells: Set[int] = frozenset(),
                boxes: dict[int, list[str]] | None = None, labels: dict[int, str] | None = None) -> str:
    """Word's text stream as lines: paragraph marks and line or page breaks as line ends, a field as its result,
    a table row's cells (each closed by a cell mark, the row by one more: at ``row_ends``, or, unknown, a cell mark
    right after another) joined by " | ", an optional hyphen as a soft hyphen (U+00AD) and a non-breaking one as "-";
    the lines of the text boxes anchored at a position (``boxes``) after the paragraph or row they are anchored in; a
    paragraph's list number (``labels``, by its mark's position) before its text."""
    lines: list[str] = []
    line: list[str] = []
    cells: list[str] = []
    pending: list[str] = []  # text boxes' lines anchored in the paragraph or row being read
    fields: list[bool] = []  # per open field: whether its result has begun (its code is left out)
    last_cell_mark = False
    para_start = 0  # where in ``line`` the paragraph being read began (its list number goes there)
    for at, ch in enumerate(stream):
        if ch == "\x13":
            fields.append(False)
            continue
        if ch == "\x14":
            if fields:
                fields[-1] = True
            continue
        if ch == "\x15":
            if fields:
                fields.pop()
            continue
        if fields and not all(fields):
            continue
        if boxes and at in boxes:
            pending += boxes[at]
        if labels and at in labels and ch in "\r\x07":
            line.insert(para_start, labels[at] + " ")
        if ch == "\x07":  # a cell's end, or (right after one) its row's
            text = "\n".join(" ".join(p.split()) for p in "".join(line).split("\n") if p.strip())
            line = []
            para_start = 0
            if (at in row_ends) if row_ends is not None else (last_cell_mark and not text):
                if cells:
                    lines += row_lines(cells)
                lines += pending
                pending = []
                cells = []
                last_cell_mark = False
                continue
            cells.append(text)
            last_cell_mark = True
            continue
        last_cell_mark = False
        if ch in "\r\x0b\x0c":
            if cells or at in in_cells:  # (a paragraph inside a cell: the cell goes on)
                line.append("\n")
            else:
                lines.append("".join(line))
                lines += pending
                line = []
                pending = []
            if ch == "\r":
                para_start = len(line)
            continue
        if ch == "\x1e":
            line.append("-")
        elif ch == "\x1f":  # an optional hyphen: a soft hyphen, which the repair drops, but a legacy font's byte 0xAD
            line.append("\u00ad")  # (TCVN3's ư, which Word's Unicode sees as one: "ng\u00adêi" người)
        elif ch in _DROP:
            continue
        else:
            line.append(ch)
    if cells:
        lines += row_lines(cells)
    if line:
        lines.append("".join(line))
    return "\n".join(lines + pending)
