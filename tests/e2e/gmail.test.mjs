// Gmail beyond the compose dialog: the inline reply under a thread's last
// message (recipients from its own chips, never from the thread's message
// headers or your own avatar) and the pop-out compose window
// (?view=cm). Fixture pages modelled on Gmail's markup, served at
// mail.google.com with a strict CSP; the real WASM core; times relative to
// the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card } from './harness.mjs';

const JANE = 'jane.doe@acme.example';
const SAM = 'sam@elsewhere.example';

/**
 *   mail.google.com/mail/u/0/?view=cm&…       the pop-out compose window, to Jane Doe, Sam typed in Cc
 *   mail.google.com/mail/u/0/?reply=sam       a thread from Jane Doe with an inline reply to Sam Lee
 *   mail.google.com/mail/u/0/                 the same thread, the inline reply to Jane Doe
 * @param {URL} url
 */
function serve(url) {
  if (url.host !== 'mail.google.com' || !url.pathname.startsWith('/mail/')) return null;
  if (url.searchParams.get('view') === 'cm') return { body: fixture('gmail-popout.html', { TO: JANE, TONAME: 'Jane Doe', CC: SAM }) };
  const toSam = url.searchParams.get('reply') === 'sam';
  return { body: fixture('gmail-thread.html', { REPLYTO: toSam ? SAM : JANE, REPLYNAME: toSam ? 'Sam Lee' : 'Jane Doe' }) };
}

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serve);
});
after(async () => {
  await h?.close();
});

/** @param {import('playwright-core').Page} page */
const sent = (page) => page.evaluate(() => window.__sent.map((s) => [s.id, s.how]));

const STATUS_CHECK = 'Hi Jane, is there any update on the role? I would love to hear about the next steps.';

test('Gmail inline reply: the recipients are the reply\'s own chips — not the senders and Cc in the thread\'s headers, not your own avatar', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  let d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'email', to: [JANE], editableTag: 'DIV', sendButtons: 1 }]);
  assert.deepEqual(d.probes, { 'compose-send': { expected: true, found: true } });
  // A reply to Sam in a thread whose headers show Jane Doe: Sam only.
  await page.goto('https://mail.google.com/mail/u/0/?reply=sam');
  d = await describeAdapters(page);
  assert.deepEqual(d.composers.map((/** @type {any} */ c) => c.to), [[SAM]]);
  await page.close();
});

test('Gmail inline reply: a status check to the interviewer the morning after is held on Send and on Ctrl+Enter; "Send anyway" sends once and the reply closes', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://mail.google.com/mail/u/0/');
  const body = page.locator('#reply1 [contenteditable="true"]');
  await body.click();
  await page.keyboard.type(STATUS_CHECK);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);

  await page.locator('#reply1 [role="button"][aria-label^="Send"]').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await sent(page), [], 'the held Send reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), []);

  await body.click();
  await page.keyboard.press('Control+Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await sent(page), [], 'the held Ctrl+Enter reached the page');
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [['reply1', 'ctrl-enter']]);
  assert.equal(await page.locator('#reply1').count(), 0, 'the reply box closed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Gmail inline reply: the same words in a reply to someone else in the interviewer\'s thread are not held and send once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/?reply=sam');
  await page.locator('#reply1 [contenteditable="true"]').click();
  await page.keyboard.type(STATUS_CHECK);
  await page.waitForTimeout(1000);
  assert.equal(await card(page).locator('li.stop').count(), 0);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [['reply1', 'ctrl-enter']]);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  await page.close();
});

test('Gmail pop-out compose window: recipients from the chips and the Cc text; a status check to the interviewer is held on Send; "Send anyway" sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(`https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1&to=${encodeURIComponent(JANE)}`);
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'email', to: [JANE, SAM], editableTag: 'DIV', sendButtons: 1 }]);
  await page.locator('input[name="subjectbox"]').fill('Checking in');
  await page.locator('[contenteditable="true"]').click();
  await page.keyboard.type(STATUS_CHECK);
  await h.warningFrame(page);
  await page.locator('[role="button"][aria-label^="Send"]').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await sent(page), []);
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [['popout', 'mouseup']]);
  assert.match(await page.locator('#root').innerText(), /Message sent/);
  assert.deepEqual(errors, []);
  await page.close();
});
