"""Open raster images safely (decompression bombs, multi-frame TIFF)."""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

EXIF_ORIENTATION = 0x0112  # the camera's "turn me this way to show me" tag
DEFAULT_MAX_PIXELS = 120_000_000  # ~ an A0 page at 300 dpi


class ImageRejected(ValueError):
    """Image cannot be decoded or is too large."""


def _check_size(img: Image.Image, max_pixels: int) -> None:
    w, h = img.size
    if w * h > max_pixels:
        raise ImageRejected(
            f"image too large ({w}x{h} = {w * h} pixels > {max_pixels}; possible decompression bomb)"
        )


def open_image(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """Open image bytes lazily, refusing decompression bombs."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ImageRejected(f"image too large (possible decompression bomb): {e}") from e
    except UnidentifiedImageError as e:
        raise ImageRejected("not a readable image (unknown or corrupt image data)") from e
    except (OSError, SyntaxError, ValueError, EOFError, AttributeError, struct.error) as e:
        raise ImageRejected(f"corrupt or truncated image ({type(e).__name__}: {e})") from e
    _check_size(img, max_pixels)
    return img


def load_frame(img: Image.Image, index: int, max_pixels: int = DEFAULT_MAX_PIXELS) -> tuple[Image.Image, int | None]:
    """Decode frame ``index`` (multi-page TIFF), turned upright as its EXIF orientation says (a phone
    photo), and return it with its dpi (None if unknown)."""
    try:
        img.seek(index)
        _check_size(img, max_pixels)
        img.load()
        frame = img.copy()
        dpi = img.info.get("dpi")
        if (turn := frame.getexif().get(EXIF_ORIENTATION, 1)) != 1:  # a phone photo: stored sideways, shown upright
            frame = ImageOps.exif_transpose(frame)
            if turn in (5, 6, 7, 8) and dpi:  # a quarter turn: the resolutions change axes
                dpi = tuple(reversed(dpi))
    except (OSError, SyntaxError, ValueError, EOFError, AttributeError, struct.error) as e:
        raise ImageRejected(f"corrupt or truncated image data in page {index + 1} ({e})") from e
    return square_pixels(frame, dpi)


def square_pixels(frame: Image.Image, dpi: tuple[float, float] | None) -> tuple[Image.Image, int | None]:
    """A frame with oblong pixels (a standard-resolution fax: 204 x 98 dpi, its page squashed to half height
    as pixels) shrunk along its finer axis to the coarser resolution, and that resolution (None if unknown
    or under 70 dpi). Shrinking, not stretching: a fax page read at CER 34% as stored, 3.7% stretched to 204
    dpi, 2.6% shrunk to 98 dpi (Tesseract reads enlarged specks worse)."""
    try:
        x, y = (float(v) for v in dpi) if dpi else (0.0, 0.0)
    except (TypeError, ValueError):
        x = y = 0.0
    if x > 0 and y > 0 and abs(x - y) > 0.03 * max(x, y):
        w, h = frame.size
        size = (max(1, round(w * y / x)), h) if x > y else (w, max(1, round(h * x / y)))
        if frame.mode in ("1", "P"):  # (a box filter needs grey levels; a palette keeps its colours)
            frame = frame.convert("L" if frame.mode == "1" else "RGBA")
        frame = frame.resize(size, Image.Resampling.BOX)
        x = min(x, y)
    return frame, (round(x) if x >= 70 else None)


def frame_count(img: Image.Image) -> int:
    """Number of frames (pages) of the image."""
    return int(getattr(img, "n_frames", 1))
