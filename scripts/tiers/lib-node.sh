# Sourced by the JS/browser tiers: npm dev dependencies present (npm ci when
# the lockfile exists), dist/ assembled.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [[ ! -d node_modules/playwright-core || ! -d node_modules/esbuild || ! -d node_modules/web-ext ]]; then
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
if [[ ! -f dist/chromium/manifest.json ]]; then
  node scripts/assemble.mjs
fi
