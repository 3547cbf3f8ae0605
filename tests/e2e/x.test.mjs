// X: the post box, replies, direct messages (plain Enter sends), Follow and
// Like. Fixture pages modelled on X's markup (tests/fixtures/pages/x-*.html),
// served at x.com with a strict CSP; the real WASM core; times relative to
// the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card, extFrames } from './harness.mjs';

/** handle → [display name, user id]. */
const PEOPLE = { janedoe: ['Jane Doe', '1001'], chrisvale: ['Chris Vale', '1002'] };
const BY_ID = Object.fromEntries(Object.entries(PEOPLE).map(([h, [, id]]) => [id, h]));

/**
 *   x.com/home                 the home timeline (x-home.html)
 *   x.com/HANDLE               a profile with one post and the reply dialog
 *   x.com/messages/1-ID        a conversation with the person of that user id
 * @param {URL} url
 */
function serve(url) {
  if (url.host !== 'x.com') return null;
  if (url.pathname === '/home') return { body: fixture('x-home.html') };
  const dm = /^\/messages\/\d+-(\d+)$/.exec(url.pathname);
  if (dm && BY_ID[dm[1]]) return { body: fixture('x-messages.html', { NAME: PEOPLE[BY_ID[dm[1]]][0], HANDLE: BY_ID[dm[1]] }) };
  const p = /^\/(\w+)$/.exec(url.pathname);
  if (p && PEOPLE[p[1]]) return { body: fixture('x-profile.html', { NAME: PEOPLE[p[1]][0], ID: PEOPLE[p[1]][1], HANDLE: p[1] }) };
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

/** Jane Doe's log with her X profile; the interview `days` ago. */
function log(days = -1) {
  const l = janeLog({ at: daysFromNow(days, 15) });
  l.people[0].profiles.push('https://x.com/janedoe');
  return l;
}

/** Where the page's own listeners got clicks on a control (by its label). @param {import('playwright-core').Page} page @param {string} label */
const clicks = (page, label) => page.evaluate((l) => window.__received.filter((r) => r.type === 'click' && r.label === l).map((r) => r.where), label);
const ONCE = ['window-capture', 'root-capture', 'root-bubble'];

test('X home: the adapter reports the post box, each Like with its post\'s author and the Who-to-follow handles', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://x.com/home');
  const d = await describeAdapters(page);
  assert.equal(d.page, null);
  assert.deepEqual(d.actions, { main: { like: 2 }, aside: { follow: 2 } });
  assert.deepEqual(d.targetsByKind, { 'main:like': ['https://x.com/janedoe', 'https://x.com/samlee'], 'aside:follow': ['https://x.com/janedoe', 'https://x.com/chrisvale'] });
  assert.deepEqual(d.composers, [{ surface: 'public_post', to: [], editableTag: 'DIV', sendButtons: 1 }]);
  await page.close();
});

test('X profile: the page is the person (address and header); the reply dialog is a comment to the post\'s author', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://x.com/janedoe');
  let d = await describeAdapters(page);
  assert.deepEqual(d.page, { name: 'Jane Doe', profile: 'https://x.com/janedoe' });
  assert.deepEqual(d.actions, { 'top-card': { follow: 1 }, main: { like: 1 } });
  assert.deepEqual(d.naming, { 'top-card': 1, sticky: 0, main: 1, aside: 0 });
  assert.deepEqual(d.composers, []);
  await page.locator('[data-testid="reply"]').click();
  await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').waitFor();
  d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'comment', to: ['https://x.com/janedoe'], editableTag: 'DIV', sendButtons: 1 }]);
  await page.close();
});

test('X messages: the adapter reports a direct message to the partner the header links to', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://x.com/messages/1-1001');
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'direct_message', to: ['https://x.com/janedoe'], editableTag: 'DIV', sendButtons: 1 }]);
  await page.close();
});

test('X Follow: on a tracked interviewer\'s profile it is held and the card names her; Cancel drops it; "Follow anyway" follows once; an untracked profile\'s Follow is not held', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://x.com/janedoe');
  await page.waitForTimeout(300);
  const follow = page.locator('[data-testid="1001-follow"]');
  await follow.click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.deepEqual(await clicks(page, 'Follow @janedoe'), [], 'the held click reached the page');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__follows), []);

  await follow.click();
  await card(page).getByRole('button', { name: 'Follow anyway' }).click();
  await page.waitForFunction(() => window.__follows.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__follows), ['janedoe']);
  assert.deepEqual(await clicks(page, 'Follow @janedoe'), ONCE);

  await page.goto('https://x.com/chrisvale');
  await page.waitForTimeout(300);
  await page.locator('[data-testid="1002-follow"]').click();
  await page.waitForFunction(() => window.__follows.length > 0);
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__follows), ['chrisvale']);
  assert.deepEqual(await clicks(page, 'Follow @chrisvale'), ONCE);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('X home: Follow in "Who to follow" and Like on a tracked interviewer\'s post are held; another person\'s Follow and Like go through once', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  await page.goto('https://x.com/home');
  await page.waitForTimeout(300);
  await page.locator('[data-testid="1001-follow"]').click();
  let frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);

  const likes = page.locator('[data-testid="like"]');
  await likes.first().click();
  frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Like anyway');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => [window.__follows, window.__likes]), [[], []]);

  await page.locator('[data-testid="1002-follow"]').click();
  await page.locator('article').nth(1).locator('[data-testid="like"]').click();
  await page.waitForFunction(() => window.__likes.length > 0);
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => [window.__follows, window.__likes]), [['chrisvale'], ['/samlee']]);
  assert.equal(await extFrames(page), 0);
  await page.close();
});

const VENT = 'Just left my interview at Acme Corp. What a disorganized, disrespectful mess. Worst hiring process ever.';

test('X post box: a vent about the company is warned about while typing and Post (and Ctrl+Enter) is held; "Post anyway" posts once; a neutral post is not held', async () => {
  await h.setLog(log(-2));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://x.com/home');
  const box = page.locator('[data-testid="tweetTextarea_0"]');
  await box.click();
  await page.keyboard.type(VENT);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);

  await page.keyboard.press('Control+Enter');
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match(await card(page).locator('#warnings li.stop').first().innerText(), /Acme Corp/);
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);

  await page.locator('[data-testid="tweetButtonInline"]').click();
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ how: 'button', text: VENT, reply: false }]);
  assert.deepEqual(await clicks(page, 'Post'), ONCE);

  // A neutral post: no warning, straight through.
  await box.click();
  await page.keyboard.type('Shipped a small open-source tool for parsing logs this weekend.');
  await page.waitForTimeout(800);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await page.waitForFunction(() => window.__posted.length > 1);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('X messages: a status check to the interviewer the day after, sent with Enter or Send, is held; "Send anyway" sends once', async () => {
  await h.setLog(log(-1));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://x.com/messages/1-1001');
  const box = page.locator('[data-testid="dmComposerTextInput"]');
  await box.click();
  await page.keyboard.type('Hi Jane, is there any update on the decision?');
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);

  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  assert.equal((await box.innerText()).trim(), 'Hi Jane, is there any update on the decision?');

  await page.locator('[data-testid="dmComposerSendButton"]').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ how: 'button', text: 'Hi Jane, is there any update on the decision?' }]);
  assert.deepEqual(await clicks(page, 'Send'), ONCE);
  assert.deepEqual(errors, []);
  await page.close();
});
