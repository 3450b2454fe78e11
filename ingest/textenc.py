"""Statistical detection of the encoding of Vietnamese text files."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .legacy import LEGACY_ENCODINGS, decode_legacy
from .vietnamese import TextScore, score_text


class UndecodableText(ValueError):
    """The bytes are not text in any supported encoding."""


class Decoded:
    """Result of decoding a text file; its Vietnamese :class:`TextScore` is computed on first use
    (a valid UTF-8 or plain ASCII file needs no scoring to be read)."""

    def __init__(self, text: str, encoding: str, score: TextScore | None, warnings: list[str]) -> None:
        self.text = text
        self.encoding = encoding
        self._score = score
        self.warnings = warnings

    @property
    def score(self) -> TextScore:
        if self._score is None:
            self._score = score_text(self.text)
        return self._score

    def __repr__(self) -> str:
        return f"Decoded(encoding={self.encoding!r}, {len(self.text)} chars, warnings={self.warnings!r})"


def _utf16_guess(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the share of NUL bytes at even/odd offsets."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.2 and z_even < 0.02:
        return "utf-16-le"
    if z_even > 0.2 and z_odd < 0.02:
        return "utf-16-be"
    return None


def _finish(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _candidates(data: bytes) -> list[tuple[str, str, list[str]]]:
    """(encoding name, decoded text, warnings) for every plausible decoding."""
    out: list[tuple[str, str, list[str]]] = []
    try:
        out.append(("utf-8", data.decode("utf-8"), []))
    except UnicodeDecodeError:
        lossy = data.decode("utf-8", errors="replace")
        bad = lossy.count("\ufffd")
        out.append(("utf-8", lossy, [f"{bad} invalid UTF-8 sequence(s) replaced by U+FFFD"]))
    out.append(("cp1258", data.decode("cp1258", errors="replace"), []))
    for enc in LEGACY_ENCODINGS:
        out.append((enc, decode_legacy(data, enc), []))
    return out


#: a character that is neither a letter nor ASCII between two ASCII letters: what UTF-8 makes of a short 8-bit text's
#: byte pair ("người" in VISCII read "ng߶i", an N'Ko sign inside a word); a text of quotes and dashes beside its words
#: ("“Kế hoạch” – 2024") has none
_SYMBOL_INSIDE_WORD = re.compile(r"(?<=[A-Za-z])[^\w\s\x00-\x7f](?=[A-Za-z])")


def decode_text(data: bytes) -> Decoded:
    """Decode text bytes, picking the encoding whose decoding looks most like Vietnamese."""
    if data.startswith(codecs.BOM_UTF8):
        text = _finish(data[3:].decode("utf-8", errors="replace"))
        return Decoded(text, "utf-8", None, ["UTF-8 byte order mark removed"])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = _finish(data.decode("utf-16"))
        except UnicodeDecodeError as e:
            raise UndecodableText(f"invalid UTF-16 text ({e.reason})") from e
        return Decoded(text, "utf-16", None, [])
    guess = _utf16_guess(data)
    if guess:
        try:
            text = _finish(data.decode(guess))
        except UnicodeDecodeError:
            pass
        else:
            sc = score_text(text)
            if sc.quality > 0.5:
                return Decoded(text, "utf-16", sc, [f"UTF-16 without byte order mark ({guess[-2:]})"])
    if b"\x00" in data:
        raise UndecodableText("binary data (NUL bytes), not a text file")
    if data.isascii():
        text = _finish(data.decode("ascii"))
        return Decoded(text, "utf-8", None, [])

    utf8: str | None = None
    try:
        # Strictly valid UTF-8 with multi-byte sequences seldom happens by accident in 8-bit text, but a short text
        # can: VISCII's "Đẩy" (D0 A6) is UTF-8's Cyrillic "Ц". UTF-8 that spells no Vietnamese letter is weighed
        # against the 8-bit encodings below.
        utf8 = _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    else:
        sc8 = score_text(utf8)
        if sc8.nonascii_ok or not (sc8.nonascii_letters or _SYMBOL_INSIDE_WORD.search(utf8)):
            return Decoded(utf8, "utf-8", None, [])
    scored: list[tuple[float, int, Decoded]] = []
    for order, (enc, raw, warns) in enumerate(_candidates(data)):
        text = _finish(raw)
        sc = score_text(text)
        scored.append((sc.score, -order, Decoded(text, enc, sc, list(warns))))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    best = scored[0][2]
    if utf8 is not None:  # valid UTF-8 without Vietnamese: an 8-bit encoding only where it reads Vietnamese letters
        if best.encoding == "utf-8" or best.score is None or not best.score.nonascii_ok:
            return Decoded(utf8, "utf-8", None, [])
        best.warnings.append(f"valid UTF-8 but no Vietnamese in it; decoded as {best.encoding}")
        return best
    sc = best.score
    nonascii = sum(1 for c in best.text if not c.isascii())
    if sc.junk_chars > max(3, 0.2 * nonascii) or (
        sc.nonascii_letters > 5
        and sc.nonascii_ok < 0.3 * sc.nonascii_letters
        and sc.ascii_words < sc.nonascii_letters
    ):
        raise UndecodableText(
            "cannot determine the text encoding (no candidate among utf-8, cp1258, "
            "tcvn3, vni, viscii gives Vietnamese text)"
        )
    if sc.nonascii_letters > 5 and sc.nonascii_ok < 0.5 * sc.nonascii_letters:
        best.warnings.append(f"low confidence in encoding {best.encoding}: few valid Vietnamese syllables")
    runner = next(d for _, _, d in scored if d is not best)
    if best.encoding != "utf-8" and sc.score - runner.score.score < 2:
        best.warnings.append(f"encoding {best.encoding} chosen over {runner.encoding} by a small margin")
    return best
