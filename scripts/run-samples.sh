#!/usr/bin/env bash
# Set up (if needed) and convert every sample plan into out/ (one JSON per plan + manifest.jsonl).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/vetplan ingest samples/* -o "${1:-out}"
