"""Automatic list numbers, which a word processor keeps out of the text: "I.", "1.", "a)", "-" before a heading or a
list item are drawn from the list's definition and a counter per level. A plan's parts ("I. MỤC TIÊU") and its tasks
("1. …", "a) …", "- …") are such lists; without their numbers the tasks of a plan are not found.

:class:`ListCounter` keeps the counters of one list; :func:`format_number` writes a number in a level's format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
          (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
#: a bullet drawn from a symbol font (Symbol's, Wingdings' private-use characters) or a typographic one: written "-",
#: as plans type their dashes; a plain dash, plus or en dash stays itself
_KEPT_BULLETS = "-–—+*"


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """1 → "a", 26 → "z", 27 → "aa" (Word's and LibreOffice's letters go on doubled)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` in a list level's format (Word's ``numFmt`` names; ODF's "1", "I", "i", "A", "a" are read as the same):
    ``format_number(3, "upperRoman")`` → "III", ``format_number(2, "lowerLetter")`` → "b"; unknown formats decimal."""
    if n < 1 and fmt not in ("decimal", "decimalZero", "1"):
        return str(n)
    if fmt in ("upperRoman", "I"):
        return _roman(n).upper()
    if fmt in ("lowerRoman", "i"):
        return _roman(n)
    if fmt in ("upperLetter", "A"):
        return _letters(n).upper()
    if fmt in ("lowerLetter", "a"):
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def bullet_text(text: str) -> str:
    """A bullet level's character as a plan's text writes it: "-" for a symbol font's or a round bullet, a dash or a
    plus as itself."""
    text = text.strip()
    return text if text and all(c in _KEPT_BULLETS for c in text) else "-"


@dataclass
class Level:
    """One level of a list: its first number, its format ("decimal", "upperRoman", "bullet", "none" …) and its text
    with "%1".."%9" for the levels' numbers ("%1.", "%1.%2.", "%2)")."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # (Word's isLgl: the other levels' numbers in decimal)


@dataclass
class ListCounter:
    """The counters of one list: ``label(level)`` advances that level, restarts those below it and gives the item's
    label ("II.", "2.1.", "b)", "-")."""

    levels: dict[int, Level]
    counts: list[int | None] = field(default_factory=lambda: [None] * 10)

    def label(self, ilvl: int) -> str:
        ilvl = max(0, min(ilvl, 9))
        level = self.levels.get(ilvl) or Level(text=f"%{ilvl + 1}.")
        now = self.counts[ilvl]
        self.counts[ilvl] = level.start if now is None else now + 1
        for deeper in range(ilvl + 1, 10):
            self.counts[deeper] = None
        if level.fmt == "bullet":
            return bullet_text(level.text)
        if level.fmt == "none":  # (no number; its text's other characters stay)
            return re.sub(r"%+.?", "", level.text, flags=re.S)  # (each "%" and the character after it)
        out = level.text
        for k in range(9, 0, -1):  # ("%1" after "%10" would not arise: nine levels)
            if f"%{k}" in out:
                other = self.levels.get(k - 1) or Level()
                count = self.counts[k - 1]
                count = other.start if count is None else count
                fmt = "decimal" if level.legal and k - 1 != ilvl else other.fmt
                out = out.replace(f"%{k}", format_number(count, "decimal" if fmt in ("bullet", "none") else fmt))
        return out
