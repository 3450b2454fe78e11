"""Learn Tesseract-eng character confusions on Vietnamese and write normalize/data/confusions_eng.json.

Truth text: clean plans 002/003 (also used for the domain LM) plus pseudo-sentences sampled from
Viet74K compounds.  The dev pairs (sample 000, 004 excerpt) are never used here.
Each text is rendered (Liberation Serif and DejaVu Serif, 210 dpi; plus scanned-looking pages at
180/200/300 dpi made by ``synth.scan_like``), OCR'd with
``tesseract -l eng --psm 6``, line-aligned and then character-aligned (Levenshtein opcodes).

Usage: ``python scripts/learn_confusions.py [--pages N] [--out PATH]``.
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from vetplan.normalize.lexicon import _viet74k_path
from vetplan.normalize.syllable import is_valid_syllable
from vetplan.normalize.synth import FONTS, render_and_ocr

ROOT = Path(__file__).resolve().parents[1]
BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"
TRAIN_FILES = ["002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"]


def pseudo_text(n_lines: int, seed: int = 7) -> str:
    """Lines of random Viet74K compounds (all-syllable entries), some capitalised."""
    rng = random.Random(seed)
    p = _viet74k_path()
    words = []
    if p is not None:
        for line in p.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts and all(is_valid_syllable(x) for x in parts):
                words.append(line.strip())
    lines = []
    for _ in range(n_lines):
        toks: list[str] = []
        while sum(len(t) + 1 for t in toks) < 70:
            w = rng.choice(words)
            if rng.random() < 0.1:
                w = w.capitalize()
            toks.append(w)
        if rng.random() < 0.08:
            lines.append(" ".join(toks).upper())
        else:
            lines.append(" ".join(toks))
    return "\n".join(lines)


def count_pairs(pairs: list[tuple[str, str]]) -> tuple[dict, Counter, int]:
    """Char confusions from aligned (truth, ocr) lines: sub[t][o], insertions, truth char total."""
    sub: dict[str, Counter] = defaultdict(Counter)
    ins: Counter = Counter()
    total = 0
    for truth, ocr in pairs:
        t = unicodedata.normalize("NFC", truth).lower()
        o = unicodedata.normalize("NFC", ocr).lower()
        if Levenshtein.normalized_distance(t, o) > 0.6:
            continue
        for tag, i1, i2, j1, j2 in Levenshtein.opcodes(t, o):
            if tag == "equal":
                for c in t[i1:i2]:
                    sub[c][c] += 1
            elif tag == "replace":
                for k in range(i2 - i1):
                    sub[t[i1 + k]][o[j1 + k]] += 1
            elif tag == "delete":
                for c in t[i1:i2]:
                    sub[c][""] += 1
            elif tag == "insert":
                for c in o[j1:j2]:
                    ins[c] += 1
            total += i2 - i1
    return sub, ins, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=480, help="pseudo-text lines to render")
    ap.add_argument("--out", default=str(ROOT / "normalize" / "data" / "confusions_eng.json"))
    ap.add_argument("--samples", default="/work/shared/samples")
    ap.add_argument("--no-degraded", dest="degraded", action="store_false",
                    help="clean renders only (no scanned-looking pages)")
    args = ap.parse_args()
    pairs: list[tuple[str, str]] = []
    for f in TRAIN_FILES:
        path = Path(args.samples) / f
        if path.exists():
            pairs += render_and_ocr(path.read_text(encoding="utf-8"), font=FONTS[0])
    pseudo = pseudo_text(args.lines)
    half = args.lines // 2
    lines = pseudo.split("\n")
    pairs += render_and_ocr("\n".join(lines[:half]), font=FONTS[0])
    pairs += render_and_ocr("\n".join(lines[half:]), font=FONTS[1])
    # scanned-looking pages (rotation, blur, ink, speckles, JPEG) at other resolutions: real archives
    # are scans, not clean renders
    if args.degraded:
        for f in TRAIN_FILES:
            path = Path(args.samples) / f
            if path.exists():
                pairs += render_and_ocr(path.read_text(encoding="utf-8"), font=FONTS[1], dpi=200, degrade=100)
        pairs += render_and_ocr("\n".join(lines[:half]), font=FONTS[0], dpi=300, degrade=200)
        pairs += render_and_ocr("\n".join(lines[half:]), font=FONTS[0], dpi=180, degrade=300)
    # bold headings and upper case (Đ→P, Ơ→O …) as in scanned plan headings
    bold = pseudo_text(args.lines // 3, seed=11).split("\n")
    pairs += render_and_ocr("\n".join(x.upper() if i % 2 else x for i, x in enumerate(bold)), font=BOLD)
    sub, ins, total = count_pairs(pairs)
    out = {
        "about": "P(ocr|truth) counts for tesseract -l eng on rendered Vietnamese; made by scripts/learn_confusions.py",
        "lines": len(pairs),
        "chars": total,
        "sub": {t: {o: c for o, c in cnt.most_common() if c >= 2} for t, cnt in sorted(sub.items())},
        "ins": {o: c for o, c in ins.most_common() if c >= 2},
    }
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(pairs)} lines, {total} chars → {args.out}")


if __name__ == "__main__":
    main()
