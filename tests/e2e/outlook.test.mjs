// Outlook on the web: a new message and an inline reply. Fixture page
// (tests/fixtures/pages/outlook-mail.html) modelled on Outlook's markup,
// served at outlook.office.com and outlook.live.com with a strict CSP; the
// real extension and WASM core; times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card } from './harness.mjs';

const HOSTS = ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com'];

/** @type {import('./harness.mjs').Server} */
function serve(url) {
  if (HOSTS.includes(url.host) && url.pathname.startsWith('/mail/')) {
    return { body: fixture('outlook-mail.html', { TO1: 'jane.doe@acme.example', TO1NAME: 'Jane Doe', TO2: 'sam@elsewhere.example', TO2NAME: 'Sam Lee' }) };
  }
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

/** What the page's own listeners got: [where] of one event type and label part. @param {import('playwright-core').Page} page @param {string} type @param {string} label */
const got = (page, type, label) =>
  page.evaluate(([t, l]) => window.__received.filter((r) => r.type === t && r.label.includes(l)).map((r) => r.where), [type, label]);
const ctrlEnters = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => window.__received.filter((r) => r.type === 'keydown' && r.key === 'Enter' && r.label.startsWith('Message body')).map((r) => r.where));

const STATUS_CHECK = 'Good morning Jane, is there any update on the decision?';

test('Outlook: the adapter reports both compose forms with their recipients (chip title "Name <address>", chip with a hidden address span)', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://outlook.office.com/mail/inbox');
  const d = await describeAdapters(page);
  assert.equal(d.site, 'outlook');
  assert.equal(d.page, null);
  assert.deepEqual(d.actions, {});
  assert.deepEqual(d.composers, [
    { surface: 'email', to: ['jane.doe@acme.example'], editableTag: 'DIV', sendButtons: 1 },
    { surface: 'email', to: ['sam@elsewhere.example'], editableTag: 'DIV', sendButtons: 1 },
  ]);
  await page.close();
});

test('Outlook: a status check to the interviewer the morning after is held on Send and on Ctrl+Enter; "Edit" keeps it; "Send anyway" sends once and the compose closes', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://outlook.office.com/mail/inbox');
  const win = page.locator('#compose-new');
  await win.getByRole('textbox', { name: 'Add a subject' }).fill('Checking in');
  await page.locator('#body-new').click();
  await page.keyboard.type(STATUS_CHECK);
  const beside = await h.warningFrame(page);
  // Let the last keystroke's check land: the card may have come from a pause mid-typing.
  await page.waitForTimeout(600);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);

  await win.getByRole('button', { name: 'Send', exact: true }).click();
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await got(page, 'click', 'Send'), [], 'the held Send click reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  assert.equal(await win.count(), 1, 'the compose is still open');

  await page.locator('#body-new').click();
  await page.keyboard.press('Control+Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await ctrlEnters(page), [], 'the held Ctrl+Enter reached the page');
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ id: 'compose-new', how: 'ctrl-enter', text: STATUS_CHECK }]);
  assert.deepEqual(await ctrlEnters(page), ['window-capture', 'root-capture', 'root-bubble']);
  assert.equal(await win.count(), 0, 'the compose closed after sending');
  assert.deepEqual(errors, []);
  await page.close();

  // Automatic logging: the message that went out is in the log once, as a
  // follow-up by email to the interviewer, with its text ("Edit" logged nothing).
  let sent = [];
  for (let i = 0; i < 25 && !sent.length; i++) {
    await new Promise((r) => setTimeout(r, 200));
    sent = (await h.storage()).log.sent;
  }
  assert.equal(sent.length, 1, JSON.stringify(sent));
  assert.deepEqual([sent[0].to, sent[0].interview_id, sent[0].channel, sent[0].kind, sent[0].text], ['p1', 'i1', 'email', 'follow_up', STATUS_CHECK]);
});

test('Outlook (outlook.live.com): "Send anyway" on a held Send click sends exactly once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://outlook.live.com/mail/0/');
  const win = page.locator('#compose-new');
  await page.locator('#body-new').click();
  await page.keyboard.type(STATUS_CHECK);
  await page.waitForTimeout(800);
  await win.getByRole('button', { name: 'Send', exact: true }).click();
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => [s.id, s.how])), [['compose-new', 'click']]);
  assert.deepEqual(await got(page, 'click', 'Send'), ['window-capture', 'root-capture', 'root-bubble']);
  await page.close();
});

test('Outlook: the same status check in the inline reply to someone untracked is not held and sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://outlook.office365.com/mail/inbox');
  await page.locator('#body-reply').click();
  await page.keyboard.type('Good morning Sam, is there any update on the decision?');
  await page.waitForTimeout(800);
  await page.locator('#compose-reply').getByRole('button', { name: 'Send', exact: true }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => [s.id, s.how])), [['compose-reply', 'click']]);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.equal(await page.locator('#compose-reply').count(), 0);
  await page.close();
});
