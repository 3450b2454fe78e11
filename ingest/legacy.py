"""Codecs for pre-Unicode Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VISCII, and cp1258 helpers."""

from __future__ import annotations

import unicodedata

from ._tables import TCVN3_TABLE, VISCII_TABLE

LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii")

_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, acute, grave, hook, tilde, dot


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _build_vni() -> dict[str, str]:
    """Unicode letter → VNI-Windows byte string (as Latin-1 characters)."""
    table: dict[str, str] = {}
    for upper in (False, True):
        plain = ["", "ù", "ø", "û", "õ", "ï"]
        circ = ["â", "á", "à", "å", "ã", "ä"]
        breve = ["ê", "é", "è", "ú", "ü", "ë"]
        i_forms = ["i", "í", "ì", "æ", "ó", "ò"]
        if upper:
            plain, circ, breve, i_forms = ([c.upper() for c in xs] for xs in (plain, circ, breve, i_forms))

        def case(s: str, up: bool = upper) -> str:
            return s.upper() if up else s

        for t, tone in enumerate(_TONES):
            for base in "aeouy":
                table[_nfc(case(base) + tone)] = case(base) + plain[t]
            for base in "aeo":
                table[_nfc(case(base) + "\u0302" + tone)] = case(base) + circ[t]
            table[_nfc(case("a") + "\u0306" + tone)] = case("a") + breve[t]
            table[_nfc(case("o") + "\u031b" + tone)] = case("ô") + plain[t]
            table[_nfc(case("u") + "\u031b" + tone)] = case("ö") + plain[t]
            table[_nfc(case("i") + tone)] = i_forms[t]
        table[_nfc(case("y") + "\u0323")] = case("î")
        table[case("đ")] = case("ñ")
    for k in [k for k, v in table.items() if k == v]:
        del table[k]  # plain ASCII letters map to themselves
    return table


_VNI_ENCODE = _build_vni()
_VNI_DECODE2 = {v: k for k, v in _VNI_ENCODE.items() if len(v) == 2}
_VNI_DECODE1 = {v: k for k, v in _VNI_ENCODE.items() if len(v) == 1}

_TCVN3_ENCODE = {c: bytes([i]) for i, c in enumerate(TCVN3_TABLE) if i >= 0x80 or ord(c) != i}
_VISCII_ENCODE = {c: bytes([i]) for i, c in enumerate(VISCII_TABLE) if i >= 0x80 or ord(c) != i}
_TCVN3_TRANS = {i: c for i, c in enumerate(TCVN3_TABLE) if ord(c) != i}
_VISCII_TRANS = {i: c for i, c in enumerate(VISCII_TABLE) if ord(c) != i}


def _cp1252_char(i: int) -> str:
    try:
        return bytes([i]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(i)


_CP1252_TRANS = {i: _cp1252_char(i) for i in range(0x80, 0xA0)}


def _single_byte_decode(data: bytes, trans: dict[int, str]) -> str:
    return _nfc(data.decode("latin-1").translate(trans))


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes (letters followed by mark bytes) to NFC Unicode."""
    s = data.decode("latin-1").translate(_CP1252_TRANS)
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        pair = s[i : i + 2]
        if len(pair) == 2 and pair in _VNI_DECODE2:
            out.append(_VNI_DECODE2[pair])
            i += 2
            continue
        out.append(_VNI_DECODE1.get(s[i], s[i]))
        i += 1
    return _nfc("".join(out))


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode bytes in one of :data:`LEGACY_ENCODINGS` to NFC Unicode."""
    if encoding == "tcvn3":
        return _single_byte_decode(data, _TCVN3_TRANS)
    if encoding == "viscii":
        return _single_byte_decode(data, _VISCII_TRANS)
    if encoding == "vni":
        return decode_vni(data)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode NFC text to a legacy Vietnamese encoding (used by tests and benchmarks)."""
    text = _nfc(text)
    if encoding == "vni":
        s = "".join(_VNI_ENCODE.get(c, c) for c in text)
        return s.encode("cp1252")
    table = {"tcvn3": _TCVN3_ENCODE, "viscii": _VISCII_ENCODE}[encoding]
    out = bytearray()
    for c in text:
        if c in table:
            out += table[c]
        elif ord(c) < 0x80:
            out.append(ord(c))
        else:
            raise UnicodeEncodeError(encoding, text, text.index(c), text.index(c) + 1, "not encodable")
    return bytes(out)


def encode_cp1258_decomposed(text: str) -> bytes:
    """Encode text as Windows-1258 with tone marks as separate combining bytes (as Word does)."""
    out: list[str] = []
    for ch in _nfc(text):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = _nfc("".join(c for c in d if c not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


def legacy_font_bytes(text: str) -> bytes | None:
    """The bytes behind text typed in a legacy 8-bit font and stored as the characters of those bytes (cp1252, or
    Latin-1 where cp1252 has none): ``"KÕ ho¹ch"`` → ``b"K\\xd5 ho\\xb9ch"``; None when a character cannot be one."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) < 256:
                out.append(ord(c))
            else:
                return None
    return bytes(out)


def letter_count(text: str) -> int:
    """How many letters ``text`` has."""
    return sum(1 for c in text if c.isalpha())


def repair_legacy_font_text(text: str) -> tuple[str, str] | None:
    """Re-read text shown through a legacy 8-bit Vietnamese font (TCVN3/VNI/VISCII) as Unicode: ``"KÕ ho¹ch"`` (a
    ``.VnTime`` font's TCVN3) → ``("Kế hoạch", "tcvn3")``; None when no encoding reads it as clean Vietnamese."""
    from .vietnamese import score_text

    raw = legacy_font_bytes(text)
    if raw is None:
        return None
    best: tuple[float, str, str] | None = None
    for enc in LEGACY_ENCODINGS:
        fixed = decode_legacy(raw, enc)
        sc = score_text(fixed)
        if sc.junk_chars <= max(1, 0.005 * letter_count(fixed)) and sc.quality >= 0.9 and sc.vn_syllables:
            if best is None or sc.score > best[0]:
                best = (sc.score, fixed, enc)
    return (best[1], best[2]) if best else None


def repair_legacy_font_lines(text: str) -> tuple[str, str | None, int]:
    """The lines of a document typed in a legacy 8-bit font (a DOCX in ``.VnTime`` or ``VNI-Times``, whose
    characters are the font's bytes) re-read as Unicode, the others as they are: ``(text, encoding, lines
    repaired)``. The encoding is chosen once, over all the lines that do not read as Vietnamese; a line is re-read
    only when that makes it read better ("KÕ ho¹ch" → "Kế hoạch"; "Kế hoạch" and plain ASCII stay)."""
    from .vietnamese import score_text

    lines = text.split("\n")
    could = [i for i, line in enumerate(lines) if not line.isascii() and legacy_font_bytes(line) is not None]
    poor = []
    for i in could:
        sc = score_text(lines[i])
        if letter_count(lines[i]) >= 2 and (sc.bad_tokens or sc.junk_chars) and sc.quality < 0.9:
            poor.append(i)
    if not poor:
        return text, None, 0
    found = repair_legacy_font_text("\n".join(lines[i] for i in poor))
    if found is None:
        return text, None, 0
    enc = found[1]
    repaired = 0
    for i in could:  # (also the lines that happen to spell something: VNI's "Soá" for Số)
        fixed = decode_legacy(legacy_font_bytes(lines[i]) or b"", enc)
        if score_text(fixed).score > score_text(lines[i]).score:
            lines[i] = fixed
            repaired += 1
    return "\n".join(lines), enc if repaired else None, repaired


def decode_font_bytes(raw: bytes, kind: tuple[str, bool]) -> str:
    """Bytes typed in a legacy font of :func:`legacy_font`'s ``kind`` as Unicode, in capitals for a capitals font:
    ``b"k\xd5 ho\xb9ch"`` in .VnTimeH → ``"KẾ HOẠCH"``."""
    text = decode_legacy(raw, kind[0])
    return text.upper() if kind[1] else text


def legacy_font(name: str | None) -> tuple[str, bool] | None:
    """The 8-bit encoding a font of that name shows Vietnamese in, and whether it draws every letter as a capital:
    ``".VnTime"`` → ``("tcvn3", False)``, ``".VnTimeH"`` → ``("tcvn3", True)`` (ABC's capitals fonts, typed with the
    small letters' bytes), ``"VNI-Times"`` → ``("vni", False)``; None for a Unicode font."""
    low = (name or "").strip().lower()
    if low.startswith(".vn"):
        return "tcvn3", low.endswith("h")
    if low.startswith(("vni-", "vni ")):
        return "vni", False
    return None
