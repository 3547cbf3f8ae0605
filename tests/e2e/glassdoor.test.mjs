// Glassdoor: the company review form and the interview review form (both
// public posts about the company in their heading). Fixture pages
// (tests/fixtures/pages/glassdoor-*.html) modelled on Glassdoor's survey
// pages, served at www.glassdoor.com and www.glassdoor.co.uk with a strict
// CSP; the real extension and WASM core; times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card } from './harness.mjs';

/** @type {import('./harness.mjs').Server} */
function serve(url) {
  if (url.host !== 'www.glassdoor.com' && url.host !== 'www.glassdoor.co.uk') return null;
  if (url.pathname === '/mz-survey/employer/collectReview_input.htm') return { body: fixture('glassdoor-review.html', { COMPANY: 'Acme Corp' }) };
  if (url.pathname === '/mz-survey/interview/collectInterviews_input.htm') return { body: fixture('glassdoor-interview.html', { COMPANY: 'Acme Corp' }) };
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

const REVIEW_URL = 'https://www.glassdoor.com/mz-survey/employer/collectReview_input.htm?i=1001&j=true';
const INTERVIEW_URL = 'https://www.glassdoor.co.uk/mz-survey/interview/collectInterviews_input.htm?i=1001';

/** Clicks on "Submit…" the page's own listeners got. @param {import('playwright-core').Page} page */
const submitClicks = (page) => page.evaluate(() => window.__received.filter((r) => r.type === 'click' && r.label.startsWith('Submit')).map((r) => r.where));

test('Glassdoor: the adapter reports one public post per review form, about the company in its heading; the search form is no box', async () => {
  const page = await h.ctx.newPage();
  await page.goto(REVIEW_URL);
  let d = await describeAdapters(page);
  assert.equal(d.site, 'glassdoor');
  assert.deepEqual(d.actions, {});
  assert.deepEqual(d.composers, [{ surface: 'public_post', to: ['Acme Corp'], editableTag: 'TEXTAREA', sendButtons: 1 }]);
  await page.goto(INTERVIEW_URL);
  d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'public_post', to: ['Acme Corp'], editableTag: 'TEXTAREA', sendButtons: 1 }]);
  await page.close();
});

test('Glassdoor: a review venting about the tracked company in Cons gets public-vent and Submit is held; "Edit" keeps it; "Post anyway" submits once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(REVIEW_URL);
  await page.getByLabel('Review headline').fill('Interviewed recently');
  await page.getByLabel('Pros', { exact: true }).fill('Nice office and free coffee.');
  await page.getByLabel('Cons', { exact: true }).click();
  const vent = 'Acme Corp strung me along for weeks and the managers are rude and dismissive.';
  await page.keyboard.type(vent);
  const beside = await h.warningFrame(page);
  // Let the last keystroke's check land: the card may have come from a pause mid-typing.
  await page.waitForTimeout(600);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);

  const submit = page.getByRole('button', { name: 'Submit Review' });
  await submit.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match(await card(page).locator('#warnings').innerText(), /complains about Acme Corp/);
  assert.deepEqual(await submitClicks(page), [], 'the held Submit reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__submitted), []);

  await submit.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__submitted.length > 0);
  await page.waitForTimeout(300);
  const sent = await page.evaluate(() => window.__submitted);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].fields.cons, vent);
  assert.deepEqual(await submitClicks(page), ['window-capture', 'root-capture', 'root-bubble']);
  assert.equal(await page.locator('#thanks').count(), 1, 'the site moved on to its thank-you note');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Glassdoor: a vent in a review of the tracked company that never names it is about that company: Submit is held', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(REVIEW_URL);
  await page.getByLabel('Review headline').fill('Not again');
  await page.getByLabel('Cons', { exact: true }).click();
  await page.keyboard.type('The managers were rude and dismissive, and the whole process was a mess.');
  await h.warningFrame(page);
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Submit Review' }).click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match(await card(page).locator('#warnings').innerText(), /complains about Acme Corp/);
  assert.deepEqual(await page.evaluate(() => window.__submitted), []);
  await card(page).getByRole('button', { name: /^Cancel|^Edit/ }).click();
  await page.close();
});

test('Glassdoor: a neutral interview review of the tracked company is not held and submits once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(INTERVIEW_URL);
  await page.getByLabel('Describe the interview process').fill('A phone screen with Acme Corp, then a take-home exercise and a panel of three. Clear and well organised.');
  await page.getByLabel('Interview question').fill('How would you design a rate limiter?');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Submit Interview Review' }).click();
  await page.waitForFunction(() => window.__submitted.length > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__submitted.length), 1);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(await submitClicks(page), ['window-capture', 'root-capture', 'root-bubble']);
  await page.close();
});

test('Glassdoor: Enter in the headline (the browser submits the form through Submit) is held too; "Post anyway" submits once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(REVIEW_URL);
  await page.getByLabel('Cons', { exact: true }).fill('Acme Corp strung me along for weeks and the managers are rude and dismissive.');
  await page.getByLabel('Review headline').click();
  await page.keyboard.type('Avoid');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__submitted), []);
  assert.deepEqual(await submitClicks(page), []);
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__submitted.length > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__submitted.length), 1);
  assert.equal(await page.evaluate(() => window.__submitted[0].fields.reviewHeadline), 'Avoid');
  await page.close();
});
