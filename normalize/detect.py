"""Damage detection per document and per region.

``detect_damage("Ke hoach trien khai giao duc nghe nghiep")`` → ``"stripped"``;
``detect_damage("Ké hoach trién khai nghé nghiép")`` → ``"ocr_eng"``;
``detect_damage("Tri~n khai KS ho?ch h9C sinh")`` → ``"substitution"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .syllable import is_valid_skeleton, is_valid_syllable

LETTER_RE = re.compile(r"[^\W\d_]")
LETTER_DIGIT = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
TWO_DIGITS = re.compile(r"\d{2}")
SUBST_SYMBOLS = set("~@?\\<>{}^$")
ENG_SYMBOLS = set("§¢&|")
VIET_EXTRA = set("ăâđêôơưĂÂĐÊÔƠƯ")
#: a list label "b)", "đ)", "(c)", "a." at the start of a line: structure, not a word
LIST_LABEL = re.compile(r"^\(?[^\W\d_]\)")


@lru_cache(maxsize=4096)
def _marked_letter(ch: str) -> bool:
    """A letter with a mark: "ế", "đ", "ư" (and any accented Latin letter, "é")."""
    return ch in VIET_EXTRA or (ord(ch) > 127 and ch.isalpha() and len(unicodedata.normalize("NFD", ch)) > 1)


def _has_viet_diacritic(tok: str) -> bool:
    return not tok.isascii() and any(map(_marked_letter, tok))


@lru_cache(maxsize=200_000)
def _token_counts(tok: str) -> tuple[float, ...] | None:
    """(diac, invalid, subst, eng, badskel) of one whitespace token, None when it is not a word."""
    if tok.isalpha() and tok.islower():  # the common case, a plain lower-case word ("nghiệp", "nghiép")
        return (1.0 if _has_viet_diacritic(tok) else 0.0, 0.0 if is_valid_syllable(tok) else 1.0, 0.0, 0.0,
                0.0 if is_valid_skeleton(tok) else 1.0)
    return _general_token_counts(tok)


def _general_token_counts(tok: str) -> tuple[float, ...] | None:
    """:func:`_token_counts` of any token (for a plain lower-case word it gives the same as the short cut)."""
    if not LETTER_RE.search(tok):
        return None
    core = tok.strip("\"'“”‘’.,;:!()[]")
    if not core:
        return None
    if "/" in core and sum(1 for part in core.split("/") if LETTER_RE.search(part)) >= 2:
        return None  # a code ("VX/Th2", "KH/UBND" in a "Nơi nhận" list): neither a word nor damage
    diac = invalid = subst = eng = badskel = 0.0
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 2 and core.isalpha() and core.isupper() and not is_valid_skeleton(core):
        return None  # an abbreviation (UBND, KGVX, NC): says nothing about damage
    if not SUBST_SYMBOLS.isdisjoint(core):
        subst += 1
    elif len(letters) >= 2 and letters[0].islower() and any(c.isupper() for c in letters[1:]):
        subst += 1
    if not ENG_SYMBOLS.isdisjoint(core):
        eng += 1
    if LETTER_DIGIT.search(core) and not TWO_DIGITS.search(core):
        eng += 0.5
    if _has_viet_diacritic(core):
        diac += 1
    word = "".join(letters)
    if word and not word.isupper() and not is_valid_syllable(word):
        invalid += 1
    if word and not word.isupper() and not is_valid_skeleton(word):
        badskel += 1
    return (diac, invalid, subst, eng, badskel)


def token_features(text: str) -> dict[str, float]:
    """Counts used by the classifier: words, diacritic words, invalid words, symbol-coded words."""
    n = 0
    diac = invalid = subst = eng = badskel = 0.0
    for line in text.split("\n"):
        toks = line.split()
        if not toks:
            continue
        first = toks[0]
        if len(first) <= 3 and LIST_LABEL.match(first):
            toks = toks[1:]  # list label ("b)", "đ)"): counted neither as a word nor as damage
        for f in map(_token_counts, toks):
            if f is None:
                continue
            n += 1
            diac += f[0]
            invalid += f[1]
            subst += f[2]
            eng += f[3]
            badskel += f[4]
    return {"n": n, "diac": diac, "invalid": invalid, "subst": subst, "eng": eng, "badskel": badskel}


#: the share of words that spell no syllable's letters a stripped text may have (names, English words), and a text
#: with some marks may have and still be stripped (a header typed with them); Tesseract-eng's reading of a scan it
#: left few marks on has more: its letters misread ("ctia" của, "Nob" Nội: 7.3% in a fresh plan's scan, 2% of its
#: words marked), while stripped renders of plans have 0-1%
STRIPPED_MAX_BADSKEL = 0.08
STRIPPED_MAX_BADSKEL_WITH_MARKS = 0.05
#: … nor, with some marks, more of Tesseract-eng's symbols or digits inside words ("I6p" lớp, "S&" Sở) than one symbol
#: (:func:`token_features`' "eng" count): stripped text has none (stripped plans 1–199 and the references: 0), and a
#: scan Tesseract-eng left 1% of its words marked on had 1.5 ("to churc cae I6p", fresh seed 547 eng: read as stripped,
#: its lead and partner were lost)
STRIPPED_MAX_OCR_MARKS_WITH_MARKS = 1.0


def classify(f: dict[str, float]) -> str:
    """Damage kind from :func:`token_features` counts."""
    n = f["n"]
    if n == 0:
        return "clean"
    d = f["diac"] / n
    inv = f["invalid"] / n
    s = f["subst"] / n
    if s >= 0.04 and f["subst"] >= 2:
        return "substitution"
    if d >= 0.4 and inv <= 0.06 and f["eng"] / n < 0.02:
        return "clean"
    if d < 0.03 and f.get("badskel", 0) / n < (STRIPPED_MAX_BADSKEL if d == 0 else STRIPPED_MAX_BADSKEL_WITH_MARKS) \
            and not (d > 0 and f["eng"] > STRIPPED_MAX_OCR_MARKS_WITH_MARKS):
        return "stripped"
    if d >= 0.25 and inv <= 0.06 and n < 8:
        return "clean"
    return "ocr_eng"


def detect_damage(text: str) -> str:
    """Detect the dominant damage kind of a whole document (see module doc for examples)."""
    try:
        regions = detect_regions(text)
    except Exception:  # noqa: BLE001 - detection must never raise
        return "clean"
    kinds = {k for _a, _b, k in regions}
    if len(kinds) > 1:
        return "mixed"
    return regions[0][2] if regions else "clean"


def _line_kind(line: str, f: dict[str, float] | None = None) -> str | None:
    """clean / stripped for a line that clearly is one of them (≥4 words), else None."""
    f = f or token_features(line)
    n = f["n"]
    if n < 4:
        return None
    if f["diac"] / n >= 0.4 and f["invalid"] / n <= 0.1 and not f["subst"]:
        return "clean"
    if f["diac"] == 0 and f["badskel"] / n <= 0.1 and not f["subst"] and not f["eng"]:
        return "stripped"
    return "other"


def _refine_blocks(lines: list[str], blocks: list[tuple[int, int, str]],
                   per_line: list[dict[str, float]]) -> list[tuple[int, int, str]]:
    """Split ocr_eng blocks that are really a clean part followed by a stripped part, line by line."""
    out: list[tuple[int, int, str]] = []
    for a, b, k in blocks:
        if k != "ocr_eng":
            out.append((a, b, k))
            continue
        kinds = [_line_kind(lines[i - 1], per_line[i - 1]) for i in range(a, b + 1)]
        known = [x for x in kinds if x is not None]
        if not known or any(x == "other" for x in known) or len(set(known)) < 2:
            out.append((a, b, k))
            continue
        cur = known[0]
        for off, x in enumerate(kinds):
            cur = x or cur
            ln = a + off
            if out and out[-1][2] == cur and out[-1][1] == ln - 1:
                out[-1] = (out[-1][0], ln, cur)
            else:
                out.append((ln, ln, cur))
    return out


FEATURES = ("n", "diac", "invalid", "subst", "eng", "badskel")
#: inside a document that is not symbol-coded, a symbol-coded block shows several different symbol words
#: and at least twice the rate :func:`classify` asks of a whole document: one word read the same way down
#: a table's column ("Ngu@i" người: Tesseract-eng reads "ờ" as "@"), or a bold paragraph's few "@" and
#: mid-word capitals ("hu@ng", "vGi": 4 words in 93) are Tesseract-eng's, not a code
SYMBOL_CODE_MIN_WORDS = 4
SYMBOL_BLOCK_MIN_RATE = 0.08


def _symbol_words(lines: list[str]) -> set[str]:
    """The different words of ``lines`` that :func:`token_features` counts as symbol-coded."""
    return {tok.lower() for line in lines for tok in line.split() if (_token_counts(tok) or (0, 0, 0))[2]}


def _sum_features(per_line: list[dict[str, float]], a: int, b: int) -> dict[str, float]:
    """Features of lines ``a:b`` (tokens never cross lines, so line features add up)."""
    out: dict[str, float] = dict.fromkeys(FEATURES, 0.0)
    for f in per_line[a:b]:
        if f["n"]:
            for k in FEATURES:
                out[k] += f[k]
    return out


def _symbol_coded_block(lines: list[str], per_line: list[dict[str, float]], a: int, b: int) -> bool:
    """Whether lines ``a..b`` (1-based) classified as symbol-coded show a code (see SYMBOL_BLOCK_MIN_RATE)."""
    f = _sum_features(per_line, a - 1, b)
    return f["subst"] >= SYMBOL_BLOCK_MIN_RATE * f["n"] and len(_symbol_words(lines[a - 1:b])) >= SYMBOL_CODE_MIN_WORDS


def detect_regions(text: str, block: int = 12, min_tokens: int = 40) -> list[tuple[int, int, str]]:
    """Regions (line_start, line_end, damage), 1-based inclusive; blocks of lines with enough words."""
    text = unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    per_line = [token_features(ln) for ln in lines]
    whole = classify(_sum_features(per_line, 0, len(lines)))
    blocks: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        j = min(len(lines), i + block)
        f = _sum_features(per_line, i, j)
        while f["n"] < min_tokens and j < len(lines):
            j = min(len(lines), j + block)
            f = _sum_features(per_line, i, j)
        kind = classify(f) if f["n"] >= min_tokens else whole
        blocks.append((i + 1, j, kind))
        i = j
    if whole != "substitution":
        blocks = [(a, b, whole if k == "substitution" and not _symbol_coded_block(lines, per_line, a, b) else k)
                  for a, b, k in blocks]
    blocks = _refine_blocks(lines, blocks, per_line)
    # a mix of ocr_eng and clean inside an OCR'd document is just OCR luck: use the whole's kind
    kinds = {k for _a, _b, k in blocks}
    if whole in ("ocr_eng", "stripped", "clean") and kinds <= {"ocr_eng", "clean", "stripped"} and (
        "substitution" not in kinds
    ):
        if not ("stripped" in kinds and "clean" in kinds and "ocr_eng" not in kinds):
            return [(1, len(lines), whole)]
    merged: list[tuple[int, int, str]] = []
    for a, b, k in blocks:
        if merged and merged[-1][2] == k:
            merged[-1] = (merged[-1][0], b, k)
        else:
            merged.append((a, b, k))
    return merged or [(1, len(lines), whole)]


def clean_part(text: str) -> tuple[str, str | None]:
    """The part of a text a language model may learn from, and why anything was left out: all of it when it
    reads as clean Vietnamese; when only some regions do, those lines (the others blank, so no n-gram spans the
    gap); else ``""``. ``clean_part("Ke hoach trien khai …")`` → ``("", "its text is stripped of its marks, not
    clean")``."""
    text = unicodedata.normalize("NFC", text)
    regions = detect_regions(text)
    kinds = {k for _a, _b, k in regions}
    if kinds == {"clean"}:
        return text, None
    lines = text.split("\n")
    keep = [False] * len(lines)
    for a, b, k in regions:
        if k == "clean":
            keep[a - 1:b] = [True] * (b - a + 1)
    if not any(keep):
        return "", f"its text {DAMAGE_WORDS.get(next(iter(kinds)) if len(kinds) == 1 else 'mixed')}, not clean"
    kept = sum(keep)
    part = "\n".join(ln if k else "" for ln, k in zip(lines, keep, strict=True))
    return part, f"{len(lines) - kept} of its {len(lines)} lines are damaged text, left out"


#: how :func:`clean_part` names a damage kind
DAMAGE_WORDS = {
    "stripped": "is stripped of its marks",
    "ocr_eng": "reads as OCR with the wrong language model",
    "substitution": "is in a symbol-substitution code",
    "mixed": "is damaged",
}
