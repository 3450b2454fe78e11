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
        if frame.getexif().get(EXIF_ORIENTATION, 1) != 1:  # a phone photo: stored sideways, shown upright
            frame = ImageOps.exif_transpose(frame)
    except (OSError, SyntaxError, ValueError, EOFError, AttributeError, struct.error) as e:
        raise ImageRejected(f"corrupt or truncated image data in page {index + 1} ({e})") from e
    dpi = img.info.get("dpi")
    x = round(float(dpi[0])) if dpi and dpi[0] and float(dpi[0]) >= 70 else None
    return frame, x


def frame_count(img: Image.Image) -> int:
    """Number of frames (pages) of the image."""
    return int(getattr(img, "n_frames", 1))
