// Automatic logging: a message the site really sent to a tracked person is
// recorded in the log's `sent` list (thank-you or follow-up, with its text),
// the popup shows it with an Undo; a cancelled send, or a message to
// someone untracked, records nothing. Real Chromium, the real extension and
// WASM core, fixture pages at the real addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, janeLog, daysFromNow, card } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serveFixtures);
});
after(async () => {
  await h?.close();
});

/** The log's `sent` list, once it has `n` entries (or after 5 s). @param {number} n */
async function sentList(n) {
  const until = Date.now() + 5000;
  for (;;) {
    const s = await h.storage();
    const sent = s.log?.sent ?? [];
    if (sent.length >= n || Date.now() > until) return sent;
    await new Promise((r) => setTimeout(r, 200));
  }
}


test('Gmail: a thank-you sent to the interviewer is logged as a thank-you with its text; the popup shows it and Undo removes it', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const win = page.locator('#compose1');
  await win.locator('input[name="subjectbox"]').fill('Thank you');
  await win.locator('[contenteditable="true"]').click();
  const text = 'Hi Jane, thank you for taking the time to talk with me yesterday about the backend role.';
  await page.keyboard.type(text);
  await page.waitForTimeout(600);
  await win.locator('[role="button"][aria-label^="Send"]').click();
  await page.waitForFunction(() => window.__sent.length > 0);
  const sent = await sentList(1);
  assert.equal(sent.length, 1, JSON.stringify(sent));
  assert.equal(sent[0].to, 'p1');
  assert.equal(sent[0].interview_id, 'i1');
  assert.equal(sent[0].kind, 'thank_you');
  assert.equal(sent[0].channel, 'email');
  assert.equal(sent[0].text, text);
  await page.close();

  const popup = await h.ctx.newPage();
  await popup.goto(`${h.base}/popup/popup.html`);
  const row = popup.locator('.auto-logged li');
  await row.first().waitFor();
  assert.match(await row.first().innerText(), /Thank-you to Jane Doe · email/);
  await popup.getByRole('button', { name: /^Undo: Thank-you to Jane Doe/ }).click();
  await popup.locator('.auto-logged').waitFor({ state: 'detached' });
  assert.deepEqual((await h.storage()).log.sent, []);
  await popup.close();
});

test('Gmail: a status check held and cancelled ("Edit") is not logged; a message to someone untracked is not logged', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const win = page.locator('#compose1');
  await win.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Hi Jane, is there any update on the role?');
  await win.locator('[role="button"][aria-label^="Send"]').click();
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  const other = page.locator('#compose2');
  await other.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Thanks for lunch yesterday, Sam!');
  await page.waitForTimeout(600);
  await other.locator('[role="button"][aria-label^="Send"]').click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(1500);
  assert.deepEqual((await h.storage()).log.sent, []);
  await page.close();
});

test('LinkedIn messaging: a status check sent anyway is logged once as a follow-up on LinkedIn', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/janedoe/');
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type('Good morning Jane, is there any update on the decision?');
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  const sent = await sentList(1);
  await page.waitForTimeout(800);
  assert.equal((await h.storage()).log.sent.length, 1, 'logged once');
  assert.equal(sent[0].to, 'p1');
  assert.equal(sent[0].kind, 'follow_up');
  assert.equal(sent[0].channel, 'linkedin');
  await page.close();
});
