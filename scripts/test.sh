#!/usr/bin/env bash
# Set up (if needed), then run the linter, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_THREAD_LIMIT=1
.venv/bin/ruff check .
# types: the package as it is imported, "vetplan" (the checkout's own directory may have any name, "ci-check" too,
# which mypy would refuse as a package's)
types=$(mktemp -d)
ln -s "$PWD" "$types/vetplan"
(cd "$types" && "$OLDPWD/.venv/bin/mypy" --config-file "$OLDPWD/pyproject.toml" --cache-dir "$types/.mypy_cache" \
  -m vetplan -m vetplan.cli -m vetplan.pipeline -m vetplan.batch \
  -p vetplan.ingest -p vetplan.normalize -p vetplan.extract -p vetplan.schemas)
rm -rf "$types"
exec .venv/bin/python -m pytest "$@"
