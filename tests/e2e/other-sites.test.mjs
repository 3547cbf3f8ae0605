// Other sites: the options page adds a site (the browser's optional host
// permission), the background registers the content script for it, and the
// generic adapter checks its text boxes: a vent about the company in a
// forum reply is warned about and Post is held; a neutral reply is not;
// removing the site stops it.
//
// Chromium cannot answer its own permission prompt in a test, so this file
// loads a copy of the built extension that was granted the test site at
// install (the request then succeeds at once, as after the person said yes);
// everything else is the real extension.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, fixture, janeLog, daysFromNow, DIST, card } from './harness.mjs';

const SITE = 'https://forum.example';
/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ig-other-'));
  cpSync(DIST, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  m.host_permissions.push(`${SITE}/*`);
  m.permissions.push('scripting');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  h = await launch(
    (url) => {
      if (url.origin === SITE && url.pathname === '/t/1') return { body: fixture('other-forum.html') };
      if (url.origin === 'https://www.example.org') return { body: '<!doctype html><p>another site</p>' };
      return null;
    },
    { headed: false, dist: dir },
  );
});
after(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const VENT = "Acme Corp's hiring process was a total joke. Worst company I have ever dealt with, avoid them.";

/** @param {import('playwright-core').Page} opts @param {string} input */
async function addSite(opts, input) {
  // Each answer replaces the page: wait for the new message, not the last one.
  await opts.evaluate(() => document.getElementById('otherSiteMessage')?.remove());
  await opts.locator('#otherSite').fill(input);
  await opts.locator('#addOtherSite').click();
  const msg = opts.locator('#otherSiteMessage');
  await msg.waitFor();
  return msg.innerText();
}

test('other sites: bad addresses get a clear message; a site added on the options page is checked by the generic adapter; removing it stops that', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const opts = await h.ctx.newPage();
  await opts.goto(`${h.base}/options/options.html`);
  assert.match(await addSite(opts, 'not a site'), /not a web address/);
  assert.match(await addSite(opts, 'http://forum.example'), /Only https/);
  assert.match(await addSite(opts, ''), /Type the address/);
  assert.match(await addSite(opts, 'forum.example/t/1'), /now checks what you write on https:\/\/forum\.example/);
  assert.deepEqual(await opts.locator('#otherSites li').allInnerTexts(), ['https://forum.example Remove']);

  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(`${SITE}/t/1`);
  await page.locator('#body').click();
  await page.keyboard.type(VENT);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /public/i);
  // Post sits right of the box, where a card beside it would go: the card
  // moves elsewhere (a click on a covered button would fail here).
  await page.getByRole('button', { name: 'Post reply' }).click({ timeout: 5000 });
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__posted), [], 'held');
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__posted.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ how: 'reply', text: VENT }]);

  // A neutral comment in the rich-text box goes straight through.
  await page.locator('[contenteditable]').click();
  await page.keyboard.type('Good luck to everyone with interviews this week!');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await page.waitForFunction(() => window.__posted.length > 1);
  assert.equal(await page.evaluate(() => window.__posted[1].how), 'comment');
  assert.deepEqual(errors, []);
  await page.close();

  // Sites not added are never touched.
  const other = await h.ctx.newPage();
  await other.goto('https://www.example.org/');
  assert.equal(await other.evaluate(() => document.documentElement.outerHTML), '<html><head></head><body><p>another site</p></body></html>');
  await other.close();

  await opts.evaluate(() => document.getElementById('otherSiteMessage')?.remove());
  await opts.getByRole('button', { name: 'Remove https://forum.example' }).click();
  await opts.locator('#otherSiteMessage').waitFor();
  assert.equal(await opts.locator('#otherSites li').count(), 0);
  const again = await h.ctx.newPage();
  await again.goto(`${SITE}/t/1`);
  await again.locator('#body').click();
  await again.keyboard.type(VENT);
  await again.waitForTimeout(1000);
  assert.equal(await again.locator('iframe').count(), 0, 'no card once the site is removed');
  await again.getByRole('button', { name: 'Post reply' }).click();
  await again.waitForFunction(() => window.__posted.length > 0);
  await again.close();
  await opts.close();
});
