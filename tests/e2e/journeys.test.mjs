// Journeys a person takes, in real Chromium with the built extension and
// the real WASM core: fixture pages served at LinkedIn's and Gmail's real
// addresses with a strict CSP; times relative to the real now (the fake
// clock does not reach the worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, janeLog, daysFromNow, ymd, extFrames } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;

before(async () => {
  h = await launch(serveFixtures);
});

after(async () => {
  await h?.close();
});

/** @param {import('playwright-core').Page} page @param {string} type @param {string} [label] */
const received = (page, type, label) => page.evaluate(([t, l]) => window.__count(t, l), [type, label]);

test('popup: log an interview with a new interviewer; the log keeps the names as written', async () => {
  await h.setLog({ version: 1, interviews: [], people: [], sent: [], views: [], settings: {} });
  const page = await h.ctx.newPage();
  await page.goto(`${h.base}/popup/popup.html`);
  const at = daysFromNow(-1, 15);
  await page.getByLabel('Company', { exact: true }).fill('Acme Corp');
  await page.getByLabel('Company domain').fill('acme.example');
  await page.getByLabel('Role').fill('Backend Engineer');
  await page.getByLabel('Stage').selectOption('phone_screen');
  await page.getByLabel('Date and time').fill(`${ymd(at)}T15:00`);
  await page.getByLabel('Name', { exact: true }).fill('Jane Doe');
  await page.getByLabel('Title').fill('Engineering Manager');
  await page.getByLabel('Email').fill('jane.doe@acme.example');
  await page.getByLabel('Profile links (one per line)').fill('https://www.linkedin.com/in/janedoe');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await page.locator('[data-interview]').first().waitFor();
  assert.match(await page.locator('[data-interview]').first().innerText(), /Acme Corp[\s\S]*Jane Doe/);
  const s = await h.storage();
  assert.match(JSON.stringify(s.log), /"name":"Jane Doe"/);
  assert.equal(s.log.interviews[0].interviewer_ids[0], s.log.people[0].id);
  await page.close();
});

test('popup: invalid input shows inline errors and saves nothing', async () => {
  const page = await h.ctx.newPage();
  await page.goto(`${h.base}/popup/popup.html`);
  const before = (await h.storage()).log.interviews.length;
  await page.getByRole('button', { name: 'Save interview' }).click();
  await assert.doesNotReject(page.locator('[data-error-for="company"]', { hasText: 'Enter the company' }).waitFor());
  assert.match(await page.locator('[data-error-for="at"]').innerText(), /date and time/);
  assert.equal(await page.getByLabel('Company', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal((await h.storage()).log.interviews.length, before);
  await page.close();
});

test('LinkedIn: Connect on the interviewer\'s profile is held; the card names her; "Connect anyway" lets one click through; "Cancel" drops it', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/janedoe/');
  const connect = page.locator('main button[aria-label="Invite Jane Doe to connect"]');
  await page.waitForTimeout(300); // the identity index arrives
  await connect.click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.equal(await received(page, 'click'), 0, 'the held click reached a page listener');
  assert.equal(await received(page, 'mousedown'), 0);
  await frame.getByRole('button', { name: /anyway$/ }).click();
  await page.waitForFunction(() => window.__count('click') === 3);
  await page.waitForTimeout(200);
  for (const where of ['window-capture', 'root-capture', 'root-bubble']) {
    const n = await page.evaluate((w) => window.__received.filter((r) => r.type === 'click' && r.where === w).length, where);
    assert.equal(n, 1, `${where} got the click ${n} times`);
  }
  assert.equal(await extFrames(page), 0);

  // Again, and cancel.
  await page.evaluate(() => (window.__received.length = 0));
  await connect.click();
  const frame2 = await h.warningFrame(page);
  await frame2.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(400);
  assert.equal(await received(page, 'click'), 0);
  assert.equal(await extFrames(page), 0);
  await page.close();
});

test('LinkedIn: Follow inside "More" and the keyboard (Enter on a focused button) are held too', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300);
  await page.locator('main [role="button"][aria-label="Follow Jane Doe"]').click();
  let frame = await h.warningFrame(page);
  assert.equal(await frame.getByRole('button', { name: /anyway$/ }).innerText(), 'Follow anyway');
  assert.equal(await received(page, 'click'), 0);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.equal(await extFrames(page), 0, 'Escape in the card cancels');
  assert.equal(await received(page, 'click'), 0);

  await page.locator('main button[aria-label="Invite Jane Doe to connect"]').focus();
  await page.keyboard.press('Enter');
  frame = await h.warningFrame(page);
  assert.equal(await received(page, 'click'), 0);
  await frame.getByRole('button', { name: /anyway$/ }).click();
  await page.waitForFunction(() => window.__count('click') >= 3);
  assert.equal(await page.evaluate(() => window.__received.filter((r) => r.type === 'click' && r.where === 'root-bubble').length), 1);
  await page.close();
});

test('LinkedIn: Connect on an untracked profile is not held and reaches the page once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/chris-vale/');
  await page.waitForTimeout(300);
  await page.locator('main button[aria-label="Invite Chris Vale to connect"]').click();
  await page.waitForTimeout(800);
  assert.equal(await extFrames(page), 0);
  assert.equal(await page.evaluate(() => window.__received.filter((r) => r.type === 'click' && r.where === 'root-bubble' && r.trusted).length), 1);
  await page.close();
});

test('LinkedIn: a venting comment gets a warning with the words highlighted, and Post is held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-2, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  const box = page.locator('.ql-editor[role="textbox"]');
  await box.click();
  await page.keyboard.type('Acme Corp ran the worst, most disrespectful interview I have ever sat through. Awful company.');
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#warnings').innerText(), /\S/);
  const marked = await page.evaluate(() => {
    const out = [];
    for (const name of ['interview-guard-stop', 'interview-guard-caution']) {
      const hl = CSS.highlights.get(name);
      if (hl) for (const r of hl) out.push(r.toString());
    }
    return out;
  });
  assert.ok(marked.length > 0, 'no highlighted words');
  assert.equal(await box.innerText(), 'Acme Corp ran the worst, most disrespectful interview I have ever sat through. Awful company.', 'the page text changed');
  await page.locator('button.comments-comment-box__submit-button').click();
  const held = page.frameLocator('iframe[src^="chrome-extension://"]:visible').getByRole('button', { name: /anyway$/ });
  await held.waitFor();
  assert.equal(await page.evaluate(() => (window.__posted || []).length), 0);
  await page.frameLocator('iframe[src^="chrome-extension://"]:visible').getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window.__posted || []).length), 0);
  await page.close();
});

test('LinkedIn: a neutral comment gets nothing', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-2, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await page.locator('.ql-editor[role="textbox"]').click();
  await page.keyboard.type('Congratulations on the launch, the new dashboard looks great.');
  await page.waitForTimeout(1200);
  assert.equal(await extFrames(page), 0);
  await page.locator('button.comments-comment-box__submit-button').click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window.__posted || []).length), 1);
  await page.close();
});

test('Gmail: asking the interviewer for news the next morning holds Send (button and Ctrl+Enter); "Send anyway" sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const win = page.locator('#compose1');
  await win.locator('input[name="subjectbox"]').fill('Checking in');
  await win.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Hi Jane, is there any update on the role? I would love to hear about the next steps.');
  await h.warningFrame(page);
  await win.locator('[role="button"][aria-label^="Send"]').click();
  const f = page.frameLocator('iframe[src^="chrome-extension://"]:visible');
  await f.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sent.length), 0);
  await f.getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__sent.length), 0);

  await win.locator('[contenteditable="true"]').click();
  await page.keyboard.press('Control+Enter');
  await f.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sent.length), 0);
  await f.getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ id: 'compose1', how: 'ctrl-enter' }]);
  await page.close();
});

test('Gmail: the same message a week later, after the decision date, is not held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-8, 15), decision: ymd(daysFromNow(-4)) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const win = page.locator('#compose1');
  await win.locator('input[name="subjectbox"]').fill('Checking in');
  await win.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Hi Jane, is there any update on the role? I would love to hear about the next steps.');
  await page.waitForTimeout(1200);
  const stop = await page
    .frameLocator('iframe[src^="chrome-extension://"]:visible')
    .locator('li.stop')
    .count()
    .catch(() => 0);
  assert.equal(stop, 0);
  await win.locator('[role="button"][aria-label^="Send"]').click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ id: 'compose1', how: 'mouseup' }]);
  await page.close();
});

test('Gmail: two compose windows at once — the one to the interviewer is held, the other sends freely, each once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const first = page.locator('#compose1');
  const second = page.locator('#compose2');
  await first.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Hi Jane, is there any update on the role?');
  await second.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Any update on the move? Let me know when the boxes arrive.');
  await page.waitForTimeout(800);
  // The second window goes to someone untracked: Send reaches the page at once.
  await second.locator('[role="button"][aria-label^="Send"]').click();
  await page.waitForFunction(() => window.__sent.length > 0);
  // The first window asks the interviewer for news the morning after: held.
  await first.locator('[role="button"][aria-label^="Send"]').click();
  const f = page.frameLocator('iframe[src^="chrome-extension://"]:visible');
  await f.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => s.id)), ['compose2']);
  await f.getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 1);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__sent.map((s) => s.id)), ['compose2', 'compose1']);
  await page.close();
});
