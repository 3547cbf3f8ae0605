// LinkedIn's 2026 interface and its messaging: the feed with hashed class
// names (Follow and the reaction button by a post's author), the messaging
// overlay inside an open shadow root (opened after the page loaded, a
// change only inside the shadow root), and the full messaging page.
// Fixture pages modelled on the saved 2026 feed and LinkedIn's messaging
// markup, served at www.linkedin.com with a strict CSP; the real WASM core;
// times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, PROFILES, janeLog, daysFromNow, describeAdapters, extFrames, card } from './harness.mjs';

/**
 *   www.linkedin.com/feed/                      the 2026 feed; its messaging overlay's conversation is with Jane Doe
 *   www.linkedin.com/messaging/thread/2-SLUG/   the full messaging page, the thread open on SLUG (PROFILES)
 * @param {URL} url
 */
function serve(url) {
  if (url.host !== 'www.linkedin.com') return null;
  if (url.pathname === '/feed/') return { body: fixture('linkedin-feed-2026.html', { NAME: 'Jane Doe', SLUG: 'janedoe' }) };
  const t = /^\/messaging\/thread\/2-([^/]+)\/?$/.exec(url.pathname);
  if (t && PROFILES[t[1]]) return { body: fixture('linkedin-messaging-page.html', { NAME: PROFILES[t[1]][0], FIRST: PROFILES[t[1]][1], SLUG: t[1] }) };
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

/** Where the page's own listeners got clicks on a control whose label contains `label`. @param {import('playwright-core').Page} page @param {string} label */
const clicks = (page, label) => page.evaluate((l) => window.__received.filter((r) => r.type === 'click' && r.label.includes(l)).map((r) => r.where), label);
/** The n-th post of the fixture feed (data-fixture-post). @param {import('playwright-core').Page} page @param {string} which */
const post = (page, which) => page.locator(`[data-fixture-post="${which}"]`);
/** The open shadow root's conversation, through Playwright's shadow-piercing CSS. @param {import('playwright-core').Page} page */
const shadowBox = (page) => page.locator('#interop-outlet .msg-form__contenteditable');

const JANE = 'https://www.linkedin.com/in/janedoe/';
const STATUS_CHECK = 'Good morning Jane, is there any update on the decision?';

test('LinkedIn 2026 feed: the adapter reports Follow and the reaction button by each post\'s author, the profile from the author\'s picture link only', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  const d = await describeAdapters(page);
  // The course post names no author: its reaction button is not guarded.
  assert.deepEqual(d.actions, { main: { follow: 3, like: 3 } });
  assert.deepEqual(
    d.targets.map((/** @type {any} */ t) => [t.action, t.name, t.profile]),
    [
      ['follow', 'Jane Doe', JANE],
      ['like', 'Jane Doe', JANE],
      ['follow', 'Chris Vale', 'https://www.linkedin.com/in/chris-vale/'],
      ['like', 'Chris Vale', 'https://www.linkedin.com/in/chris-vale/'],
      // A company's post links a connection who follows it: never its target.
      ['follow', 'Globex', null],
      ['like', 'Globex', null],
    ],
  );
  assert.deepEqual(d.composers, [], 'no conversation is open yet');
  assert.equal(d.page, null);
  await page.close();
});

test('LinkedIn 2026 feed: the reaction button on the interviewer\'s post is held and the card names her; "Cancel" drops it, "Like anyway" lets one click through; another author\'s post is not held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/feed/');
  await page.waitForTimeout(300); // the identity index arrives
  const like = post(page, 'jane').locator('button[aria-label="Reaction button state: no reaction"]');
  await like.click();
  let frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Like anyway');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await clicks(page, 'Reaction button state'), [], 'the held click reached the page');
  assert.equal(await extFrames(page), 0);

  await like.click();
  frame = await h.warningFrame(page);
  await frame.getByRole('button', { name: 'Like anyway' }).click();
  await page.waitForFunction(() => window.__count('click', 'Reaction button state') === 3);
  await page.waitForTimeout(200);
  assert.deepEqual(await clicks(page, 'Reaction button state'), ['window-capture', 'root-capture', 'root-bubble']);

  // Chris Vale is nobody in the log: straight through, once.
  await page.evaluate(() => (window.__received.length = 0));
  await post(page, 'chris').locator('button[aria-label="Reaction button state: no reaction"]').click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(await clicks(page, 'Reaction button state'), ['window-capture', 'root-capture', 'root-bubble']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('LinkedIn 2026 feed: Follow on the interviewer\'s post is held ("Follow anyway" once); Follow on a company whose post links her as a follower is not', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await page.waitForTimeout(300);
  await post(page, 'jane').locator('button[aria-label="Follow Jane Doe"]').click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.deepEqual(await clicks(page, 'Follow Jane Doe'), []);
  await frame.getByRole('button', { name: 'Follow anyway' }).click();
  await page.waitForFunction(() => window.__count('click', 'Follow Jane Doe') === 3);
  await page.waitForTimeout(200);
  assert.deepEqual(await clicks(page, 'Follow Jane Doe'), ['window-capture', 'root-capture', 'root-bubble']);

  await post(page, 'globex').locator('button[aria-label="Follow Globex"]').click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(await clicks(page, 'Follow Globex'), ['window-capture', 'root-capture', 'root-bubble']);
  await page.close();
});

test('LinkedIn 2026 messaging in an open shadow root: a conversation opened after load is found; a status check the morning after is held on Enter and on Send; "Send anyway" sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/feed/');
  await page.waitForTimeout(300);
  // Opening the conversation changes only the shadow root.
  await page.locator('#interop-outlet [data-open-conversation="janedoe"]').click();
  const box = shadowBox(page);
  await box.waitFor();
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'direct_message', to: [JANE], editableTag: 'DIV', sendButtons: 1 }]);

  await box.click();
  await page.keyboard.type(STATUS_CHECK);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__sent), [], 'the held Enter reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  assert.equal((await box.innerText()).trim(), STATUS_CHECK);

  await page.locator('#interop-outlet .msg-form__send-button').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__sent), [], 'the held Send reached the page');
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ how: 'button', text: STATUS_CHECK }]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('LinkedIn messaging page: the thread\'s title bar names the partner (not the conversation list, not the senders); a status check with Send is held, "Send anyway" sends once; a thank-you with Enter is not held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/messaging/thread/2-janedoe/');
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'direct_message', to: [JANE], editableTag: 'DIV', sendButtons: 1 }]);
  assert.deepEqual(d.probes['message-partner'], { expected: true, found: true });
  await page.waitForTimeout(300);

  const box = page.locator('.msg-form__contenteditable');
  await box.click();
  await page.keyboard.type(STATUS_CHECK);
  await h.warningFrame(page);
  await page.locator('button.msg-form__send-button').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ how: 'button', text: STATUS_CHECK }]);

  await box.click();
  await page.keyboard.type('Hi Jane, thank you for taking the time to talk with me yesterday.');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__sent.length > 1);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => s.how)), ['button', 'enter']);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
