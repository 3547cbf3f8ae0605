// The real-page tier: the site adapters on pages real browsers rendered
// (../shared/real-pages/, read at test time, never copied here), served at
// their real addresses with a strict CSP. Expectations: real-pages.json.
// Skipped, saying so, when the folder is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const REAL = join(ROOT, '..', 'shared', 'real-pages');
const expectations = JSON.parse(readFileSync(join(ROOT, 'tests', 'real-pages', 'real-pages.json'), 'utf8'));
const hash = (/** @type {string} */ s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const present = existsSync(REAL);

/** @type {any} */
let h;
/** @type {string} */
let code;
/** @type {Map<string, string>} */
const served = new Map();

before(async () => {
  if (!present) return;
  const { launch } = await import('../e2e/harness.mjs');
  const esbuild = await import('esbuild');
  const r = await esbuild.build({ entryPoints: [join(ROOT, 'tests', 'real-pages', 'adapters-entry.js')], bundle: true, format: 'iife', write: false });
  code = r.outputFiles[0].text;
  h = await launch((url) => {
    const file = served.get(url.origin + url.pathname);
    return file ? { body: readFileSync(file) } : null;
  });
});
after(async () => {
  await h?.close();
});

if (!present) {
  test('real pages', { skip: 'skipped: no real pages (../shared/real-pages is absent)' }, () => {});
}

for (const [file, exp] of Object.entries(expectations)) {
  if (file.startsWith('_') || !present) continue;
  if (exp.skip) {
    test(`real page ${file}`, { skip: exp.skip }, () => {});
    continue;
  }
  test(`real page ${file}: the adapter finds exactly the expected controls and boxes`, async () => {
    const path = join(REAL, file);
    assert.ok(existsSync(path), `${file} is listed but missing`);
    const url = new URL(exp.url);
    served.set(url.origin + url.pathname, path);
    const page = await h.ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(exp.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(code);
    const got = await page.evaluate(() => globalThis.__igDescribe());
    assert.ok(got, 'no adapter picked');
    assert.equal(got.page ? hash(`name:${got.page.name.toLowerCase().split(/\s+/)[0]} ${got.page.name.toLowerCase().split(/\s+/).at(-1)}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) : null, exp.profileNameHash);
    if (got.page) assert.equal(got.page.profile, exp.url);
    assert.deepEqual(got.actions, exp.actions);
    if (exp.actionsNamingProfile) assert.deepEqual(got.naming, exp.actionsNamingProfile);
    // Whom each control is about: "where action nameHash profileHash" (null when not known), in any order.
    if (exp.targets) {
      const h = (/** @type {string|null} */ s) => (s == null ? 'null' : hash(s));
      const seen = got.targets.map((/** @type {any} */ t) => `${t.where} ${t.action} ${h(t.name)} ${h(t.profile)}`).sort();
      assert.deepEqual(seen, [...exp.targets].sort());
    }
    if (exp.probes) assert.deepEqual(got.probes, exp.probes, 'health probes expected on this page, and found');
    assert.equal(got.composers.length, exp.composers.length);
    for (const [i, c] of exp.composers.entries()) {
      const g = got.composers[i];
      assert.equal(g.surface, c.surface);
      assert.deepEqual(g.to.map(hash), c.toHash);
      if (c.editableTag) assert.equal(g.editableTag, c.editableTag);
      if (c.sendButtons != null) assert.equal(g.sendButtons, c.sendButtons);
    }
    assert.deepEqual(errors, [], 'errors in the page');
    await page.close();
  });
}

test('real page: Connect in the top card of a saved LinkedIn profile is held for a tracked person', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'linkedin/profile-connect-primary-2024-07.html');
  const url = 'https://www.linkedin.com/in/test-profile/';
  served.set(url, file);
  const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked person is whoever the page is about (read now, never stored in the repository).
  const name = (await page.locator('main h1').first().innerText()).trim();
  const log = janeLog({ at: daysFromNow(-1, 15) });
  log.people[0] = { ...log.people[0], name, emails: [], profiles: [url] };
  await h.setLog(log);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  await page.locator(`main button[aria-label="Invite ${name} to connect"]`).click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(name));
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.close();
});

test('real page: a status check typed into the open chat box of a saved Facebook feed is warned about, and Enter is held, for a tracked chat partner', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'facebook/home-composer-chat-2025-07.html');
  const url = 'https://www.facebook.com/';
  served.set(url, file);
  const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked person is whoever the chat is with (read now, never stored in the repository).
  await page.evaluate(code);
  const [partner] = (await page.evaluate(() => globalThis.__igDescribe())).composers.find((/** @type {any} */ c) => c.surface === 'direct_message').to;
  assert.match(partner, /^https:\/\/www\.facebook\.com\/profile\.php\?id=\d+$/);
  const headerLink = page.locator(`a[aria-label][href="${partner.replace('profile.php?id=', '')}/"]`).first();
  const name = ((await headerLink.getAttribute('aria-label')) || '').trim();
  assert.ok(name.split(/\s+/).length >= 2, 'the chat header names the partner');
  const log = janeLog({ at: daysFromNow(-1, 15) });
  log.people[0] = { ...log.people[0], name, emails: [], profiles: [partner] };
  await h.setLog(log);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  const box = page.locator('[contenteditable="true"][role="textbox"][aria-label="Message"]');
  await box.click();
  await page.keyboard.type(`Hi ${name.split(/\s+/)[0]}, is there any update on the decision?`);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe[src^="chrome-extension://"]');
  await frame.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.ok((await frame.locator('#card').innerText()).includes(name));
  await frame.getByRole('button', { name: /^Edit/ }).click();
  await page.close();
});
