#!/usr/bin/env node
// Assembles the extension from extension/ (with the generated extension/pkg/)
// into dist/chromium/ and dist/firefox/, and zips each into
// dist/interview-guard-<browser>.zip. Run by ./scripts/build as its last
// step; installs the npm dev dependencies first when node_modules is missing.
//
// - content entry points (content/main.js) are bundled with esbuild into one
//   classic script each (MV3 content scripts cannot be ES modules);
// - everything else is copied as is (background, popup, options and the
//   warning page are ES modules);
// - the manifest is written per browser from extension/manifest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'extension');
const DIST = join(ROOT, 'dist');
const CONTENT_ENTRIES = ['content/main.js'];
// Source-only files that are not part of the built extension.
const SKIP = new Set(['README-sections.md']);

function ensureNodeModules() {
  if (existsSync(join(ROOT, 'node_modules', 'esbuild'))) return;
  const args = existsSync(join(ROOT, 'package-lock.json')) ? ['ci'] : ['install'];
  console.log(`    node_modules missing: npm ${args[0]}`);
  execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
}

/** @param {string} dir @returns {string[]} paths relative to dir */
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p).map((q) => join(name, q)));
    else out.push(name);
  }
  return out;
}

function manifestFor(browser) {
  const m = JSON.parse(readFileSync(join(SRC, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') {
    m.background = { service_worker: m.background.service_worker, scripts: [m.background.service_worker], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: 'interview-guard@interview-guard.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
    // Firefox does not know use_dynamic_url; it gives every install a random host already.
    for (const w of m.web_accessible_resources) delete w.use_dynamic_url;
  }
  return m;
}

/**
 * The notices that must travel with the built extension: the WASM core
 * compiles in the Hunspell dictionaries of the npm packages dictionary-en and
 * dictionary-en-gb (SCOWL; their licences ask for their text in every copy)
 * and the spellbook crate (MPL-2.0: say where its source is).
 */
function thirdPartyNotices() {
  const licence = (pkg) => readFileSync(join(ROOT, 'node_modules', pkg, 'license'), 'utf8');
  const rule = '='.repeat(78);
  return [
    'Third-party software in Interview Guard',
    '',
    'The WebAssembly core (pkg/interview_guard_bg.wasm) contains:',
    '',
    '- The English spelling dictionaries of the npm packages dictionary-en 4.0.0',
    '  (en_US) and dictionary-en-gb 3.0.0 (en_GB), built from SCOWL; their licence',
    '  texts follow below, unchanged.',
    '- spellbook 0.4.2 (Mozilla Public License 2.0), unmodified: its source is the',
    '  crate "spellbook" version 0.4.2 in the Rust crate registry and',
    '  https://github.com/helix-editor/spellbook; the licence text is at',
    '  https://mozilla.org/MPL/2.0/.',
    '- Rust crates under permissive licences: serde, serde_json, hashbrown,',
    '  unicode-normalization, tinyvec, itoa, memchr, zmij, wasm-bindgen',
    '  (MIT or Apache-2.0), foldhash (Zlib).',
    '',
    rule,
    'dictionary-en 4.0.0: license',
    rule,
    licence('dictionary-en'),
    rule,
    'dictionary-en-gb 3.0.0: license',
    rule,
    licence('dictionary-en-gb'),
  ].join('\n');
}

/** Minimal zip writer (deflate), so packaging needs no extra tool. */
function zip(dir, outFile) {
  const files = walk(dir);
  const chunks = [];
  const central = [];
  let offset = 0;
  const dosTime = 0; // 1980-01-01 00:00: reproducible archives
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const rel of files) {
    const name = Buffer.from(rel.split(sep).join('/'), 'utf8');
    const data = readFileSync(join(dir, rel));
    const comp = deflateRawSync(data, { level: 9 });
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, comp);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt16LE(dosTime, 12);
    cen.writeUInt16LE(dosDate, 14);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(comp.length, 20);
    cen.writeUInt32LE(data.length, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += local.length + name.length + comp.length;
  }
  const cenBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cenBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(outFile, Buffer.concat([...chunks, cenBuf, end]));
}

async function main() {
  ensureNodeModules();
  if (!existsSync(join(SRC, 'pkg', 'interview_guard.js'))) {
    console.warn('    warning: extension/pkg/ is missing (run ./scripts/build): the extension will not start');
  }
  const esbuild = await import('esbuild');
  const bundles = {};
  for (const entry of CONTENT_ENTRIES) {
    const r = await esbuild.build({
      entryPoints: [join(SRC, entry)],
      bundle: true,
      format: 'iife',
      target: ['chrome120', 'firefox128'],
      write: false,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
    });
    bundles[entry] = r.outputFiles[0].contents;
  }
  const notices = thirdPartyNotices();
  const contentSources = new Set(walk(join(SRC, 'content')).map((p) => join('content', p)));
  for (const browser of ['chromium', 'firefox']) {
    const out = join(DIST, browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const rel of walk(SRC)) {
      if (SKIP.has(rel) || rel === 'manifest.json') continue;
      // Content sources are bundled; only their CSS is copied.
      if (contentSources.has(rel) && !rel.endsWith('.css')) continue;
      mkdirSync(dirname(join(out, rel)), { recursive: true });
      copyFileSync(join(SRC, rel), join(out, rel));
    }
    for (const [entry, code] of Object.entries(bundles)) {
      mkdirSync(dirname(join(out, entry)), { recursive: true });
      writeFileSync(join(out, entry), code);
    }
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
    writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), notices);
    const zipFile = join(DIST, `interview-guard-${browser}.zip`);
    zip(out, zipFile);
    console.log(`    ${relative(ROOT, out)}/ (${walk(out).length} files), ${relative(ROOT, zipFile)}`);
  }
}

main().catch((e) => {
  console.error(`assemble: ${e.stack || e}`);
  process.exit(1);
});
