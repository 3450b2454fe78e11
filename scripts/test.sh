#!/usr/bin/env bash
# Set up (if needed), then run the linter, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# the tests of Word 97–2003 .doc files write real ones with LibreOffice (a test tool only: vetplan reads .doc itself)
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vetplan tests: apt-get install libreoffice-writer-nogui (to write .doc files for the tests)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
           libreoffice-writer-nogui >/dev/null; }
  else
    echo "vetplan tests: the .doc tests need LibreOffice: apt-get install libreoffice-writer-nogui" >&2
  fi
fi
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
