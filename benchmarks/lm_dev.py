"""Leave-one-out dev set for language-model choices: the domain model is rebuilt from sample 002 only,
and restoration is scored on sample 003 (stripped, and Tesseract-eng renders of it), which that model
never saw. Use it to compare smoothing, weights or new LM ideas without looking at the benchmark texts.

Usage: ``python benchmarks/lm_dev.py [--shared /work/shared]`` (env knobs such as ``VETPLAN_JM=0.5`` apply).
Renders are shared with ``benchmarks/restore.py`` (cached under ``$VETPLAN_CACHE``); the base lexicon built
with the 002-only domain model goes to a temporary cache so the normal one is untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("VETPLAN_SHARED", "/work/shared"))
    args = ap.parse_args()
    samples = Path(args.shared) / "samples"
    held_out = (samples / "003_6086171514853b72.txt").read_text(encoding="utf-8")

    from vetplan.normalize.synth import render_and_ocr, strip_diacritics

    pairs = render_and_ocr(held_out, lang="eng")  # in the normal cache, before switching it
    with tempfile.TemporaryDirectory() as td:
        data = Path(td) / "data"
        src = Path(td) / "src"
        data.mkdir()
        src.mkdir()
        (src / "002.txt").write_text((samples / "002_3303c71ebc34c61c.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
        os.environ["VETPLAN_CACHE"] = str(Path(td) / "cache")
        import vetplan.normalize.lexicon as lexicon

        lexicon.learn_lexicon(str(src), str(data / "domain_lm.json"))
        lexicon.DATA_DIR = data
        lexicon.base_lexicon.cache_clear()
        lexicon.get_lexicon.cache_clear()
        from vetplan.normalize import normalize_text

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from restore import accuracy

        c, n = accuracy(held_out, normalize_text(strip_diacritics(held_out), damage="stripped").text)
        truth = "\n".join(p[0] for p in pairs)
        c2, n2 = accuracy(truth, normalize_text("\n".join(p[1] for p in pairs)).text)
    print(f"dev (domain model from 002 only, scored on 003): stripped {100 * c / n:.2f}% (n={n})  "
          f"Tesseract-eng renders {100 * c2 / n2:.2f}% (n={n2})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
