"""Tesseract OCR: page images → text lines with word confidences.

A page goes through named steps (:func:`ocr_image`), each a no-op where it has nothing to mend:
``prepare_image`` (grayscale; a red seal dropped out) → ``fit_resolution`` (over 330 dpi scaled to 300;
never enlarged) → ``light_paper`` (a negative turned positive) → ``fit_width`` / ``tall_page_bands`` (a page
past Tesseract's 32,767-pixel limit: narrowed, or read in bands) → ``flatten_illumination`` (uneven light) →
``straighten`` (a tilt of 2° or more) → Tesseract → read again turned over if the reading is unsure (a page
scanned upside down). ``benchmarks/scan_conditions.py`` measures each against the page read without it.

Tesseract runs as a subprocess on an uncompressed TIFF temp file (no PNG encoding of a 2500×3500
page, no pytesseract import), one thread per process (``OMP_THREAD_LIMIT=1``).  Not PGM: Leptonica
reads PGM pixel by pixel, which cost Tesseract 0.15-0.2 s more CPU per 300-dpi A4 page than TIFF.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PIL import Image, ImageFilter, ImageOps

from .models import PageText

if TYPE_CHECKING:  # numpy is imported where it is used (vetplan --help stays light)
    import numpy as np

TESSERACT = "tesseract"
# Scans above this resolution are scaled down to it before OCR: Tesseract's time grows with the
# pixel count (a 600-dpi page takes twice as long) while its LSTM reads each text line at a fixed
# height, so the extra pixels add nothing (CER measured equal or better after a box-filter reduce).
MAX_OCR_DPI = 300
INSTALL_HINT = (
    "install it with 'apt-get install tesseract-ocr tesseract-ocr-vie' "
    "(or set TESSDATA_PREFIX to a folder holding vie.traineddata)"
)


class OcrUnavailable(RuntimeError):
    """Tesseract or its language data is missing."""


@dataclass
class OcrResult:
    """Text of one OCR'd image."""

    text: str
    words: list[tuple[str, float]]
    engine: str
    lang: str
    turned: int = 0  # degrees the page was turned to be read (180: it was scanned upside down or sideways)
    darkened: bool = False  # its faint print was read darkened (:func:`darken_faint_ink`)
    despeckled: bool = False  # its specks were filtered out before reading (:func:`despeckle`)
    slow_readings: int = 0  # second readings given up past their time (:data:`SECOND_READING_MIN_SECONDS`)


class OcrError(RuntimeError):
    """Tesseract ran but failed on an image."""


class OcrTimeout(OcrError):
    """Tesseract took longer than it was given on an image (and was stopped)."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env


def _run(args: list[str], timeout: float | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, capture_output=True, stdin=subprocess.DEVNULL, env=_env(), check=False,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:  # (the child is killed)
        raise OcrTimeout(f"tesseract stopped after {timeout:g} s") from e
    except OSError as e:
        raise OcrUnavailable(f"tesseract cannot run ({e}); {INSTALL_HINT}") from e


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    """Return e.g. ``"tesseract 5.3.0"``; raise :class:`OcrUnavailable` if the binary is missing."""
    if shutil.which(TESSERACT) is None:
        raise OcrUnavailable(f"tesseract binary not found; {INSTALL_HINT}")
    proc = _run([TESSERACT, "--version"])
    out = (proc.stdout or proc.stderr).decode("utf-8", "replace")
    m = re.search(r"tesseract\s+v?(\d+(?:\.\d+)*)", out)
    if proc.returncode != 0 or m is None:
        raise OcrUnavailable(f"tesseract cannot run ({out.strip()[:200] or proc.returncode}); {INSTALL_HINT}")
    return f"tesseract {m.group(1)}"


@lru_cache(maxsize=8)
def check_languages(lang: str) -> None:
    """Raise :class:`OcrUnavailable` unless every language of ``lang`` ("vie+eng") is installed."""
    tesseract_version()
    out = _run([TESSERACT, "--list-langs"]).stdout.decode("utf-8", "replace")
    available = {ln.strip() for ln in out.splitlines()[1:] if ln.strip()}
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        raise OcrUnavailable(
            f"tesseract language data {', '.join(missing)!s} not installed "
            f"(have {', '.join(sorted(available)) or 'none'}); {INSTALL_HINT}"
        )


# A colour page with this share of red-ink pixels or more is read through its red channel
RED_INK_SHARE = 0.0005
_STRIP_ROWS = 256  # whole-page arithmetic is done this many rows at a time
DARK_PAPER = 100  # a page whose median grey is darker than this is a negative
_COLOUR_MODES = ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV", "PA")


def prepare_image(img: Image.Image) -> Image.Image:
    """Convert to 8-bit grayscale, flattening transparency onto white; a colour page with red ink on it
    through :func:`drop_red_ink`."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, rgba)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L") if img.mode != "I" else img.convert("L")
    if img.mode in _COLOUR_MODES:
        return drop_red_ink(img.convert("RGB"))
    return img.convert("L") if img.mode != "L" else img


def _sample_of(img: Image.Image) -> Image.Image:
    """The page reduced 4x for whole-page statistics (as it is when under 400 px a side)."""
    return img.reduce(4) if min(img.size) >= 400 else img


def _red_excess(rgb: np.ndarray) -> np.ndarray:
    """How far each pixel's red stands above its green and blue (int16; high for red ink)."""
    import numpy as np

    a = rgb.astype(np.int16)
    return a[..., 0] - np.maximum(a[..., 1], a[..., 2])


def red_ink_share(rgb: Image.Image) -> float:
    """Share of a colour page's pixels in red ink (red well above both green and blue: a seal, a stamp)."""
    import numpy as np

    a = np.asarray(_sample_of(rgb))
    red = (_red_excess(a) > 60) & (a[..., 0] > 120)
    return float(red.mean()) if red.size else 0.0


def drop_red_ink(rgb: Image.Image) -> Image.Image:
    """A colour page in grayscale, its red ink dropped out as a scanner's red drop-out does.

    A plan is signed under the issuer's red round seal, stamped over the signature block ("TM. ỦY BAN
    NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). In luminance the seal is nearly as dark as the print, and
    Tesseract set the whole block aside as a picture: only the name under it was read, so no signer was
    found. Through the red channel the red ink is nearly as light as the paper while black print (and a
    blue signature) stays dark, even where the seal overlaps it; the red ink's own pixels are then made
    paper white (in the red channel alone a dark seal's faint ring still joined letters: "KT:CHỦ TỊCH").
    A page without red ink keeps its luminance."""
    import numpy as np

    if red_ink_share(rgb) < RED_INK_SHARE:
        return rgb.convert("L")
    a = np.asarray(rgb)
    out = np.array(rgb.getchannel("R"))
    for y in range(0, out.shape[0], _STRIP_ROWS):  # in strips: a few MB of temporaries
        out[y:y + _STRIP_ROWS][_red_excess(a[y:y + _STRIP_ROWS]) > 40] = 255
    return Image.fromarray(out, "L")


def _shrunk(gray: Image.Image, side: int) -> Image.Image:
    """The page reduced by a whole factor to about ``side`` pixels on its short side (as it is when smaller)."""
    f = max(1, min(gray.size) // side)
    return gray.reduce(f) if f > 1 else gray


def _grey_levels(gray: Image.Image, *shares: float, hist: list[int] | None = None) -> list[int]:
    """The grey levels below which the given shares of a grayscale image's pixels lie (0.5: the median); ``hist``:
    its histogram, when the caller has it already."""
    import numpy as np

    cum = np.cumsum(gray.histogram() if hist is None else hist)
    return [int(np.searchsorted(cum, q * cum[-1])) for q in shares]


# A page with fewer than this many pixels this many grey levels darker (or, on a negative, lighter) than its paper
# holds no print
BLANK_CONTRAST = 40
BLANK_MAX_INK = 20


def blank_page(gray: Image.Image) -> bool:
    """Whether a grayscale page holds no print at all: fewer than :data:`BLANK_MAX_INK` of its pixels are
    :data:`BLANK_CONTRAST` grey levels darker than its paper (the median), or lighter on a negative (the back
    of a sheet, a page a copier left empty but for its grain). Tesseract thresholds such a page within the
    paper's grain: a blank 200-dpi page of faint speckles (nothing darker than 245) kept it busy for over 4
    minutes, to read junk. Any print, even faded toner (its hairlines 100 levels under the paper), even one
    short line on a long strip, has hundreds of such pixels."""
    hist = gray.histogram()
    paper = _grey_levels(gray, 0.5, hist=hist)[0]
    dark = sum(hist[:max(paper - BLANK_CONTRAST, 0)])
    light = sum(hist[min(paper + BLANK_CONTRAST + 1, 256):])
    return max(dark, light) < BLANK_MAX_INK


def light_paper(gray: Image.Image) -> Image.Image:
    """A page whose paper is dark and its print light (a negative: microfilm, a white-on-black copy)
    turned into dark print on light paper; any other page as it is. Tesseract reads a negative line by
    line inverted as a fallback: three scanned-looking negatives of reference 000 at CER 2.50% / 14.05% /
    0.13%, turned positive 0.47% / 0.07% / 0.00% (``benchmarks/scan_conditions.py``). A dim photo of a
    positive page (grey paper, darker print) is no negative: inverted, it read as junk."""
    dark, paper, light = _grey_levels(_sample_of(gray), 0.01, 0.5, 0.99)  # a text page's median: paper
    # the print is the side of the paper's grey the greys stray furthest to: darker on a dim photo of a page
    # (paper ~70, print ~20: no negative), lighter on a negative
    return ImageOps.invert(gray) if paper < DARK_PAPER and light - paper > paper - dark else gray


# Uneven light: a page whose paper is this much darker in places (share of its brightest paper) is flattened
UNEVEN_LIGHT = 0.12
_LIGHT_MAP_SIDE = 300  # the paper's brightness is mapped on the page shrunk to about this short side
_LIGHT_WINDOW = 9  # ... as the brightest pixel of each 9x9 window there (about a quarter inch of an A4 page)


def flatten_illumination(gray: Image.Image) -> Image.Image:
    """A grayscale page whose paper is unevenly lit (a phone photo, a shadow from a curled page or the
    scanner lid, a vignette) divided by its paper's brightness, so the paper is white everywhere and the
    print keeps its contrast. Tesseract thresholds a page with one global level: under a light gradient
    from full to 40% it lost whole darker regions (CER 32% on a 250-dpi page of reference 000, a shadow
    29%; flattened 0.18% and 0%, as evenly lit: ``benchmarks/scan_conditions.py``). An evenly lit page is
    returned as it is."""
    import numpy as np
    from PIL import ImageFilter

    w, h = gray.size
    small = _shrunk(gray, _LIGHT_MAP_SIDE)
    if min(small.size) < 3 * _LIGHT_WINDOW:
        return gray
    r = _LIGHT_WINDOW // 2
    a = np.pad(np.asarray(small), r, mode="edge")
    win = np.lib.stride_tricks.sliding_window_view
    brightest = win(win(a, _LIGHT_WINDOW, axis=1).max(axis=-1), _LIGHT_WINDOW, axis=0).max(axis=-1)
    paper = Image.fromarray(brightest, "L").filter(ImageFilter.GaussianBlur(_LIGHT_WINDOW / 2))
    levels = np.asarray(paper, dtype=np.float32)
    low, high = np.percentile(levels, (2, 98))
    if high <= 0 or high - low < UNEVEN_LIGHT * high:
        return gray
    light = np.asarray(paper.resize(gray.size, Image.Resampling.BILINEAR))
    ink = np.asarray(gray)
    flat = np.empty_like(ink)
    for y in range(0, h, _STRIP_ROWS):  # in strips: a few MB of temporaries, not four times the page
        rows = ink[y:y + _STRIP_ROWS].astype(np.uint32) * 255 // np.maximum(light[y:y + _STRIP_ROWS], 1)
        flat[y:y + _STRIP_ROWS] = np.minimum(rows, 255)
    return Image.fromarray(flat, "L")


# Skew: Tesseract straightens lines tilted up to about 3 degrees itself; at 6 it dropped lines (CER 6%)
# and from 7 it read nothing at all. A page tilted by this much or more is turned straight first.
MIN_SKEW = 2.0
MAX_SKEW = 15.0
_SKEW_MAP_SIDE = 500  # the tilt is measured on the page shrunk to about this short side


def estimate_skew(gray: Image.Image) -> float:
    """Degrees to turn a grayscale page counter-clockwise so its text lines run level (0.0 when they do,
    or when no tilt stands out). The tilt is the one that makes the rows' ink profile sharpest: level
    lines give rows of all ink and rows of none (the projection-profile method, on the page shrunk to a
    500-px side; each tilt's profile is its ink pixels binned along lines of that slope; one-degree
    steps over +-15 degrees, then tenths around the best)."""
    import numpy as np

    shrunk = _shrunk(gray, _SKEW_MAP_SIDE)
    small = np.asarray(shrunk)
    if min(small.shape) < 50:
        return 0.0
    ink, paper = _grey_levels(shrunk, 0.01, 0.9)
    if paper - ink < 40:
        return 0.0
    ys, xs = np.nonzero(small < (ink + paper) / 2)
    if len(ys) < 500:
        return 0.0
    ys = ys.astype(np.float64) + small.shape[1] * math.tan(math.radians(MAX_SKEW + 1))  # no negative bins
    xs = xs.astype(np.float64)

    def sharpness(tilt: float) -> float:
        rows = np.bincount(np.rint(ys + xs * math.tan(math.radians(tilt))).astype(np.int64))
        return float(np.sum(np.diff(rows).astype(np.float64) ** 2))

    coarse = {float(d): sharpness(float(d)) for d in range(-int(MAX_SKEW), int(MAX_SKEW) + 1)}
    best = max(coarse, key=coarse.__getitem__)
    fine = {best + t / 10: sharpness(best + t / 10) for t in range(-9, 10) if t}
    fine[best] = coarse[best]
    tilt = max(fine, key=fine.__getitem__)
    return round(-tilt, 1) if fine[tilt] > 1.1 * coarse[0.0] else 0.0


def straighten(gray: Image.Image) -> Image.Image:
    """The page turned level when its lines tilt by :data:`MIN_SKEW` degrees or more, else as it is."""
    angle = estimate_skew(gray)
    if abs(angle) < MIN_SKEW:
        return gray
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def fit_resolution(img: Image.Image, dpi: int | None) -> tuple[Image.Image, int | None]:
    """Scale an image scanned at over 110% of :data:`MAX_OCR_DPI` down to it (box filter); else unchanged."""
    if dpi is None or dpi <= MAX_OCR_DPI * 1.1:
        return img, dpi
    f = MAX_OCR_DPI / dpi
    size = (max(1, round(img.width * f)), max(1, round(img.height * f)))
    return img.resize(size, Image.Resampling.BOX), MAX_OCR_DPI


def _tesseract_tsv(img: Image.Image, lang: str, dpi: int | None, timeout: float | None = None) -> str:
    """Run ``tesseract FILE stdout tsv`` on ``img`` written as uncompressed TIFF (fast to write and read); past
    ``timeout`` seconds Tesseract is stopped (:class:`OcrTimeout`)."""
    fd, path = tempfile.mkstemp(prefix="vetplan-ocr-", suffix=".tif")
    try:
        with os.fdopen(fd, "wb") as fh:
            img.save(fh, format="TIFF", compression="raw")  # (not the source's: a fax's group4 needs 1 bit)
        args = [TESSERACT, path, "stdout", "-l", lang, "--psm", "3"]
        if dpi:
            args += ["--dpi", str(int(dpi))]
        proc = _run([*args, "tsv"], timeout)
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise OcrError(f"tesseract exited with {proc.returncode}: {err[-300:]}")
    return proc.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> tuple[str, list[tuple[str, float]]]:
    """Text (lines rebuilt from Tesseract's block/paragraph/line numbers) and word confidences of TSV output."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    words: list[tuple[str, float]] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        word = cols[11].strip()
        try:
            conf = float(cols[10])
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            continue
        if not word or conf < 0:
            continue
        lines.setdefault(key, []).append(word)
        words.append((word, conf))
    return "\n".join(" ".join(ws) for _, ws in sorted(lines.items())), words


#: the word before a quarter's number as Tesseract reads it ("Quý", "Quy", "Qúy"), and the number's strokes as it
#: may read them, before the slash of its year or a stop ("II/2024.", "I1/2024", "TII/2020", "IH/2022")
_QUARTER_BEFORE = re.compile(r"[Qq][Uu]\S{0,2}")
_QUARTER_STROKES = re.compile(r"([Il1|THL]{1,4})(?=[/\u2044.,;)]|$)")
STEM_MIN_HEIGHT = 8  # pixels: a word's strokes shorter than this are too small to count
STEM_MIN_CONTRAST = 60  # grey levels between the crop's ink and its paper


def count_stems(gray: np.ndarray) -> int | None:
    """How many upright strokes open a word's image (a 2-D grey array, dark ink on light paper) before its first
    other mark: 3 for "III/2024.". The marks are the runs of columns with ink between the tallest column's top and
    bottom quarters (the serifs joining the strokes of "III" lie outside); a mark is a stroke when one of its
    columns holds four fifths of the tallest's ink, it is at most half as wide as tall and it stands upright
    (:func:`_drift`; a slash, digit, V or H is none). None when the image opens with no clear stroke (too small, too
    faint, another mark first)."""
    import numpy as np

    if gray.size == 0:
        return None
    lo, hi = int(gray.min()), int(gray.max())
    if hi - lo < STEM_MIN_CONTRAST:
        return None
    ink = gray < (lo + hi) / 2
    counts = ink.sum(axis=0)
    tall = int(counts.max())
    if tall < STEM_MIN_HEIGHT:
        return None
    rows = np.nonzero(ink[:, int(np.argmax(counts))])[0]
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    edge = max(2, round(0.25 * (bottom - top)))
    middle = ink[top + edge:bottom - edge].sum(axis=0)
    stems, c, wide = 0, 0, ink.shape[1]
    while c < wide:
        if middle[c] < 2:  # paper, a serif, a speck
            c += 1
            continue
        start = c
        while c < wide and middle[c] >= 1:
            c += 1
        if c - start > 0.5 * tall or counts[start:c].max() < 0.8 * tall or _drift(
                ink[top:bottom, start:c]) > STEM_MAX_DRIFT * tall:
            break  # another mark (a bold sans slash is nearly as tall and upright as a stroke: it leans a little)
        stems += 1
    return stems or None


STEM_MAX_DRIFT = 0.1  # of a stroke's height: how far its ink may move sideways from its foot to its top (an italic I
#                       leans ~0.2: italic numbers are not counted, as a slash is not)


def _drift(mark: np.ndarray) -> float:
    """How many columns a mark's ink moves sideways over its height: the slope of its rows' ink centres (a straight
    line through them) times its height; 0 for an upright stroke."""
    import numpy as np

    rows, cols = np.nonzero(mark)
    if rows.size < 3 or rows.min() == rows.max():
        return 0.0
    slope = np.polyfit(rows.astype(float), cols.astype(float), 1)[0]
    return abs(float(slope)) * mark.shape[0]


def recount_quarter_strokes(tsv: str, image: Image.Image) -> str:
    """Tesseract's TSV of ``image`` with each quarter's Roman number written with the strokes its image shows:
    "Quý II/2024." → "Quý III/2024." where three strokes stand (set close in a serif font, the LSTM drops one;
    4 of 20 generated plans lost their "Quý III" so), "Quý TII/2020", "IIH", "LII" → "III", "Quý HI" → "II" where two
    stand. A number read as clean strokes ("II") is only ever given strokes, not taken any (what stands after its
    strokes may be a V Tesseract missed); an Arabic "1" stays."""
    if "\tQ" not in tsv and "\tq" not in tsv:
        return tsv
    import numpy as np

    rows = tsv.split("\n")
    page: np.ndarray | None = None
    prev = ""
    for k, row in enumerate(rows):
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip() or cols[0] != "5":
            continue
        word, before, prev = cols[11], prev, cols[11]
        m = _QUARTER_STROKES.match(word)
        if m is None or not _QUARTER_BEFORE.fullmatch(before):
            continue
        read = m.group(1)
        try:
            left, top, width, height = (int(v) for v in cols[6:10])
        except ValueError:
            continue
        if page is None:
            page = np.asarray(image.convert("L"))
        n = count_stems(page[max(0, top - 2):top + height + 2, max(0, left - 2):left + width + 2])
        if n is None or n > 3 or read == "I" * n or (read.isdigit() and int(read) == n) or (
                read.strip("I") == "" and n < len(read)):
            continue
        cols[11] = "I" * n + word[len(read):]
        rows[k] = "\t".join(cols)
    return "\n".join(rows)


# A page read with a mean word confidence under this is read again turned over (at least this many words)
UNREAD_CONFIDENCE = 60.0
UNREAD_MIN_WORDS = 10
TURN_MIN_GAIN = 15.0  # the turned reading is kept when its mean confidence is this much higher


# A page read with a mean word confidence under this is read again with its ink darkened, and that reading kept when
# its mean confidence is this much higher
FAINT_CONFIDENCE = 85.0
DARKEN_MIN_GAIN = 5.0
# ... and it keeps at least this share of the letters the first reading had (a reading that lost the page's hard lines
# is surer of the few left: a faint page's 46 words at 72.9 had been traded for 8 at 86.7)
DARKEN_MIN_LETTERS = 0.9
DARKEN_INK_SHARE = 0.01  # the grey level under which this share of the page's pixels lie is taken for its ink
DARKEN_POWER = 2.0  # grey levels (paper 1.0) raised to this power after the stretch: mid-grey 0.5 → 0.25


def darken_faint_ink(gray: Image.Image) -> Image.Image:
    """The page's grey levels stretched so its ink (the level :data:`DARKEN_INK_SHARE` of its pixels lie under)
    is black and its paper (the median) white, then darkened by a power curve, paper staying white: faint or
    thinned print (faded toner, a light copy of a copy: hairline strokes left mid-grey, accents broken off)
    comes out dark enough for Tesseract's global threshold to keep its strokes. Tesseract-vie's word confidence
    and character errors, as read / darkened: a page of 200-dpi print thinned to hairlines 73.9 / 95.1 and 14.4%
    / 0.8% (the test's page), a page of reference 000 so thinned 69.1 / 79.2 and 14.6% / 10.2%; on well-printed
    pages it costs confidence (a 200-dpi plan page 94.6 → 84.5), so :func:`ocr_image` keeps it only where
    Tesseract is clearly surer of it."""
    ink, paper = _grey_levels(gray, DARKEN_INK_SHARE, 0.5)
    span = max(paper - ink, 1)
    lut = [round(255 * (min(max(v - ink, 0), span) / span) ** DARKEN_POWER) for v in range(256)]
    return gray.point(lut)


def _letters(words: list[tuple[str, float]]) -> int:
    """How many letters the words read hold."""
    return sum(sum(map(str.isalpha, w)) for w, _c in words)


def mean_confidence(words: list[tuple[str, float]]) -> float:
    """Mean of Tesseract's word confidences (0-100); 0 for no words."""
    return sum(c for _w, c in words) / len(words) if words else 0.0


def second_reading_kept(first: list[tuple[str, float]], second: list[tuple[str, float]]) -> bool:
    """Whether a page's second reading (through :func:`darken_faint_ink`, :func:`despeckle` or both) is kept over its
    first: its mean confidence is :data:`DARKEN_MIN_GAIN` higher and it keeps :data:`DARKEN_MIN_LETTERS` of the first
    reading's letters."""
    return mean_confidence(second) >= mean_confidence(first) + DARKEN_MIN_GAIN and \
        _letters(second) >= DARKEN_MIN_LETTERS * _letters(first)


def despeckle(gray: Image.Image) -> Image.Image:
    """The page through a 3×3 median filter: the dust of a dirty copier glass or a grainy photocopy (isolated
    dark dots of a pixel or two, each read by Tesseract as a stray mark: "8@: 14/KH", "QĐ-TTỤ", "Sở Giữa Được")
    goes, strokes at least two pixels wide stay. A 200-dpi plan page of faint print strewn with such dots, as
    read / darkened / despeckled and darkened: mean word confidence 76.0 / 89.0 / 94.6; only the last read
    "QĐ-TTg", "4.000 người", "Sở Giáo dục" right. :func:`ocr_image` keeps it only where Tesseract is clearly surer."""
    return gray.filter(ImageFilter.MedianFilter(3))


def _read_band(band: Image.Image, lang: str, dpi: int | None,
               timeout: float | None = None) -> tuple[str, list[tuple[str, float]]]:
    """One band of a page through Tesseract, its quarters' strokes recounted: text and word confidences."""
    return parse_tsv(recount_quarter_strokes(_tesseract_tsv(band, lang, dpi, timeout), band))


#: A page's second readings (turned over; darkened, despeckled or both) only try to better its first, so each is
#: given at most this many seconds, or SECOND_READING_FACTOR times the first reading's, whichever is more. Tesseract
#: can spend minutes on one: a faint 250-dpi page strewn with specks, despeckled and darkened, took 404.5 s where its
#: first reading took 0.7 s (fresh seed 1182 of ``benchmarks/official_plans.py``; the whole two-page plan 427.6 s,
#: near the batch's 600-s timeout for a file), and that reading was not kept
SECOND_READING_MIN_SECONDS = 30.0
SECOND_READING_FACTOR = 10.0


def _second_reading(band: Image.Image, lang: str, dpi: int | None,
                    budget: float) -> tuple[str, list[tuple[str, float]]] | None:
    """A second reading of a band within ``budget`` seconds; None where Tesseract took longer."""
    try:
        return _read_band(band, lang, dpi, budget)
    except OcrTimeout:
        return None


def ocr_image(img: Image.Image, lang: str = "vie", dpi: int | None = None) -> OcrResult:
    """OCR one image (``dpi``: its resolution if known). The page goes through named steps, each a
    no-op where it has nothing to mend: :func:`prepare_image` (grayscale, a red seal dropped out),
    :func:`fit_resolution` (over :data:`MAX_OCR_DPI` scaled down), :func:`blank_page` (no print: read as
    empty, not by Tesseract), :func:`light_paper`, :func:`fit_width`,
    :func:`tall_page_bands` (a page past Tesseract's size limit), then per band :func:`flatten_illumination`,
    :func:`straighten`, Tesseract, and the turn-over below.

    A page fed into the scanner upside down reads as confident-looking junk of low word confidence
    (mean ~40 where an upright page, even a poor 75-dpi scan, gives 70-96). Such a page is read again
    turned over, and the turned reading kept when it is clearly surer. That also mends a page scanned
    sideways: Tesseract turns vertical lines upright by itself but can take them the wrong way up.

    A page read with a mean confidence under :data:`FAINT_CONFIDENCE` is read again three ways — through
    :func:`darken_faint_ink`, through :func:`despeckle`, and through both — and the surest of those readings kept
    whose mean confidence is :data:`DARKEN_MIN_GAIN` higher than the first's and which keeps
    :data:`DARKEN_MIN_LETTERS` of its letters."""
    engine = tesseract_version()
    gray, dpi = fit_resolution(prepare_image(img), dpi)
    if blank_page(gray):
        return OcrResult(text="", words=[], engine=engine, lang=lang)
    gray, dpi = fit_width(light_paper(gray), dpi)
    texts: list[str] = []
    words: list[tuple[str, float]] = []
    turned = 0
    darkened = despeckled = False
    slow = 0
    for band in tall_page_bands(gray):  # (one band: any page under Tesseract's height limit)
        band = straighten(flatten_illumination(band))
        started = time.monotonic()
        text, band_words = _read_band(band, lang, dpi)
        budget = max(SECOND_READING_MIN_SECONDS, SECOND_READING_FACTOR * (time.monotonic() - started))
        conf = mean_confidence(band_words)
        if len(band_words) >= UNREAD_MIN_WORDS and conf < UNREAD_CONFIDENCE:
            turned_band = band.transpose(Image.Transpose.ROTATE_180)
            if (second := _second_reading(turned_band, lang, dpi, budget)) is None:
                slow += 1
            elif mean_confidence(second[1]) >= conf + TURN_MIN_GAIN:
                (text, band_words), turned, band = second, 180, turned_band
                conf = mean_confidence(band_words)
        if len(band_words) >= UNREAD_MIN_WORDS and conf < FAINT_CONFIDENCE:
            first, how = band_words, (False, False)
            clean = despeckle(band)
            for dark, spotless, page in ((True, False, darken_faint_ink(band)), (False, True, clean),
                                         (True, True, darken_faint_ink(clean))):
                if (second := _second_reading(page, lang, dpi, budget)) is None:
                    slow += 1
                    continue
                text3, words3 = second
                if second_reading_kept(first, words3) and mean_confidence(words3) > mean_confidence(band_words):
                    text, band_words, how = text3, words3, (dark, spotless)
            darkened, despeckled = darkened or how[0], despeckled or how[1]
        texts.append(text)
        words += band_words
    return OcrResult(text="\n".join(t for t in texts if t), words=words, engine=engine, lang=lang, turned=turned,
                     darkened=darkened, despeckled=despeckled, slow_readings=slow)


# Tesseract refuses an image over 32,767 pixels on a side ("Image too large"). A page wider than this is
# scaled down to it; a taller one (pages stitched into one long scan, a long screenshot) is read in bands
# cut where a row holds no print, each at most this tall
MAX_OCR_SIDE = 30_000
_BAND_SEARCH = 0.2  # a band's cut is the emptiest row in its last fifth


def fit_width(gray: Image.Image, dpi: int | None) -> tuple[Image.Image, int | None]:
    """A page wider than :data:`MAX_OCR_SIDE` scaled down to that width (its resolution with it); else as it is."""
    if gray.width <= MAX_OCR_SIDE:
        return gray, dpi
    f = MAX_OCR_SIDE / gray.width
    size = (MAX_OCR_SIDE, max(1, round(gray.height * f)))
    return gray.resize(size, Image.Resampling.BOX), (round(dpi * f) if dpi else None)


def tall_page_bands(gray: Image.Image) -> list[Image.Image]:
    """A page taller than :data:`MAX_OCR_SIDE` as bands Tesseract can read, each cut at the row with the
    least print in the last fifth of its span (between two text lines, not through one): a stitched
    scan of ten A4 pages (35,080 px) → two bands. A page of fitting height is one band, itself."""
    import numpy as np

    if gray.height <= MAX_OCR_SIDE:
        return [gray]
    ink, paper = _grey_levels(_sample_of(gray), 0.01, 0.9)
    level = (int(ink) + int(paper)) // 2
    a = np.asarray(gray)
    profile = np.concatenate([(a[y:y + _STRIP_ROWS] < level).sum(axis=1) for y in range(0, a.shape[0], _STRIP_ROWS)])
    bands: list[Image.Image] = []
    top = 0
    while gray.height - top > MAX_OCR_SIDE:
        lo = top + int(MAX_OCR_SIDE * (1 - _BAND_SEARCH))
        cut = lo + int(np.argmin(profile[lo:top + MAX_OCR_SIDE]))
        bands.append(gray.crop((0, top, gray.width, cut)))
        top = cut
    bands.append(gray.crop((0, top, gray.width, gray.height)))
    return bands


def ocr_page(number: int, res: OcrResult, warnings: list[str]) -> PageText:
    """Page ``number`` as OCR'd, with its provenance; a page read turned or darkened adds a warning to ``warnings``
    ("page 3: scanned upside down or sideways; read turned 180°", "page 1: faint print; read with its ink
    darkened")."""
    if res.turned:
        warnings.append(f"page {number}: scanned upside down or sideways; read turned {res.turned}°")
    if res.darkened:
        warnings.append(f"page {number}: faint print; read with its ink darkened")
    if res.despeckled:
        warnings.append(f"page {number}: specks on the page; read through a median filter")
    if res.slow_readings:
        warnings.append(f"page {number}: {res.slow_readings} second reading(s) (turned, darkened or despeckled) "
                        "stopped, Tesseract past its time on them")
    return PageText(number, res.text, "ocr", res.engine, res.lang, res.words)


def ocr_many(
    images: Iterable[Callable[[], tuple[Image.Image, int | None]]], lang: str, jobs: int = 1
) -> Iterator[OcrResult]:
    """OCR images produced lazily by ``images`` (callables run in this thread), ``jobs`` at a time.

    Results come back in input order.  Tesseract runs as a subprocess per page, so threads give
    real parallelism; at most ``2 * jobs`` rendered pages are held in memory.
    """
    check_languages(lang)
    jobs = max(1, jobs)
    if jobs == 1:
        for make in images:
            img, dpi = make()
            yield ocr_image(img, lang, dpi)
        return
    pending: list[Future[OcrResult]] = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for make in images:
            img, dpi = make()
            pending.append(pool.submit(ocr_image, img, lang, dpi))
            while len(pending) >= 2 * jobs:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()
