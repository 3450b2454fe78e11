"""Rebuild normalize/data/domain_lm.json (domain syllable unigrams + bigrams) from clean plans.

Uses the clean samples 002 and 003 only (never the dev pairs 000/004, which the benchmark scores).
Usage: ``python scripts/normalize_build_domain.py [--samples /work/shared/samples]``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from vetplan.normalize.lexicon import learn_lexicon

ROOT = Path(__file__).resolve().parents[1]
CLEAN = ["002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", default="/work/shared/samples")
    ap.add_argument("--out", default=str(ROOT / "normalize" / "data" / "domain_lm.json"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        for name in CLEAN:
            shutil.copy(Path(args.samples) / name, Path(td) / name)
        print(learn_lexicon(td, args.out))


if __name__ == "__main__":
    main()
