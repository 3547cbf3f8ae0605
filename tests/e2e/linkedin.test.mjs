// LinkedIn beyond the profile's top card: the messaging overlay (plain
// Enter sends), the invitation dialog's "Add a note", Connect in search
// results, and the post composer. Fixture pages modelled on LinkedIn's
// markup, served at www.linkedin.com with a strict CSP; the real WASM core;
// times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, janeLog, daysFromNow, describeAdapters, extFrames, card } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serveFixtures);
});
after(async () => {
  await h?.close();
});

/** The page's own listeners' records of one event type (and label part). @param {import('playwright-core').Page} page @param {string} type @param {string} [label] */
const got = (page, type, label) =>
  page.evaluate(([t, l]) => window.__received.filter((r) => r.type === t && (!l || r.label.includes(l))).map((r) => r.where), [type, label]);
/** Where the page's listeners got Enter in the message box. @param {import('playwright-core').Page} page */
const enters = (page) =>
  page.evaluate(() => window.__received.filter((r) => r.type === 'keydown' && r.key === 'Enter' && r.label.includes('Write a message')).map((r) => r.where));
/** The warnings the card lists: [severity class, title]. @param {import('playwright-core').FrameLocator} frame */
const listed = async (frame) =>
  frame.locator('#warnings li').evaluateAll((lis) => lis.map((li) => [li.className, li.querySelector('.title')?.textContent?.replace(/^(Stop|Caution|Tip)/, '') ?? '']));
/** Asserts the card lists exactly these warnings: [severity, a pattern of the title]. @param {[string, string][]} got @param {[string, RegExp][]} want */
function assertListed(got, want) {
  assert.deepEqual(got.map(([sev]) => sev), want.map(([sev]) => sev), JSON.stringify(got));
  for (const [i, [, re]] of want.entries()) assert.match(got[i][1], re);
}

const STATUS_CHECK = 'Good morning Jane, is there any update on the decision?';

test('LinkedIn messaging: the adapter reports a direct message to the thread partner (profile URL)', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/janedoe/');
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'direct_message', to: ['https://www.linkedin.com/in/janedoe/'], editableTag: 'DIV', sendButtons: 1 }]);
  await page.close();
});

test('LinkedIn messaging: a status check the morning after, sent with plain Enter, is held; "Edit" drops it; Shift+Enter is a new line, never held; "Send anyway" sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/messaging/thread/janedoe/');
  const box = page.locator('.msg-form__contenteditable');
  await box.click();
  await page.keyboard.type(STATUS_CHECK);
  const beside = await h.warningFrame(page); // the warning beside the box while typing
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);

  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assertListed(await listed(card(page)), [['stop', /too soon/i]]);
  assert.deepEqual(await enters(page), [], 'the held Enter reached the page');
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  assert.deepEqual(await enters(page), []);
  assert.equal((await box.innerText()).trim(), STATUS_CHECK, 'the text is still there to edit');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable')), true, 'the focus is back in the box');

  // Shift+Enter: a new line, straight to the page, nothing held.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Best, Alex');
  await page.waitForTimeout(600);
  assert.deepEqual(await enters(page), ['window-capture', 'root-capture', 'root-bubble']);
  assert.match(await box.innerText(), /decision\?\n+Best, Alex/);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0, 'Shift+Enter was held');
  assert.deepEqual(await page.evaluate(() => window.__sent), []);

  // Plain Enter again, and send it anyway: exactly once.
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  const sent = await page.evaluate(() => window.__sent);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].how, 'enter');
  assert.match(sent[0].text, /^Good morning Jane, is there any update on the decision\?\n+Best, Alex$/);
  assert.deepEqual(await enters(page), Array(2).fill(['window-capture', 'root-capture', 'root-bubble']).flat());
  assert.deepEqual(errors, []);
  await page.close();
});

test('LinkedIn messaging: a thank-you sent with Enter is not held and reaches the page once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/janedoe/');
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type('Hi Jane, thank you for taking the time to talk with me yesterday.');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => s.how)), ['enter']);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  await page.close();
});

test('LinkedIn invitation: a note asking "any update on the decision?" the day after is read and checked: the card shows both warnings; a thank-you note then goes through once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300);
  await page.locator('main button[aria-label="Invite Jane Doe to connect"]').click();
  await (await h.warningFrame(page)).getByRole('button', { name: 'Connect anyway' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Add a note' }).click();
  await page.locator('#custom-message').fill('Hi Jane, any update on the decision?');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();

  const frame = await h.warningFrame(page);
  // follow-up-too-soon in the note (stop) and connect-interviewer (caution).
  assertListed(await listed(frame), [
    ['stop', /too soon/i],
    ['caution', /connect.*Jane Doe/i],
  ]);
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Send anyway');
  assert.deepEqual(await got(page, 'click', 'Send invitation'), [], 'the held Send reached the page');
  await frame.getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__invites), []);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'custom-message', 'Edit goes back to the note');

  // A thank-you note: nothing new to warn about (the connection was confirmed), so it is not held.
  await page.locator('#custom-message').fill('Hi Jane, thank you for the conversation yesterday. I enjoyed hearing about the platform team.');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await page.waitForFunction(() => window.__invites.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__invites), [
    { to: 'Jane Doe', note: 'Hi Jane, thank you for the conversation yesterday. I enjoyed hearing about the platform team.' },
  ]);
  assert.deepEqual(await got(page, 'click', 'Send invitation'), ['window-capture', 'root-capture', 'root-bubble']);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('LinkedIn invitation: "Send without a note" after a confirmed Connect is not asked again; on an untracked profile nothing is held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300);
  await page.locator('main button[aria-label="Invite Jane Doe to connect"]').click();
  await (await h.warningFrame(page)).getByRole('button', { name: 'Connect anyway' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send without a note' }).click();
  await page.waitForFunction(() => window.__invites.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__invites), [{ to: 'Jane Doe', note: '' }]);
  assert.equal(await extFrames(page), 0);

  await page.goto('https://www.linkedin.com/in/chris-vale/');
  await page.waitForTimeout(300);
  await page.locator('main button[aria-label="Invite Chris Vale to connect"]').click();
  await page.getByRole('button', { name: 'Add a note' }).click();
  await page.locator('#custom-message').fill('Hi Chris, any update on the decision?');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.waitForFunction(() => window.__invites.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__invites), [{ to: 'Chris Vale', note: 'Hi Chris, any update on the decision?' }]);
  assert.equal(await extFrames(page), 0);
  await page.close();
});

test('LinkedIn search results: Connect names the person from its label and the profile from the result\'s link; a tracked person\'s is held, another\'s is not', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/search/results/people/?keywords=acme');
  const d = await describeAdapters(page);
  assert.deepEqual(d.actions, { main: { connect: 2, follow: 1 } });
  assert.equal(d.page, null);
  await page.waitForTimeout(300);

  // "Jane D.": the name alone is nobody in the log; the link is Jane Doe's profile.
  await page.locator('button[aria-label="Invite Jane D. to connect"]').click();
  const frame = await h.warningFrame(page);
  assertListed(await listed(frame), [['caution', /connect.*Jane Doe/i]]);
  assert.deepEqual(await got(page, 'click'), []);
  await frame.getByRole('button', { name: 'Connect anyway' }).click();
  await page.waitForFunction(() => window.__count('click') === 3);
  assert.deepEqual(await got(page, 'click', 'Invite Jane D.'), ['window-capture', 'root-capture', 'root-bubble']);

  await page.locator('button[aria-label="Invite Chris Vale to connect"]').click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(await got(page, 'click', 'Invite Chris Vale'), ['window-capture', 'root-capture', 'root-bubble']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('LinkedIn post composer: "Start a post" opens a public post box; a post venting about the company is warned about and Post is held; "Post anyway" posts once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-2, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/feed/');
  await page.getByRole('button', { name: 'Start a post' }).click();
  const box = page.locator('[data-share-modal] .ql-editor');
  await box.waitFor();
  const d = await describeAdapters(page);
  assert.deepEqual(
    d.composers.map((/** @type {any} */ c) => [c.surface, c.to, c.sendButtons]),
    [['comment', ['Robin Major'], 1], ['public_post', [], 1]],
  );

  await box.click();
  const vent = 'Just left my interview at Acme Corp. What a disorganized, disrespectful mess. Worst hiring process ever.';
  await page.keyboard.type(vent);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);
  const post = page.locator('[data-share-modal] button.share-actions__primary-action');
  await post.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assertListed(await listed(card(page)), [['stop', /Acme Corp/]]);
  assert.deepEqual(await page.evaluate(() => window.__shared), []);
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__shared), []);
  assert.deepEqual(await got(page, 'click', 'Post'), []);

  await post.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__shared.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__shared), [vent]);
  assert.deepEqual(await got(page, 'click', 'Post'), ['window-capture', 'root-capture', 'root-bubble']);
  assert.deepEqual(errors, []);
  await page.close();
});
