# Shared helpers for scripts/build, scripts/test and scripts/bench.
# Source it; it sets ROOT and moves there.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The wasm-bindgen CLI must match the crate pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION="0.2.130"
WASM_TARGET="wasm32-unknown-unknown"
WASM_ARTIFACT="target/$WASM_TARGET/release/interview_guard.wasm"
WASM_PKG_DIR="extension/pkg"

export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# Seconds since the epoch with milliseconds, for timings.
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1fs", b - a }'; }

# The npm packages from package-lock.json (npm ci) when any the build needs
# is missing: build.rs compiles the Hunspell dictionaries of dictionary-en
# and dictionary-en-gb into the core, so every cargo build needs them.
ensure_npm_packages() {
  if [[ -f node_modules/dictionary-en/index.dic && -f node_modules/dictionary-en-gb/index.dic \
        && -d node_modules/esbuild ]]; then
    note "present"
  else
    npm ci --no-audit --no-fund
  fi
}
