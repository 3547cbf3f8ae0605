// The background service worker stopped or unable to answer at the moment
// of a click or send (TESTING.md "Held clicks and sends"). The worker is
// stopped through the DevTools protocol (ServiceWorker.stopAllWorkers) and
// paused through it (Debugger.pause on the worker's target); the content
// script's capture listener must still hold the click, the message must
// wake the worker, and "… anyway" must let the click through exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, janeLog, daysFromNow, extFrames } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serveFixtures);
});
after(async () => {
  await h?.close();
});

/** How many times each of the page's own listeners got an event. @param {import('playwright-core').Page} page @param {string} type */
const perListener = (page, type) =>
  page.evaluate((t) => {
    /** @type {Record<string, number>} */
    const out = { 'window-capture': 0, 'root-capture': 0, 'root-bubble': 0 };
    for (const r of window.__received) if (r.type === t) out[r.where] = (out[r.where] || 0) + 1;
    return out;
  }, type);
const ONCE = { 'window-capture': 1, 'root-capture': 1, 'root-bubble': 1 };

test('LinkedIn: the worker stopped right before Connect: the click is still held, the card shown; stopped again, "Connect anyway" lets it through once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300); // the identity index arrives
  const states = await h.stopWorker(page);
  assert.deepEqual(states.slice(-2), ['stopping', 'stopped'], `the worker was not running, then stopped: ${states}`);
  await page.locator('main button[aria-label="Invite Jane Doe to connect"]').click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.equal(await page.evaluate(() => window.__received.length), 0, 'a held event reached the page');

  // Stopped again while the card is up: the choice wakes it and still arrives.
  await h.stopWorker(page);
  await frame.getByRole('button', { name: 'Connect anyway' }).click();
  await page.waitForFunction(() => window.__count('click') === 3);
  await page.waitForTimeout(300);
  assert.deepEqual(await perListener(page, 'click'), ONCE);
  assert.deepEqual(await perListener(page, 'mouseup'), ONCE);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Gmail: the worker stopped right before Send (the text changed since the last check): Send is held; "Send anyway" sends once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  const win = page.locator('#compose1');
  await win.locator('input[name="subjectbox"]').fill('Checking in');
  await win.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Hi Jane, is there any update on the role?');
  await h.warningFrame(page); // the warning beside the box: the worker answered
  await h.stopWorker(page);
  // One more word and Send at once: the answer in hand is for other text, so
  // the content script must ask the stopped worker.
  await page.keyboard.type(' Thanks');
  await win.locator('[role="button"][aria-label^="Send"]').click();
  const f = page.frameLocator('iframe[src^="chrome-extension://"]:visible');
  await f.getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sent.length), 0);
  assert.equal(await page.evaluate(() => window.__count('mouseup', 'Send')), 0);
  await h.stopWorker(page);
  await f.getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__sent), [{ id: 'compose1', how: 'mouseup' }]);
  assert.equal(await page.evaluate(() => window.__count('click', 'Send')), 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the worker restarting mid-check: the check is retried once and the click is still held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300);
  const dbg = await h.pauseWorker();
  try {
    await page.locator('main button[aria-label="Invite Jane Doe to connect"]').click();
    await dbg.paused(); // the check reached the worker, which cannot answer it
    await h.stopWorker(page); // and goes away with the question unanswered
  } finally {
    await dbg.resume();
  }
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Jane Doe/);
  assert.equal(await page.evaluate(() => window.__received.length), 0);
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__received.length), 0);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a worker that cannot answer: the check is given up silently, the click goes through once, no error; the page keeps working', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.linkedin.com/in/janedoe/');
  await page.waitForTimeout(300);
  const connect = page.locator('main button[aria-label="Invite Jane Doe to connect"]');
  const dbg = await h.pauseWorker();
  try {
    const t0 = Date.now();
    await connect.click();
    await dbg.paused();
    assert.equal(await page.evaluate(() => window.__received.length), 0, 'held while the check is pending');
    // Two attempts of 2 s each (retried once), then the click is let go: no warning.
    await page.waitForFunction(() => window.__count('click') === 3, null, { timeout: 8000, polling: 50 });
    const waited = Date.now() - t0;
    assert.ok(waited >= 3900, `given up after ${waited} ms: not retried`);
    await page.waitForTimeout(300);
    assert.deepEqual(await perListener(page, 'click'), ONCE);
    assert.equal(await extFrames(page), 0, 'a card appeared without an answer');
  } finally {
    await dbg.resume();
  }
  // The page and the extension keep working: the next click is held again.
  await page.evaluate(() => (window.__received.length = 0));
  await connect.click();
  const frame = await h.warningFrame(page);
  assert.equal(await page.evaluate(() => window.__received.length), 0);
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  assert.deepEqual(errors, [], 'errors in the page console');
  await page.close();
});
