// The Firefox build passes `web-ext lint` with no errors (ISSUE 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'dist', 'firefox');

test('web-ext lint on dist/firefox reports no errors', { skip: !existsSync(join(DIR, 'manifest.json')) && 'dist/firefox missing' }, () => {
  let out;
  try {
    out = execFileSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  } catch (e) {
    out = /** @type {any} */ (e).stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{')));
  const errors = report.errors.map((/** @type {any} */ e) => `${e.code}: ${e.message} (${e.file ?? ''})`);
  assert.deepEqual(errors, []);
});

test('the Chromium build is a module service worker; Firefox also has background.scripts and gecko settings', async () => {
  const { readFileSync } = await import('node:fs');
  const c = JSON.parse(readFileSync(join(ROOT, 'dist', 'chromium', 'manifest.json'), 'utf8'));
  const f = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
  assert.equal(c.background.type, 'module');
  assert.equal(c.background.scripts, undefined);
  assert.deepEqual(f.background.scripts, [f.background.service_worker]);
  assert.equal(f.browser_specific_settings.gecko.strict_min_version, '142.0');
  assert.deepEqual(f.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.deepEqual(c.permissions.sort(), ['alarms', 'notifications', 'storage']);
  assert.equal(c.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.deepEqual(c.web_accessible_resources.map((/** @type {any} */ w) => [w.resources, w.use_dynamic_url]), [[['warning/warning.html'], true]]);
  assert.ok(existsSync(join(ROOT, 'dist', 'interview-guard-chromium.zip')));
  assert.ok(existsSync(join(ROOT, 'dist', 'interview-guard-firefox.zip')));
});
