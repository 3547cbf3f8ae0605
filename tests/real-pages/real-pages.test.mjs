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

/**
 * Makes one person, read from the page at test time (never stored in the
 * repository), the tracked interviewer of an interview yesterday, and
 * reloads the page so that its content script knows them.
 * @param {import('playwright-core').Page} page @param {Record<string, any>} person
 */
async function trackOnPage(page, person) {
  const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
  const log = janeLog({ at: daysFromNow(-1, 15) });
  log.people[0] = { ...log.people[0], ...person };
  await h.setLog(log);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
}

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
    // Whom each guarded control acts on, in page order: the hash of the
    // target's profile URL (or null) as a list, or by where:action.
    if (Array.isArray(exp.targetProfileHashes)) assert.deepEqual(got.targets.map((/** @type {any} */ t) => (t.profile ? hash(t.profile) : null)), exp.targetProfileHashes);
    else if (exp.targetProfileHashes) {
      const hashes = Object.fromEntries(Object.entries(got.targetsByKind).map(([k, v]) => [k, /** @type {string[]} */ (v).map(hash)]));
      assert.deepEqual(hashes, exp.targetProfileHashes);
    }
    // Whom each control is about: "where action nameHash profileHash" (null when not known), in any order.
    if (exp.targets) {
      const h = (/** @type {string|null} */ s) => (s == null ? 'null' : hash(s));
      const seen = got.targets.map((/** @type {any} */ t) => `${t.where} ${t.action} ${h(t.name)} ${h(t.profile)}`).sort();
      assert.deepEqual(seen, [...exp.targets].sort());
    }
    // Health probes: every probe by id ({expected, found}); or those this
    // page should satisfy, as id → found or as a list.
    if (exp.probesFound) assert.deepEqual(got.probesFound, exp.probesFound, 'health probes expected on this page, and found');
    if (Array.isArray(exp.probes)) assert.deepEqual(got.probesExpected, exp.probes);
    else if (exp.probes) assert.deepEqual(got.probes, exp.probes);
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
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked person is whoever the page is about (read now, never stored in the repository).
  const name = (await page.locator('main h1').first().innerText()).trim();
  await trackOnPage(page, { name, emails: [], profiles: [url] });
  await page.locator(`main button[aria-label="Invite ${name} to connect"]`).click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(name));
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.close();
});

test('real page: on the saved 2026 LinkedIn feed, Follow and the reaction button of a tracked author\'s post are held; the card names them', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'linkedin/feed-sdui-2026-05.html');
  const url = 'https://www.linkedin.com/feed/';
  served.set(url, file);
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked person is the author of the first post with a Follow button
  // and a picture link to their profile (read now, never stored in the repository).
  const who = await page.evaluate(() => {
    for (const post of document.querySelectorAll('[data-testid="mainFeed"] [role="listitem"]')) {
      const follow = post.querySelector('button[aria-label^="Follow "]');
      const name = follow?.getAttribute('aria-label')?.slice('Follow '.length);
      const img = [...post.querySelectorAll('a[href*="/in/"] img[alt]')].find((i) => i.getAttribute('alt')?.replace('\u2019', "'").startsWith(`View ${name}'`));
      const href = img?.closest('a')?.getAttribute('href');
      if (name && href) return { name, profile: new URL(href).origin + new URL(href).pathname, index: [...document.querySelectorAll('[data-testid="mainFeed"] [role="listitem"]')].indexOf(post) };
    }
    return null;
  });
  assert.ok(who, 'no post with a Follow button and an author link');
  // Only the profile: the name on the page may be shortened ("Jane D."); the link is what identifies them.
  await trackOnPage(page, { name: 'Tracked Author', emails: [], profiles: [who.profile] });
  const post = page.locator('[data-testid="mainFeed"] [role="listitem"]').nth(who.index);
  for (const button of [post.locator(`button[aria-label="Follow ${who.name}"]`), post.locator('button[aria-label="Reaction button state: no reaction"]')]) {
    await button.click();
    const frame = await h.warningFrame(page);
    assert.match(await frame.locator('#card').innerText(), /Tracked Author/);
    await frame.getByRole('button', { name: /^Cancel/ }).click();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('iframe[src^="chrome-extension://"]:visible').count(), 0);
  }
  await page.close();
});

test('real page: Follow in "Who to follow" on the saved X home timeline is held for a tracked handle, and the card names the person', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'x/home-timeline-2025-02.html');
  const url = 'https://x.com/home';
  served.set(url, file);
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked handle is the first suggestion's (read now, never stored in the repository).
  const follow = page.locator('[data-testid="sidebarColumn"] [data-testid$="-follow"]').first();
  const handle = /@(\w+)/.exec((await follow.getAttribute('aria-label')) || '')?.[1];
  assert.ok(handle, 'no @handle in the Follow label');
  await trackOnPage(page, { emails: [], profiles: [`https://x.com/${handle}`] });
  await page.locator(`[data-testid="sidebarColumn"] [aria-label="Follow @${handle}"]`).click();
  const frame = await h.warningFrame(page);
  const text = await frame.locator('#card').innerText();
  assert.match(text, /Stop\s*Don't follow Jane Doe on X/i);
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Follow anyway');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.close();
});

test('real page: a vent typed into the comment box of the saved Instagram post dialog gets the public-vent warning', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'instagram/own-profile-post-modal-2025-06.html');
  const url = new URL(expectations['instagram/own-profile-post-modal-2025-06.html'].url);
  served.set(url.origin + url.pathname, file);
  const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
  await h.setLog(janeLog({ at: daysFromNow(-2, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(url.href, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  await page.locator('[role="dialog"] form textarea').click();
  await page.keyboard.type('Interviewed at Acme Corp yesterday. What a disorganized, disrespectful mess. Worst hiring process ever.');
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#warnings li.stop').first().innerText(), /This post complains about Acme Corp/);
  await page.close();
});

test('real page: a status check typed into the open chat box of a saved Facebook feed is warned about, and Enter is held, for a tracked chat partner', { skip: !present && 'skipped: no real pages' }, async () => {
  const file = join(REAL, 'facebook/home-composer-chat-2025-07.html');
  const url = 'https://www.facebook.com/';
  served.set(url, file);
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The tracked person is whoever the chat is with (read now, never stored in the repository).
  await page.evaluate(code);
  const [partner] = (await page.evaluate(() => globalThis.__igDescribe())).composers.find((/** @type {any} */ c) => c.surface === 'direct_message').to;
  assert.match(partner, /^https:\/\/www\.facebook\.com\/profile\.php\?id=\d+$/);
  const headerLink = page.locator(`a[aria-label][href="${partner.replace('profile.php?id=', '')}/"]`).first();
  const name = ((await headerLink.getAttribute('aria-label')) || '').trim();
  assert.ok(name.split(/\s+/).length >= 2, 'the chat header names the partner');
  await trackOnPage(page, { name, emails: [], profiles: [partner] });
  const box = page.locator('[contenteditable="true"][role="textbox"][aria-label="Message"]');
  await box.click();
  await page.keyboard.type(`Hi ${name.split(/\s+/)[0]}, is there any update on the decision?`);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe[src^="chrome-extension://"]:visible');
  await frame.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.ok((await frame.locator('#card').innerText()).includes(name));
  await frame.getByRole('button', { name: /^Edit/ }).click();
  await page.close();
});

// A vent typed into the real comment boxes of saved feeds.
for (const [file, url, box] of [
  ['linkedin/feed-comment-box-2022-05.html', 'https://www.linkedin.com/feed/', '[contenteditable="true"][role="textbox"]:not(.ql-clipboard)'],
  ['facebook/home-chat-2022-04.html', 'https://www.facebook.com/', '[contenteditable="true"][aria-label="Write a comment"]'],
]) {
  test(`real page: a vent about the company typed into the comment box of ${file} gets the public-vent warning`, { skip: !present && 'skipped: no real pages' }, async () => {
    served.set(url, join(REAL, file));
    const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
    await h.setLog(janeLog({ at: daysFromNow(-2, 15) }));
    const page = await h.ctx.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(400);
    await page.locator(box).first().click();
    await page.keyboard.type('Acme Corp ghosted me after the final round. What a joke of a company.');
    const frame = await h.warningFrame(page);
    assert.match(await frame.locator('#warnings li.stop').first().innerText(), /complains about Acme Corp/);
    await page.close();
  });
}

test('real page: a status check to the interviewer typed into the saved Gmail compose dialog holds Send', { skip: !present && 'skipped: no real pages' }, async () => {
  const url = 'https://mail.google.com/mail/u/0/';
  served.set(url, join(REAL, 'gmail/compose-dialog-2020-10.html'));
  const { janeLog, daysFromNow } = await import('../e2e/harness.mjs');
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  // The saved page has no styles, and its To field is not laid out: set it as typing would.
  await page.locator('textarea[name="to"]').evaluate((el) => {
    /** @type {HTMLTextAreaElement} */ (el).value = 'jane.doe@acme.example';
  });
  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  await page.keyboard.type('Hi Jane, is there any update on the decision?');
  await h.warningFrame(page);
  await page.waitForTimeout(600);
  await page.locator('[role="button"][aria-label^="Send"]').first().click();
  const card = page.frameLocator('iframe[src^="chrome-extension://"]:visible');
  await card.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.match(await card.locator('#warnings').innerText(), /too soon/i);
  await page.close();
});

test('real page: Follow in the top card of the saved "Follow primary" LinkedIn profile is held for a tracked person', { skip: !present && 'skipped: no real pages' }, async () => {
  const url = 'https://www.linkedin.com/in/test-profile/';
  served.set(url, join(REAL, 'linkedin/profile-follow-primary-2024-07.html'));
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const name = (await page.locator('main h1').first().innerText()).trim();
  await trackOnPage(page, { name, emails: [], profiles: [url] });
  await page.locator(`main section:has(h1) [aria-label="Follow ${name}"]`).first().click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(name));
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Follow anyway');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.close();
});
