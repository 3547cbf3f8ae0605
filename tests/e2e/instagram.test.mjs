// Instagram: comments (Post and Enter), direct messages (plain Enter sends),
// Follow and Like. Fixture pages modelled on Instagram's markup
// (tests/fixtures/pages/instagram-*.html), served at www.instagram.com with
// a strict CSP; the real WASM core; times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card, extFrames } from './harness.mjs';

/** handle → [full name, id of one of their posts, id of a thread with them]. */
const PEOPLE = { janedoe: ['Jane Doe', 'JANE1', '3401'], chrisvale: ['Chris Vale', 'CHRIS1', '3402'] };
const find = (/** @type {number} */ i, /** @type {string} */ v) => Object.keys(PEOPLE).find((k) => PEOPLE[k][i] === v);

/**
 *   www.instagram.com/p/POST/         a post of that person, open in a dialog
 *   www.instagram.com/direct/t/ID/    a thread with that person
 *   www.instagram.com/HANDLE/         a profile
 * @param {URL} url
 */
function serve(url) {
  if (url.host !== 'www.instagram.com') return null;
  const p = /^\/p\/(\w+)\/$/.exec(url.pathname);
  if (p && find(1, p[1])) return { body: fixture('instagram-post.html', { HANDLE: /** @type {string} */ (find(1, p[1])) }) };
  const t = /^\/direct\/t\/(\d+)\/$/.exec(url.pathname);
  const who = t && find(2, t[1]);
  if (who) return { body: fixture('instagram-direct.html', { HANDLE: who, NAME: PEOPLE[who][0] }) };
  const u = /^\/([\w.]+)\/$/.exec(url.pathname);
  if (u && PEOPLE[u[1]]) return { body: fixture('instagram-profile.html', { HANDLE: u[1], NAME: PEOPLE[u[1]][0] }) };
  return null;
}

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serve);
});
after(async () => {
  await h?.close();
});

/** Jane Doe's log with her Instagram profile; the interview `days` ago. */
function log(days = -1) {
  const l = janeLog({ at: daysFromNow(days, 15) });
  l.people[0].profiles.push('https://www.instagram.com/janedoe/');
  return l;
}

/** Where the page's own listeners got events of a type (on a control with this label, when given). @param {import('playwright-core').Page} page @param {string} type @param {string} [label] */
const got = (page, type, label) =>
  page.evaluate(([t, l]) => window.__received.filter((r) => r.type === t && (l == null || r.label === l)).map((r) => r.where), [type, label]);
/** Where the page's own listeners got Enter. @param {import('playwright-core').Page} page */
const enters = (page) => page.evaluate(() => window.__received.filter((r) => r.type === 'keydown' && r.key === 'Enter').map((r) => r.where));
const ONCE = ['window-capture', 'root-capture', 'root-bubble'];

test('Instagram post: the adapter reports the comment box to the post\'s author, the post\'s Like and Follow, and a comment\'s Like to its commenter', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://www.instagram.com/p/JANE1/');
  const d = await describeAdapters(page);
  assert.equal(d.page, null);
  assert.deepEqual(d.actions, { main: { follow: 1, like: 1 }, comment: { like: 1 } });
  assert.deepEqual(d.targetsByKind, {
    'main:follow': ['https://www.instagram.com/janedoe/'],
    'comment:like': ['https://www.instagram.com/samlee/'],
    'main:like': ['https://www.instagram.com/janedoe/'],
  });
  assert.deepEqual(d.composers, [{ surface: 'comment', to: ['https://www.instagram.com/janedoe/'], editableTag: 'TEXTAREA', sendButtons: 1 }]);
  await page.close();
});

test('Instagram profile and thread: the page is the person (address, full name); the thread\'s box is a direct message to the partner the header links to', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://www.instagram.com/janedoe/');
  let d = await describeAdapters(page);
  assert.deepEqual(d.page, { name: 'Jane Doe', profile: 'https://www.instagram.com/janedoe/' });
  assert.deepEqual(d.actions, { 'top-card': { follow: 1 }, list: { follow: 1 } });
  assert.deepEqual(d.targetsByKind, { 'top-card:follow': ['https://www.instagram.com/janedoe/'], 'list:follow': ['https://www.instagram.com/chrisvale/'] });
  assert.deepEqual(d.composers, []);
  await page.goto('https://www.instagram.com/direct/t/3401/');
  d = await describeAdapters(page);
  assert.equal(d.page, null);
  assert.deepEqual(d.composers, [{ surface: 'direct_message', to: ['https://www.instagram.com/janedoe/'], editableTag: 'DIV', sendButtons: 1 }]);
  await page.close();
});

test('Instagram Follow: on a tracked interviewer\'s profile it is held and the card names her; "Follow anyway" follows once; a suggested untracked person\'s Follow is not held', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.instagram.com/janedoe/');
  await page.waitForTimeout(300);
  const follow = page.locator('main header button', { hasText: 'Follow' });
  await follow.click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.deepEqual(await got(page, 'click', 'Follow'), [], 'the held click reached the page');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__follows), []);

  await follow.click();
  await card(page).getByRole('button', { name: 'Follow anyway' }).click();
  await page.waitForFunction(() => window.__follows.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__follows), ['janedoe']);
  assert.deepEqual(await got(page, 'click', 'Follow'), ONCE);

  await page.locator('[aria-label="Suggested for you"] button', { hasText: 'Follow' }).click();
  await page.waitForFunction(() => window.__follows.length > 1);
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__follows), ['janedoe', 'chrisvale']);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

const VENT = 'Interviewed at Acme Corp yesterday. What a disorganized, disrespectful mess. Worst hiring process ever.';

test('Instagram comment: a vent about the company on the interviewer\'s post is warned about; Post and Enter are held; "Post anyway" posts once; a neutral comment is not held', async () => {
  await h.setLog(log(-2));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.instagram.com/p/JANE1/');
  const box = page.locator('textarea[aria-label="Add a comment…"]');
  await box.click();
  await page.keyboard.type(VENT);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);

  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match(await card(page).locator('#warnings li.stop').first().innerText(), /Acme Corp/);
  assert.deepEqual(await enters(page), [], 'the held Enter reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__comments), []);
  assert.equal(await box.inputValue(), VENT);

  const post = page.locator('form [role="button"]', { hasText: 'Post' });
  await post.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__comments.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__comments), [{ how: 'button', text: VENT }]);
  assert.deepEqual(await got(page, 'click', 'Post'), ONCE);

  await box.click();
  await page.keyboard.type('Congratulations on the launch, the photos look great.');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__comments.length > 1);
  assert.deepEqual(await page.evaluate(() => window.__comments.map((c) => c.how)), ['button', 'enter']);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Instagram Like: the tracked interviewer\'s post is held ("Like anyway" likes once); a comment by someone else is not', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  await page.goto('https://www.instagram.com/p/JANE1/');
  await page.waitForTimeout(300);
  await page.locator('section [role="button"]:has(svg[aria-label="Like"])').click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  await frame.getByRole('button', { name: 'Like anyway' }).click();
  await page.waitForFunction(() => window.__likes.length > 0);
  await page.locator('li [role="button"]:has(svg[aria-label="Like"])').click();
  await page.waitForFunction(() => window.__likes.length > 1);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__likes), ['janedoe', 'samlee']);
  assert.equal(await extFrames(page), 0);
  await page.close();
});

test('Instagram Direct: a status check to the interviewer the day after, sent with Enter, is held; "Send anyway" sends once', async () => {
  await h.setLog(log(-1));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.instagram.com/direct/t/3401/');
  const box = page.locator('[contenteditable="true"][aria-label="Message"]');
  await box.click();
  await page.keyboard.type('Hi Jane, is there any update on the decision?');
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await enters(page), [], 'the held Enter reached the page');
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ how: 'enter', text: 'Hi Jane, is there any update on the decision?' }]);
  assert.deepEqual(await enters(page), ONCE);
  assert.deepEqual(errors, []);
  await page.close();
});
