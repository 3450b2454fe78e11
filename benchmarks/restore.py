"""Benchmark Vietnamese restoration: syllable accuracy per damage kind beside a plain baseline.

Test text is never used for tuning: the LM uses clean samples 002/003 and the confusion table was
learned from renders of 002/003 + word-list pseudo text; here we score
  * stripped:   reference 000 + 004 (diacritics removed, đ→d)
  * ocr_eng:    fresh Tesseract-eng renders of reference 000 + 004 (cached under $VETPLAN_CACHE)
  * ocr_eng_scanned: the same on scanned-looking pages (synth.scan_like) in another font and resolution
  * ocr_eng_unseen_fonts: the same in three fonts used nowhere else (one clean, two scanned-looking),
                added after the rows above had been studied (a dev row since the eighth session)
  * ocr_eng_bold_italic: bold and italic scanned-looking renders in fonts, resolutions and seeds no
                other row uses (ninth session; a dev row: its errors were read)
  * ocr_vie:    Tesseract -l vie renders (vetplan's own OCR) of the references, clean, scanned-looking and
                bold, decoded as ingest asks (damage "ocr_vie": marks checked in context); "as-is" is the OCR
  * dev pairs:  sample 000 vs reference (real scan), sample 004 excerpt vs reference (substitution)
  * substitution_synth: reference 000 re-encoded by :func:`substitution_code` (a fresh symbol code per
                seed, the mechanism of sample 004 on text the decoder never saw in that code); seeds 1-2
                were looked at while developing (dev), seeds 3-5 never (held out)
  * subst_004_code: reference 000 written in sample 004's own code (``synth.LearnedCode``: how often that
                engine wrote each character, learned from the 004 excerpt beside its reference): the code the
                decoder was developed on, in words it never saw in it — the rest of a plan in that code; seeds
                1-3 dev, 4-6 held out (thirty-sixth session)
  * real_eng_damage: sample 000's own Tesseract-eng damage (``synth.LearnedCode`` from the real scan beside its
                reference) on words it never was: reference 004 and six generated plans
                (``official_plans.clean_text``, seeds 2001-2006) — another scan like 000 (thirty-sixth session)
  * clean:      samples 002/003 and references unchanged rate (002/003 are in the LM: not "unseen")
  * speed:      syllables/second (CPU time, one core; the reference's syllables, not the damaged text's
                letter runs) on stripped text, the real OCR-eng scan and the substitution sample, cold
                (caches dropped: a fresh process) and steady state (caches filled by *other* documents only,
                as in a batch worker: Tesseract-eng renders of 002/003).

Usage: ``python benchmarks/restore.py [--quick] [--shared /work/shared]``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the command line sets it

from rapidfuzz.distance import Levenshtein  # noqa: E402

from vetplan.normalize import normalize_text  # noqa: E402
from vetplan.normalize.decode import clear_caches  # noqa: E402
from vetplan.normalize.lexicon import get_lexicon  # noqa: E402
from vetplan.normalize.syllable import canonical, skeleton  # noqa: E402
from vetplan.normalize.synth import (  # noqa: E402
    FONTS,
    LearnedCode,
    render_and_ocr,
    strip_diacritics,
    substitution_code,
)

WORD = re.compile(r"[^\W\d_]+")
#: renders OCR'd with Tesseract's Vietnamese model, as vetplan's own ingest does (the ocr_vie row)
VIE_RENDERS = [
    (FONTS[0], {"dpi": 210}),
    (FONTS[1], {"dpi": 250, "degrade": 7000}),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", {"dpi": 200, "degrade": 9501}),
]
#: bold and italic renders made in the ninth session to study how Tesseract-eng reads them (a dev row:
#: their errors were read): fonts, resolutions and degradation seeds used by no other row
BOLD_ITALIC_RENDERS = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", {"dpi": 200, "degrade": 9101}),
    ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf", {"dpi": 190, "degrade": 9102}),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf", {"dpi": 210, "degrade": 9103}),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", {"dpi": 220, "degrade": 9201}),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", {"dpi": 260, "degrade": 9202}),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf", {"dpi": 220, "degrade": 9301}),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", {"dpi": 240, "degrade": 9302}),
]
#: renders in fonts that neither the confusion table nor any other row uses (added 2026-11-30; only their
#: totals were read until the eighth session)
UNSEEN_FONT_RENDERS = [
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", {"dpi": 220}),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf", {"dpi": 230, "degrade": 9100}),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", {"dpi": 200, "degrade": 9200}),
]


def words(text: str, keep_case: bool = False) -> list[str]:
    """Letters-only tokens, canonical tone placement, lower case unless ``keep_case``."""
    return [canonical(w) if keep_case else canonical(w.lower()) for w in WORD.findall(text)]


def word_opcodes(t: list[str], h: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Edit-distance alignment of two word sequences: (tag, i1, i2, j1, j2) as Levenshtein.opcodes gives."""
    vocab: dict[str, str] = {}
    enc_t = "".join(vocab.setdefault(w, chr(0x4E00 + len(vocab))) for w in t)
    enc_h = "".join(vocab.setdefault(w, chr(0x4E00 + len(vocab))) for w in h)
    return [tuple(op) for op in Levenshtein.opcodes(enc_t, enc_h)]  # type: ignore[misc]


def accuracy(truth: str, hyp: str, keep_case: bool = False) -> tuple[int, int]:
    """(correct, total) truth syllables after edit-distance alignment of token sequences."""
    t, h = words(truth, keep_case), words(hyp, keep_case)
    correct = sum(i2 - i1 for tag, i1, i2, _j1, _j2 in word_opcodes(t, h) if tag == "equal")
    return correct, len(t)


def baseline(text: str) -> str:
    """Plain baseline: each letters token → the most frequent lexicon form with the same skeleton."""
    lex = get_lexicon(None)

    def rep(m: re.Match[str]) -> str:
        w = m.group(0)
        forms = lex.by_skeleton.get(skeleton(w))
        if not forms:
            return w
        f = forms[0]
        return f.upper() if w.isupper() and len(w) > 1 else (f.capitalize() if w[0].isupper() else f)

    return WORD.sub(rep, text)


def row(name: str, truth: str, damaged: str, damage: str | None = None) -> tuple[int, int, int, float, int]:
    t0 = time.perf_counter()
    out = normalize_text(damaged, damage=damage).text
    dt = time.perf_counter() - t0
    c, n = accuracy(truth, out)
    cc, _ = accuracy(truth, out, keep_case=True)
    cb, _ = accuracy(truth, baseline(damaged))
    c0, _ = accuracy(truth, damaged)
    print(f"  {name:38s} n={n:5d}  vetplan {100 * c / max(n, 1):6.2f}% (with case {100 * cc / max(n, 1):6.2f}%)"
          f"   baseline {100 * cb / max(n, 1):6.2f}%   as-is {100 * c0 / max(n, 1):6.2f}%   {dt:5.2f}s", flush=True)
    return c, cb, n, dt, cc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer lines, skip slow renders")
    ap.add_argument("--shared", default=os.environ.get("VETPLAN_SHARED", "/work/shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    ref = {p.name: p.read_text(encoding="utf-8") for p in sorted((shared / "reference").glob("*.txt"))}
    smp = {p.name: p.read_text(encoding="utf-8") for p in sorted((shared / "samples").glob("*.txt"))}
    if not ref:
        print("no reference texts found under", shared)
        return 1
    limit = 120 if args.quick else None

    def cut(s: str) -> str:
        return "\n".join(s.split("\n")[:limit]) if limit else s

    get_lexicon(None)  # load once outside the timings
    totals: dict[str, list[float]] = {}

    def add(kind: str, r: tuple[int, int, int, float, int]) -> None:
        t = totals.setdefault(kind, [0, 0, 0, 0.0, 0])
        for k in range(5):
            t[k] += r[k]

    print("stripped (reference texts, diacritics removed):")
    for name, truth in ref.items():
        truth = cut(truth)
        add("stripped", row(name, truth, strip_diacritics(truth), None))

    def render_row(kind: str, name: str, truth: str, lang: str = "eng", damage: str | None = None,
                   **render: object) -> None:
        """A row of Tesseract renders of ``truth`` (cached): the rendered lines against their OCR, decoded
        with ``damage`` (None: detected)."""
        pairs = render_and_ocr(truth, lang=lang, **render)  # type: ignore[arg-type]
        add(kind, row(name, "\n".join(p[0] for p in pairs), "\n".join(p[1] for p in pairs), damage))

    print("ocr_eng (fresh tesseract -l eng --psm 6 renders of reference texts):")
    for name, truth in ref.items():
        render_row("ocr_eng", name, cut(truth))

    print("ocr_eng_scanned (scanned-looking renders, DejaVu Serif 250 dpi, a degradation seed not used in training):")
    for name, truth in ref.items():
        render_row("ocr_eng_scanned", name, cut(truth), font=FONTS[1], dpi=250, degrade=7000)

    if not args.quick:
        print("ocr_eng_unseen_fonts (fonts used nowhere else, a dev row since the eighth session: Liberation Sans"
              " 220 dpi clean; DejaVu Serif Condensed 230 dpi and DejaVu Sans 200 dpi scanned-looking):")
        for font, kw in UNSEEN_FONT_RENDERS:
            for name, truth in ref.items():
                render_row("ocr_eng_unseen_fonts", f"{name} {Path(font).stem}", truth, font=font, **kw)

        print("ocr_eng_bold_italic (dev: bold and italic scanned-looking renders, ninth session):")
        for font, kw in BOLD_ITALIC_RENDERS:
            for name, truth in ref.items():
                render_row("ocr_eng_bold_italic", f"{name} {Path(font).stem} {kw['dpi']}", truth, font=font, **kw)

    print("ocr_vie (Tesseract -l vie, vetplan's own OCR: clean Liberation Serif 210 dpi, scanned-looking DejaVu Serif"
          " 250 dpi and Liberation Sans Bold 200 dpi; its marks repaired as ingest asks, damage=ocr_vie; dev, ninth"
          " session):")
    for font, kw in VIE_RENDERS:
        for name, truth in ref.items():
            render_row("ocr_vie", f"{name} {Path(font).stem}", cut(truth), "vie", "ocr_vie", font=font, **kw)

    print("dev pairs (real damaged samples vs reference):")
    for name, truth in ref.items():
        if name in smp:
            kind = "substitution" if name.startswith("004") else "real_ocr_eng"
            add(kind, row(name, cut(truth), cut(smp[name]), None))

    print("substitution_synth (reference 000 re-encoded with a fresh symbol code per seed; seeds 1-2 were looked"
          " at while developing, 3-5 never):")
    for name, truth in ref.items():
        if not name.startswith("000"):
            continue
        for seed in (1, 2, 3, 4, 5):
            kind = "subst_synth_dev" if seed <= 2 else "subst_synth_heldout"
            add(kind, row(f"{name} seed {seed}", cut(truth), substitution_code(cut(truth), seed), None))

    def learned(sample: str) -> LearnedCode | None:
        """The damage of the real sample whose name starts with ``sample``, learned from it beside its reference."""
        pairs = [(ref[k], smp[k]) for k in ref if k.startswith(sample) and k in smp]
        return LearnedCode(*pairs[0]) if pairs else None

    code = learned("004")
    if code is not None:
        print("subst_004_code (reference 000 written in sample 004's own code: how often its engine wrote each"
              " character, learned from the excerpt beside its reference, synth.LearnedCode; the decoder was tuned"
              " on the excerpt, never on these texts: seeds 1-3 looked at while developing, 4-6 never):")
        for name, truth in ref.items():
            if not name.startswith("000"):
                continue
            for seed in (1, 2, 3, 4, 5, 6):
                kind = "subst_004_dev" if seed <= 3 else "subst_004_heldout"
                add(kind, row(f"{name} seed {seed}", cut(truth), code.apply(cut(truth), seed), None))

    damage = learned("000")
    if damage is not None and not args.quick:
        from official_plans import clean_text, make_plan  # (beside this script)

        print("real_eng_damage (sample 000's own Tesseract-eng damage, synth.LearnedCode from the real scan beside its"
              " reference, on words it never was: reference 004 and official_plans' clean plans of seeds 2001-2006;"
              " damage seeds 1-2):")
        others = [(k, v) for k, v in ref.items() if not k.startswith("000")]
        others += [(f"plan {seed}", clean_text(make_plan(seed))) for seed in range(2001, 2007)]
        for name, truth in others:
            for seed in (1, 2):
                add("real_eng_damage", row(f"{name} seed {seed}", truth, damage.apply(truth, seed), None))

    print("clean (must stay unchanged; 002/003 are in the LM):")
    unchanged = total = 0
    for name, txt in list(smp.items()) + [("ref/" + k, v) for k, v in ref.items()]:
        if name.startswith(("000", "004")):
            continue
        txt = cut(txt)
        r = normalize_text(txt)
        a, b = WORD.findall(txt), WORD.findall(r.text)
        same = sum(x == y for x, y in zip(a, b, strict=False)) if len(a) == len(b) else 0
        unchanged += same
        total += len(a)
        print(f"  {name:38s} n={len(a):5d}  unchanged {100 * same / max(1, len(a)):7.3f}%  damage={r.damage}")

    # speed, one core, lexicon loaded: cold = all caches dropped (a fresh process), warm = caches kept from
    # the documents before (batch ingest in one process)
    lex = get_lexicon(None)
    speeds: list[tuple[str, int, float, float]] = []

    def speed(label: str, text: str, damage: str | None, cold: bool, truth: str) -> None:
        """Cold: best of 3 runs, caches dropped before each; steady state: one run on the caches as they are.
        The rate counts the document's syllables (``truth``'s), not the damaged text's letter runs: a
        symbol splits one ("nghi~p" is two runs), so those would overstate a symbol code's rate by ~26%."""
        n = len(WORD.findall(truth))
        best = (float("inf"), float("inf"))
        for _rep in range(3 if cold else 1):
            if cold:
                clear_caches(lex)
            t0, c0 = time.perf_counter(), time.process_time()
            normalize_text(text, damage=damage)
            best = min(best, (time.process_time() - c0, time.perf_counter() - t0))
        speeds.append((label, n, best[0], best[1]))

    truth_all = "\n".join(cut(t) for t in ref.values())
    stripped_all = strip_diacritics(truth_all)
    speed("stripped, cold", stripped_all, "stripped", True, truth_all)
    others = [smp[k] for k in sorted(smp) if k.startswith(("002", "003"))]
    if not args.quick:
        clear_caches(lex)
        for t in others:
            normalize_text(strip_diacritics(t), damage="stripped")
        speed("stripped, steady state", stripped_all, "stripped", False, truth_all)
    truth_of = {k[:3]: cut(v) for k, v in ref.items()}
    real = [(cut(smp[k]), truth_of[k[:3]]) for k in sorted(smp) if k.startswith("000") and k[:3] in truth_of]
    if real:
        speed("real OCR-eng 000, cold", real[0][0], None, True, real[0][1])
        if not args.quick:
            clear_caches(lex)
            for t in others:  # other documents' Tesseract-eng renders fill the caches (cached renders)
                normalize_text("\n".join(p[1] for p in render_and_ocr(t, lang="eng")))
            speed("real OCR-eng 000, steady state", real[0][0], None, False, real[0][1])
    subst = [(cut(smp[k]), truth_of[k[:3]]) for k in sorted(smp) if k.startswith("004") and k[:3] in truth_of]
    if subst:
        speed("substitution 004, cold", subst[0][0], None, True, subst[0][1])
    ref000 = [cut(v) for k, v in ref.items() if k.startswith("000")]
    if ref000 and not args.quick:
        coded = substitution_code(ref000[0], 1)
        speed("symbol code, synthetic 000 seed 1, cold", coded, None, True, ref000[0])
        clear_caches(lex)
        normalize_text(substitution_code(ref000[0], 2))  # another coded document fills the shared caches
        speed("symbol code, synthetic 000 seed 1, steady state", coded, None, False, ref000[0])
    print("\nSUMMARY (syllable accuracy, letters-only, case-insensitive)")
    for kind, (c, cb, nn, kdt, cc) in totals.items():
        acc_v, acc_b, acc_c = 100 * c / max(nn, 1), 100 * cb / max(nn, 1), 100 * cc / max(nn, 1)
        print(f"  {kind:14s} vetplan {acc_v:6.2f}%   baseline {acc_b:6.2f}%  (n={int(nn)}, "
              f"{nn / max(kdt, 1e-9):,.0f} syl/s incl. per-document setup; with case {acc_c:6.2f}%)")
    print(f"  clean unchanged {100 * unchanged / max(total, 1):7.3f}%  (n={total})")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for label, n, cpu, dt in speeds:
        print(f"  speed ({label}) {n / cpu:,.0f} syllables/s per core (CPU time; {n / dt:,.0f}/s wall; "
              f"load {load:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
