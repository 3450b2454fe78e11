"""An unevenly lit page (phone photo, shadow, vignette) is flattened before OCR, a negative turned positive;
an even, positive page is left alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from builders import OCR_PAGES, cer, render_page
from PIL import Image, ImageOps

from vetplan.ingest import read_document
from vetplan.ingest.ocr import flatten_illumination, light_paper
from vetplan.normalize.synth import scan_like

LINES = OCR_PAGES[0] + OCR_PAGES[1]
TRUTH = "\n".join(LINES)


def _lit(page: Image.Image, light: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(np.asarray(page, dtype=np.float32) * light, 0, 255).astype(np.uint8), "L")


def test_a_page_under_a_light_gradient_is_read(tmp_path: Path) -> None:
    page = render_page(LINES, dpi=250)
    h, w = page.height, page.width
    yy, xx = np.mgrid[0:h, 0:w]
    lights = {
        "gradient": 1.0 - 0.6 * xx / w,  # one side in the light, the other at 40%
        "shadow": 1.0 - 0.55 * np.exp(-((xx - 0.7 * w) ** 2 + (yy - 0.4 * h) ** 2) / (2 * (0.25 * w) ** 2)),
    }
    for name, light in lights.items():
        path = tmp_path / f"{name}.png"
        _lit(page, light).save(path, dpi=(250, 250))
        assert cer(read_document(path).pages[0].text, TRUTH) < 0.02, name


def test_flattening_whitens_the_paper_and_keeps_the_print() -> None:
    page = render_page(LINES, dpi=250)
    w = page.width
    dim = _lit(page, np.broadcast_to(1.0 - 0.6 * np.arange(w) / w, (page.height, w)))
    flat = np.asarray(flatten_illumination(dim), dtype=np.int16)
    paper = np.asarray(page) == 255
    assert np.percentile(flat[paper], 5) > 225  # the dim side's paper is near white again (was ~100)
    assert np.percentile(flat[np.asarray(page) < 60], 95) < 100  # the print stays dark


def test_an_evenly_lit_page_is_left_as_it_is() -> None:
    page = render_page(LINES, dpi=300)
    assert flatten_illumination(page) is page
    blank = Image.new("L", (40, 40), 255)
    assert flatten_illumination(blank) is blank


def test_a_negative_is_read_as_a_positive(tmp_path: Path) -> None:
    """Microfilm or a white-on-black copy: Tesseract's own per-line inversion read this one at CER 17%."""
    page = scan_like(render_page(LINES, dpi=250), 1)
    path = tmp_path / "negative.png"
    ImageOps.invert(page).save(path, dpi=(250, 250))
    assert cer(read_document(path).pages[0].text, TRUTH) < 0.02
    assert light_paper(page) is page  # a positive is left as it is


def test_a_dark_positive_photo_is_not_taken_for_a_negative(tmp_path: Path) -> None:
    """An underexposed phone photo: grey paper (median ~70, under the negative's threshold) with darker print.
    Its print is the darker side of its greys, so it is no negative; inverted it read as white-on-black junk."""
    page = scan_like(render_page(LINES, dpi=250), 1)
    dark = _lit(page, np.full((page.height, page.width), 0.28, dtype=np.float32))
    assert np.median(np.asarray(dark)) < 100
    assert light_paper(dark) is dark
    path = tmp_path / "dark-photo.png"
    dark.save(path, dpi=(250, 250))
    assert cer(read_document(path).pages[0].text, TRUTH) < 0.02
