"""Instructions of one cold repair, counted by callgrind: a speed figure that does not move with the machine's load.

The wall clock of a shared machine varied by up to 15% within minutes (fifty-sixth session), more than most speed
changes are worth; an instruction count is the same run after run. For each document: a child process loads the
lexicon, repairs the document once (imports and first-use tables out of the way), drops the caches
(``decode.clear_caches``: what a fresh process starts with) and repairs it again between two ``callgrind_control``
dumps — the second dump holds that repair's instructions alone.

  stripped   the two reference texts under ``--shared``, stripped of their marks
  eng000     sample 000 as it is (real Tesseract-eng)
  c004       sample 004's excerpt as it is (a symbol code)
  code       reference 000 in the synthetic symbol code of seed 1

Usage: ``python benchmarks/decode_instructions.py [--ways eng000,code] [--shared ../shared]`` (needs valgrind:
``apt-get install valgrind``; about 1–2 minutes a way, two ways at once with ``--jobs 2``). Compare two commits by
running it in each one's checkout, with ``PYTHONHASHSEED=0`` as it sets for its children.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

WAYS = ("stripped", "eng000", "c004", "code")


def _texts(shared: Path) -> dict[str, tuple[str, str | None]]:
    """Each way's text and its damage hint."""
    from vetplan.normalize.synth import strip_diacritics, substitution_code

    ref = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((shared / "reference").glob("*.txt"))}
    smp = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((shared / "samples").glob("*.txt"))}
    return {"stripped": (strip_diacritics("\n".join(ref.values())), "stripped"), "eng000": (smp["000"], None),
            "c004": (smp["004"], None), "code": (substitution_code(ref["000"], 1), None)}


def child(way: str, shared: Path) -> None:
    """Run under callgrind: one warm-up repair, then the measured cold one between two dumps."""
    from vetplan.normalize import normalize_text
    from vetplan.normalize.decode import clear_caches
    from vetplan.normalize.lexicon import get_lexicon

    text, damage = _texts(shared)[way]
    lex = get_lexicon(None)
    normalize_text(text, damage=damage)
    clear_caches(lex)
    subprocess.run(["callgrind_control", "-z", str(os.getpid())], capture_output=True, check=False)
    normalize_text(text, damage=damage)
    subprocess.run(["callgrind_control", "-d", "measured", str(os.getpid())], capture_output=True, check=False)


def count(way: str, shared: Path) -> int | None:
    """The instructions of the measured repair of ``way`` (None if callgrind gave none)."""
    with tempfile.TemporaryDirectory() as td:
        out = Path(td) / "cg.out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no",
                        sys.executable, __file__, "--child", way, "--shared", str(shared)],
                       capture_output=True, env=env, check=False, cwd=td)
        for f in sorted(Path(td).glob("cg.out*")):
            body = f.read_text(errors="replace")
            if "measured" in body:  # (the dump the child asked for by that name)
                m = re.search(r"^(?:summary|totals): (\d+)", body, re.M)
                if m:
                    return int(m.group(1))
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ways", default="eng000,code")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("VETPLAN_SHARED", "/work/shared")))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.shared)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("decode_instructions: valgrind is not installed (apt-get install valgrind)")
        return 1
    ways = [w for w in args.ways.split(",") if w]
    unknown = [w for w in ways if w not in WAYS]
    if unknown:
        print(f"decode_instructions: unknown way(s) {', '.join(unknown)}; known: {', '.join(WAYS)}")
        return 2
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        got = list(pool.map(lambda w: count(w, args.shared), ways))
    for way, n in zip(ways, got, strict=True):
        print(f"  {way:9s} {'?' if n is None else f'{n:,}'} instructions for one cold repair")
    return 0 if all(n is not None for n in got) else 1


if __name__ == "__main__":
    sys.exit(main())
