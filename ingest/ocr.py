"""Tesseract OCR through pytesseract: page images → text lines with word confidences."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

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


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    """Return e.g. ``"tesseract 5.3.0"``; raise :class:`OcrUnavailable` if the binary is missing."""
    import pytesseract

    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailable(f"tesseract binary not found; {INSTALL_HINT}")
    try:
        version = pytesseract.get_tesseract_version()
    except Exception as e:  # TesseractNotFoundError, OSError
        raise OcrUnavailable(f"tesseract cannot run ({e}); {INSTALL_HINT}") from e
    return f"tesseract {version}"


@lru_cache(maxsize=8)
def check_languages(lang: str) -> None:
    """Raise :class:`OcrUnavailable` unless every language of ``lang`` ("vie+eng") is installed."""
    import pytesseract

    tesseract_version()
    available = set(pytesseract.get_languages(config=""))
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        raise OcrUnavailable(
            f"tesseract language data {', '.join(missing)!s} not installed "
            f"(have {', '.join(sorted(available)) or 'none'}); {INSTALL_HINT}"
        )


def prepare_image(img: Image.Image) -> Image.Image:
    """Convert to 8-bit grayscale, flattening transparency onto white."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, rgba)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L") if img.mode != "I" else img.convert("L")
    return img.convert("L") if img.mode != "L" else img


def ocr_image(img: Image.Image, lang: str = "vie", dpi: int | None = None) -> OcrResult:
    """OCR one image; lines are rebuilt from Tesseract's block/paragraph/line numbers."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    engine = tesseract_version()
    config = "--psm 3"
    if dpi:
        config += f" --dpi {int(dpi)}"
    data = pytesseract.image_to_data(
        prepare_image(img), lang=lang, config=config, output_type=pytesseract.Output.DICT
    )
    lines: dict[tuple[int, int, int], list[str]] = {}
    words: list[tuple[str, float]] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        words.append((word, conf))
    text = "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))
    return OcrResult(text=text, words=words, engine=engine, lang=lang)


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
