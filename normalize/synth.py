"""Make damaged Vietnamese text with a known truth (render → Tesseract, strip diacritics).

Used by ``scripts/learn_confusions.py`` (to learn the OCR confusion table) and by
``benchmarks/restore.py`` (to measure restoration on fresh renders).  Heavy imports
(Pillow, subprocess/tesseract) happen inside the functions only.

Example: ``strip_diacritics("Kế hoạch đào tạo")`` → ``"Ke hoach dao tao"``.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import tempfile
import unicodedata
from typing import TYPE_CHECKING

from .lexicon import cache_dir
from .syllable import split_tone

if TYPE_CHECKING:  # Pillow is imported inside the functions
    from PIL import Image

FONTS = [
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
]


def strip_diacritics(text: str) -> str:
    """Remove all Vietnamese diacritics, đ→d: ``"Đẩy mạnh"`` → ``"Day manh"``."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    return s.replace("đ", "d").replace("Đ", "D")


#: stand-ins a non-Vietnamese OCR engine puts for an accented vowel (symbols, digits, look-alike letters)
CODE_SYMBOLS = ["~", "@", "?", "6", "9", "$", "&", "<", ">", "{", "}", "|", "^", "(r", "\\l", "<;>", "l,r", ",r"]
CODE_LETTERS = ["S", "f", "fi", "B", "A", "U", "j", "Q", "C", "a", "o", "e", "i", "u"]


def substitution_code(text: str, seed: int = 0, symbol_rate: float = 0.6, space_loss: float = 0.03) -> str:
    """Re-encode ``text`` the way a symbol-substituting OCR engine damages it (the mechanism of sample
    004: "nghi~p", "h9C", "Phfin dfiu", "tri@nkhai"), with a fresh code per ``seed``.

    Each accented vowel gets a per-document set of one to three stand-ins (symbols, digits or
    look-alike letters); each occurrence uses one of them (``symbol_rate``) or falls back to the bare
    letter; đ mostly becomes d; a consonant after a stand-in is sometimes capitalised; spaces are lost
    at rate ``space_loss``. Line count is kept. ``substitution_code("Kế hoạch", 1)`` → e.g. ``"KS ho?ch"``.
    """
    rng = random.Random(seed)
    code: dict[str, list[str]] = {}

    def stand_ins(ch: str) -> list[str]:
        got = code.get(ch)
        if got is None:
            got = []
            for _ in range(rng.choice((1, 1, 2, 3))):
                pool = CODE_SYMBOLS if rng.random() < 0.7 else CODE_LETTERS
                got.append(rng.choice(pool))
            code[ch] = got
        return got

    out_lines = []
    for line in unicodedata.normalize("NFC", text).split("\n"):
        out: list[str] = []
        after_symbol = False
        for ch in line:
            low = ch.lower()
            bare = strip_diacritics(low)
            if low in "đ":
                out.append(("D" if ch.isupper() else "d") if rng.random() < 0.9 else "P")
                after_symbol = False
            elif bare != low and bare in "aeiouy":
                if rng.random() < symbol_rate:
                    out.append(rng.choice(stand_ins(low)))
                    after_symbol = True
                else:
                    out.append(bare.upper() if ch.isupper() else bare)
                    after_symbol = False
            elif ch == " " and out and rng.random() < space_loss:
                after_symbol = False
            else:
                out.append(ch.upper() if after_symbol and ch.isalpha() and rng.random() < 0.2 else ch)
                after_symbol = False
        out_lines.append("".join(out))
    return "\n".join(out_lines)


_STAND_IN_COST = 1.0  # an accented vowel written as a letter ("KS" Kế); a symbol (non-letter) 0.9: "?" for ạ
_INSERT_COST = 1.5  # an OCR character with no truth character: it joins the stand-in of the one before
_LOST_COST = 1.5  # a truth character the OCR wrote as nothing (a lost space)
_INSERT_AFTER_VOWEL = 1.4  # … cheaper after an accented vowel, whose stand-ins run long ("\\l" ụ, "fi" ấ)


def _is_marked_vowel(ch: str) -> bool:
    low = ch.lower()
    bare = strip_diacritics(low)
    return bare != low and bare in "aeiouy"


def _char_cost(t: str, o: str) -> float:
    if t == o:
        return 0.0
    if t.lower() == o.lower():
        return 0.3
    if strip_diacritics(t.lower()) == strip_diacritics(o.lower()):
        return 0.5
    if _is_marked_vowel(t):
        return _STAND_IN_COST if o.isalnum() else _STAND_IN_COST - 0.1
    return 2.0


def _insert_cost(truth: str, i: int) -> float:
    return _INSERT_AFTER_VOWEL if i and _is_marked_vowel(truth[i - 1]) else _INSERT_COST


def written_as(truth: str, damaged: str) -> list[str]:
    """What the OCR wrote for each character of a ``truth`` line in its ``damaged`` line, by the cheapest
    alignment (a stand-in for an accented vowel cheap, inserted characters joined to the character before):
    ``written_as("nhiệm vụ", "nhi~m V\\l")`` → ``["n", "h", "i", "~", "m", " ", "V", "\\l"]``; a lost space
    is written ``""``."""
    n, m = len(truth), len(damaged)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + _LOST_COST
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + _INSERT_COST
    for i in range(1, n + 1):
        ins = _insert_cost(truth, i)
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + _char_cost(truth[i - 1], damaged[j - 1]), d[i - 1][j] + _LOST_COST,
                          d[i][j - 1] + ins)
    out = [""] * n
    i, j, pending = n, m, ""
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + _char_cost(truth[i - 1], damaged[j - 1]):
            out[i - 1], pending = damaged[j - 1] + pending, ""
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + _LOST_COST:
            out[i - 1], pending = pending, ""
            i -= 1
        else:
            pending = damaged[j - 1] + pending
            j -= 1
    if pending and n:
        out[0] = pending + out[0]
    return out


class LearnedCode:
    """How one OCR engine wrote each character, learned from a damaged text beside its truth, to damage other
    text the same way: sample 004's engine writes ệ as "~" or "e", ạ as "?" or "a", ế as "S", ụ as "\\l" or
    "u", loses a space now and then, capitalises the letter after a stand-in ("h9C") — not one fixed table, but
    how often each. Each character's writings are counted apart after a damaged character and after a kept
    one (a stand-in's neighbour is more often damaged too: "t?O"); an accented vowel the text never showed
    borrows what the same vowel's other tones were written as (ỏ: ó, ò, ọ …), or else its letter's other
    forms. ``LearnedCode(truth, damaged).apply(text, seed)`` — a held-out test of a decoder tuned on that
    text: the same code, other words."""

    MIN_COUNT = 3  # sightings of a character in one context before that context's counts are used alone
    KEPT_PRIOR = 1  # sightings of a character without marks written as it is, added to what the text showed

    def __init__(self, truth: str, damaged: str) -> None:
        from collections import Counter, defaultdict

        ctx: defaultdict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
        for t, o in zip(unicodedata.normalize("NFC", truth).split("\n"),
                        unicodedata.normalize("NFC", damaged).split("\n"), strict=False):
            if not t.strip():
                continue
            after_damage = False
            for ch, wrote in zip(t, written_as(t, o), strict=True):
                ctx[(ch, after_damage)][wrote] += 1
                after_damage = wrote != ch
        anywhere: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for (ch, _after), cnt in ctx.items():
            anywhere[ch].update(cnt)
        in_context = {k: c for k, c in ctx.items() if sum(c.values()) >= self.MIN_COUNT}
        # a character with no marks the engine can write as it is: one more sighting of it kept, so that one seen twice,
        # both times damaged (the excerpt's two capital V: "\\", "v"), is not written damaged every time
        for ch, cnt in (*((k[0], c) for k, c in in_context.items()), *anywhere.items()):
            if not _is_marked_vowel(ch):
                cnt[ch] += self.KEPT_PRIOR
        # per vowel without its tone (ơ, ô, o …), how its toned forms were written ("" where one was kept as it is);
        # and per bare letter, where no form of that vowel was seen
        kin: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for ch, cnt in anywhere.items():
            if _is_marked_vowel(ch) and ch.islower():
                kept = {"" if w == ch else w: k for w, k in cnt.items()}
                kin[split_tone(ch)[0]].update(kept)
                kin["bare " + strip_diacritics(ch)].update(kept)
        self.in_context = {k: (list(c), list(c.values())) for k, c in in_context.items()}
        self.anywhere = {k: (list(c), list(c.values())) for k, c in anywhere.items()}
        self.kin = {k: (list(c), list(c.values())) for k, c in kin.items()}

    def apply(self, text: str, seed: int = 0) -> str:
        """``text`` written as the engine would have (line count kept; the same seed, the same text)."""
        rng = random.Random(seed)
        out_lines = []
        for line in unicodedata.normalize("NFC", text).split("\n"):
            out: list[str] = []
            after_damage = False
            for ch in line:
                got = self.in_context.get((ch, after_damage)) or self.anywhere.get(ch)
                if got is not None:
                    wrote = rng.choices(got[0], weights=got[1])[0]
                elif _is_marked_vowel(ch) and (fam := self.kin.get(split_tone(ch.lower())[0]) or self.kin.get(
                        "bare " + strip_diacritics(ch.lower()))) is not None:
                    wrote = rng.choices(fam[0], weights=fam[1])[0] or ch
                    wrote = wrote.upper() if ch.isupper() else wrote
                else:  # (never seen: a consonant, digit or sign as it is, a vowel without its marks)
                    wrote = strip_diacritics(ch) if ch.isalpha() else ch
                out.append(wrote)
                after_damage = wrote != ch
            out_lines.append("".join(out))
        return "\n".join(out_lines)


def page_geometry(dpi: int) -> tuple[int, int]:
    """(page width, margin) in pixels of an A4 page at ``dpi`` with 0.8-inch margins."""
    return int(8.27 * dpi), int(0.8 * dpi)


def fitted_lines(text: str, *, font: str = FONTS[0], dpi: int = 210, size_pt: float = 13.0,
                 width_chars: int = 85) -> list[str]:
    """:func:`wrap_lines` at ``width_chars``, or at the widest count whose every line fits between the
    page's margins in ``font``: 85 characters of DejaVu Serif at 13 pt run off an A4 page, and words cut
    off at the edge would count as the decoder's errors (in training pairs, as the engine deleting
    letters)."""
    from PIL import ImageFont

    width, margin = page_geometry(dpi)
    room = width - 2 * margin
    length = ImageFont.truetype(font, int(size_pt * dpi / 72)).getlength
    lines = wrap_lines(text, width_chars)
    while width_chars > 20 and any(length(x) > room for x in lines):
        width_chars -= 1
        lines = wrap_lines(text, width_chars)
    return lines


def render_page(lines: list[str], path: str, *, font: str = FONTS[0], dpi: int = 210, size_pt: float = 13.0,
                degrade: int = 0) -> None:
    """Render text lines to a white PNG page at ``dpi`` with a Vietnamese-capable font.

    ``degrade`` (a seed; 0 = clean) makes it look scanned: a small rotation, blur, ink bleed or
    thinning, speckle noise and JPEG compression, each drawn at random from the seed."""
    from PIL import Image, ImageDraw, ImageFont

    px = int(size_pt * dpi / 72)
    fnt = ImageFont.truetype(font, px)
    width, margin = page_geometry(dpi)
    step = int(px * 1.45)
    height = max(int(11.69 * dpi), margin * 2 + step * len(lines))
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    y = margin
    for line in lines:
        draw.text((margin, y), line, font=fnt, fill=0)
        y += step
    if degrade:
        img = scan_like(img, degrade)
    img.save(path, dpi=(dpi, dpi))


def scan_like(img: Image.Image, seed: int) -> Image.Image:
    """A clean grey page made to look scanned (rotation, blur, ink bleed/thinning, speckles, JPEG)."""
    import io

    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.1)))
    ink = rng.choice((ImageFilter.MinFilter(3), ImageFilter.MaxFilter(3), None, None))
    if ink is not None and rng.random() < 0.5:
        img = img.filter(ink)
    px = img.load()
    assert px is not None  # (a loaded image's pixels)
    w, h = img.size
    for _ in range(int(w * h * rng.uniform(0.0005, 0.002))):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = 0 if rng.random() < 0.5 else 255
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=rng.randint(35, 75))
    buf.seek(0)
    return Image.open(buf).convert("L")


def wrap_lines(text: str, width_chars: int = 85) -> list[str]:
    """Non-empty lines of ``text``, long ones wrapped at spaces so they fit a page."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        while len(line) > width_chars:
            cut = line.rfind(" ", 0, width_chars)
            if cut <= 0:
                cut = width_chars
            out.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            out.append(line)
    return out


def ocr_page(png: str, lang: str = "eng") -> str:
    """Run ``tesseract -l LANG --psm 6`` (single thread) and return its text."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    res = subprocess.run(
        ["tesseract", png, "stdout", "-l", lang, "--psm", "6"],
        capture_output=True, env=env, check=False,
    )
    return res.stdout.decode("utf-8", "replace")


def render_and_ocr(text: str, *, lang: str = "eng", lines_per_page: int = 40, font: str = FONTS[0],
                   use_cache: bool = True, dpi: int = 210, degrade: int = 0) -> list[tuple[str, str]]:
    """Render ``text`` (wrapped) and OCR it; return aligned (truth_line, ocr_line) pairs.

    Results are cached by content hash under :func:`cache_dir` ``/renders``.
    """
    import json

    lines = fitted_lines(unicodedata.normalize("NFC", text), font=font, dpi=dpi)  # none runs off the page
    cond = "" if (dpi, degrade) == (210, 0) else f"|{dpi}|{degrade}"  # old cache keys stay valid
    key = hashlib.sha1(("v1|" + lang + "|" + font + cond + "|" + "\n".join(lines)).encode()).hexdigest()[:16]
    cpath = cache_dir() / "renders" / f"{key}.json"
    if use_cache and cpath.exists():
        return [tuple(p) for p in json.loads(cpath.read_text())]  # type: ignore[misc]
    pairs: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as td:
        for i in range(0, len(lines), lines_per_page):
            page = lines[i : i + lines_per_page]
            png = os.path.join(td, f"p{i}.png")
            render_page(page, png, font=font, dpi=dpi, degrade=degrade and degrade + i)
            got = [g for g in ocr_page(png, lang).split("\n") if g.strip()]
            pairs.extend(align_lines(page, got))
    cpath.parent.mkdir(parents=True, exist_ok=True)
    cpath.write_text(json.dumps(pairs, ensure_ascii=False))
    return pairs


def align_lines(truth: list[str], ocr: list[str]) -> list[tuple[str, str]]:
    """Pair truth lines with OCR lines (1:1 when counts match, else by skeleton similarity)."""
    if len(truth) == len(ocr):
        return list(zip(truth, ocr, strict=True))
    import difflib

    a = [strip_diacritics(t).lower() for t in truth]
    b = [o.lower() for o in ocr]
    out: list[tuple[str, str]] = []
    j = 0
    for i, t in enumerate(a):
        best, bj = 0.0, -1
        for k in range(j, min(len(b), j + 4)):
            r = difflib.SequenceMatcher(None, t, b[k]).ratio()
            if r > best:
                best, bj = r, k
        if bj >= 0 and best > 0.5:
            out.append((truth[i], ocr[bj]))
            j = bj + 1
    return out
