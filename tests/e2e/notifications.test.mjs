// Due reminders as browser notifications (optional, off by default): the
// options page's switch, the alarm it registers, and what the background
// showed (chrome.notifications.getAll() and its stored state), with the
// alarm made to fire at once instead of in 30 minutes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, janeLog, daysFromNow, ymd } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(() => null);
});
after(async () => {
  await h?.close();
});

const ALARM = 'reminder-notifications';
const SWITCH = 'Show due reminders as browser notifications (each at most once a day)';

/** What the background registered and showed, seen from an extension page. @param {import('playwright-core').Page} page */
const background = (page) =>
  page.evaluate(async (name) => {
    const { notifications = null, prefs = null } = await chrome.storage.local.get(['notifications', 'prefs']);
    return { alarm: (await chrome.alarms.get(name)) ?? null, shown: Object.keys(await chrome.notifications.getAll()).sort(), state: notifications, prefs };
  }, ALARM);

/** Polls until `check` holds for the background's state. @param {import('playwright-core').Page} page @param {(b: any) => boolean} check */
async function until(page, check, what = 'the background') {
  const end = Date.now() + 5000;
  for (;;) {
    const b = await background(page);
    if (check(b)) return b;
    if (Date.now() > end) throw new Error(`${what}: ${JSON.stringify(b)}`);
    await page.waitForTimeout(50);
  }
}

/** Makes the registered alarm fire now (as it would in 30 minutes). @param {import('playwright-core').Page} page */
const fireAlarm = (page) => page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 20, periodInMinutes: 30 }), ALARM);

test('reminder notifications: off by default; on registers the alarm and shows each due caution reminder once a day; off clears the alarm', async () => {
  const log = janeLog({ at: daysFromNow(-2, 15) }); // a thank-you is due (caution); the follow-up window is only info
  await h.setLog(log);
  const page = await h.ctx.newPage();
  await page.goto(`${h.base}/options/options.html`);
  const toggle = page.getByLabel(SWITCH);
  await toggle.waitFor();
  assert.equal(await toggle.isChecked(), false, 'on by default');
  let b = await background(page);
  assert.deepEqual([b.alarm, b.shown, b.state], [null, [], null]);

  await toggle.check();
  b = await until(page, (x) => x.alarm && x.state?.runs === 1, 'switching on');
  assert.equal(b.alarm.periodInMinutes, 30);
  assert.deepEqual(b.prefs, { notify: true });
  const today = ymd(new Date());
  const jane = `interview-guard:thank-you-due|p1|i1:${today}`;
  assert.deepEqual(b.shown, [jane], 'the due thank-you (and only it: info reminders are not notified)');
  assert.deepEqual(b.state.shown, { 'thank-you-due|p1|i1': jane });
  await page.reload();
  assert.equal(await page.getByLabel(SWITCH).isChecked(), true);

  // The person dismisses it; the alarm fires again the same day: not shown again.
  await page.evaluate((id) => chrome.notifications.clear(id), jane);
  await fireAlarm(page);
  b = await until(page, (x) => x.state?.runs === 2, 'the alarm');
  assert.deepEqual(b.shown, []);
  assert.ok(b.alarm, 'the alarm is still registered');

  // A second interviewer owed a thank-you: shown at the next run, once.
  log.people.push({ id: 'p2', name: 'Omar Reyes', title: 'Staff Engineer', company: 'Acme Corp', emails: [], profiles: [], invited_to_connect: false });
  log.interviews[0].interviewer_ids.push('p2');
  await h.setLog(log);
  await fireAlarm(page);
  b = await until(page, (x) => x.state?.runs === 3, 'the alarm');
  const omar = `interview-guard:thank-you-due|p2|i1:${today}`;
  assert.deepEqual(b.shown, [omar]);
  await fireAlarm(page);
  b = await until(page, (x) => x.state?.runs === 4, 'the alarm');
  assert.deepEqual(b.shown, [omar], 'shown twice the same day');

  // Off: the alarm goes; nothing more is shown.
  await page.getByLabel(SWITCH).uncheck();
  b = await until(page, (x) => x.alarm === null, 'switching off');
  assert.deepEqual(b.prefs, { notify: false });
  await page.evaluate((id) => chrome.notifications.clear(id), omar);
  await fireAlarm(page); // an alarm that fires anyway (e.g. one already queued) shows nothing
  await page.waitForTimeout(300);
  b = await background(page);
  assert.deepEqual(b.shown, []);
  assert.equal(b.state.runs, 4);
  await page.evaluate((name) => chrome.alarms.clear(name), ALARM);
  await page.close();
});
