// Reddit: comments and posts in the current UI (web components, shadow
// roots) and on old.reddit.com (plain forms). Fixture pages
// (tests/fixtures/pages/reddit-*.html) modelled on Reddit's markup, served
// at www.reddit.com and old.reddit.com with a strict CSP; the real
// extension and WASM core; times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, card } from './harness.mjs';

const PEOPLE = { AUTHOR: 'quiet_owl_42', COMMENTER: 'river-stone' };
const profile = (/** @type {string} */ u) => `https://www.reddit.com/user/${u}/`;

/** @type {import('./harness.mjs').Server} */
function serve(url) {
  if (url.host === 'www.reddit.com') {
    if (/^\/r\/careerfixture\/comments\/fx0001\//.test(url.pathname)) return { body: fixture('reddit-post.html', PEOPLE) };
    if (url.pathname === '/r/careerfixture/submit') return { body: fixture('reddit-submit.html') };
  }
  if (url.host === 'old.reddit.com' && /^\/r\/careerfixture\/comments\/fx0001\//.test(url.pathname)) {
    return { body: fixture('reddit-old.html', PEOPLE) };
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

const POST_URL = 'https://www.reddit.com/r/careerfixture/comments/fx0001/waiting_to_hear_back/';
const OLD_URL = 'https://old.reddit.com/r/careerfixture/comments/fx0001/waiting_to_hear_back/';
const VENT = 'Acme Corp ghosted me after the final round. Their recruiters are clowns.';
const NEUTRAL = 'Good luck! Acme Corp took about two weeks to get back to me, so hang in there.';

/** Clicks the page's own listeners got (any label). @param {import('playwright-core').Page} page */
const clicks = (page) => page.evaluate(() => window.__received.filter((r) => r.type === 'click').map((r) => r.where));
/** The titles the held card lists. @param {import('playwright-core').FrameLocator} frame */
const titles = (frame) => frame.locator('#warnings li .title').allInnerTexts();

test('Reddit: the adapter reports the reply box under a comment (its author) and, once "Join the conversation" is clicked, the post\'s comment box (the post\'s author); the trigger itself is no box', async () => {
  const page = await h.ctx.newPage();
  await page.goto(POST_URL);
  let d = await describeAdapters(page);
  assert.equal(d.site, 'reddit');
  assert.deepEqual(d.composers, [{ surface: 'comment', to: [profile(PEOPLE.COMMENTER)], editableTag: 'DIV', sendButtons: 1 }]);
  await page.getByRole('textbox', { name: 'Join the conversation' }).or(page.locator('faceplate-textarea-input')).first().click();
  await page.locator('#post-composer-host [contenteditable="true"]').waitFor();
  d = await describeAdapters(page);
  assert.deepEqual(d.composers, [
    { surface: 'comment', to: [profile(PEOPLE.AUTHOR)], editableTag: 'DIV', sendButtons: 1 },
    { surface: 'comment', to: [profile(PEOPLE.COMMENTER)], editableTag: 'DIV', sendButtons: 1 },
  ]);
  assert.deepEqual(d.actions, {});
  await page.close();
});

test('Reddit: a comment venting about the tracked company gets public-vent and Comment is held; "Edit" keeps it; "Post anyway" posts once and the box empties', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(POST_URL);
  await page.locator('faceplate-textarea-input').click();
  const box = page.locator('#post-composer-host [contenteditable="true"]');
  await box.click();
  await page.keyboard.type(VENT);
  const beside = await h.warningFrame(page);
  // Let the last keystroke's check land: the card may have come from a pause mid-typing.
  await page.waitForTimeout(600);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);
  const submit = page.locator('#post-composer-host button[slot="submit-button"]');
  const before = (await clicks(page)).length;
  await submit.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match((await titles(card(page))).join('|'), /complains about Acme Corp/);
  assert.equal((await clicks(page)).length, before, 'the held Comment click reached the page');
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);

  await submit.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ kind: 'comment', where: 'post-composer-host', text: VENT }]);
  assert.equal((await box.innerText()).trim(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Reddit: a neutral reply (editor inside the composer\'s shadow root) is not held and posts once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  await page.goto(POST_URL);
  await page.locator('#reply-composer-host [contenteditable="true"]').click();
  await page.keyboard.type(NEUTRAL);
  await page.waitForTimeout(800);
  await page.locator('#reply-composer-host button[slot="submit-button"]').click();
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ kind: 'comment', where: 'reply-composer-host', text: NEUTRAL }]);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  await page.close();
});

test('Reddit new post: the title (inside a shadow root) is read with the body; a title venting about the company holds Post (inside a shadow root); "Post anyway" posts once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.reddit.com/r/careerfixture/submit');
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [{ surface: 'public_post', to: [], editableTag: 'DIV', sendButtons: 0 }]);
  const title = 'Acme Corp is a disorganized, disrespectful mess';
  await page.locator('#innerTextArea').fill(title);
  await page.locator('[name="body"][contenteditable]').click();
  await page.keyboard.type('Three rounds, then silence for a month.');
  await page.waitForTimeout(800);
  const post = page.locator('#inner-post-submit-button');
  const before = (await clicks(page)).length;
  await post.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match((await titles(card(page))).join('|'), /complains about Acme Corp/);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);
  assert.equal((await clicks(page)).length, before, 'the held Post click reached the page');
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ kind: 'post', title, text: 'Three rounds, then silence for a month.' }]);
  assert.deepEqual((await clicks(page)).slice(before), ['window-capture', 'root-capture', 'root-bubble']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('old.reddit.com: the adapter reports the two comment forms (not the display-only ones); a venting reply holds "save"; a neutral comment saves at once; each saves once', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 15) }));
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(OLD_URL);
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [
    { surface: 'comment', to: [profile(PEOPLE.AUTHOR)], editableTag: 'TEXTAREA', sendButtons: 1 },
    { surface: 'comment', to: [profile(PEOPLE.COMMENTER)], editableTag: 'TEXTAREA', sendButtons: 1 },
  ]);

  await page.locator('#reply-comment').fill(VENT);
  await page.waitForTimeout(800);
  const save = page.locator('#commentreply_t1_fx0002 button.save');
  await save.click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.match((await titles(card(page))).join('|'), /complains about Acme Corp/);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted), [{ kind: 'old', where: 'commentreply_t1_fx0002', text: VENT }]);
  assert.equal(await page.locator('#reply-comment').inputValue(), '');

  await page.locator('#top-comment').fill(NEUTRAL);
  await page.waitForTimeout(800);
  await page.locator('#form-t3_fx0001 button.save').click();
  await page.waitForFunction(() => window.__posted.length > 1);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__posted.map((p) => p.where)), ['commentreply_t1_fx0002', 'form-t3_fx0001']);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
