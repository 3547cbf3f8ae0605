// Facebook: the feed (post dialog, a comment box, friend requests, "People
// you may know", an open chat tab) and profile pages, in English and in
// French. Fixture pages modelled on Facebook's markup (facebook-*.html),
// served at www.facebook.com with a strict CSP; the real extension and the
// real WASM core; times relative to the real now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow, describeAdapters, extFrames, card } from './harness.mjs';

// Facebook's labels as the fixtures show them, per UI language (data: the
// page's words, not the adapter's).
const LABELS = {
  en: {
    LANG: 'en', CREATE_A_POST: 'Create a post', WHATS_ON_YOUR_MIND: "What's on your mind", FOLLOW: 'Follow', ACTIONS_FOR_POST: 'Actions for this post',
    LIKE: 'Like', LEAVE_A_COMMENT: 'Leave a comment', COMMENT: 'Comment', COMMENT_BY: 'Comment by', TWO_HOURS_AGO: '2 hours ago', REPLY: 'Reply',
    WRITE_A_COMMENT: 'Write a comment…', INSERT_EMOJI: 'Insert an emoji', FRIEND_REQUESTS: 'Friend requests', MUTUAL_FRIENDS: 'mutual friends',
    CONFIRM: 'Confirm', DELETE: 'Delete', PEOPLE_YOU_MAY_KNOW: 'People you may know', PROFILE_PICTURE_OF: 'Profile picture of', ADD_FRIEND: 'Add friend',
    CHAT_SETTINGS: 'Chat settings', MINIMISE_CHAT: 'Minimise chat', CLOSE_CHAT: 'Close chat', MESSAGES_IN_CONVERSATION_WITH: 'Messages in conversation with',
    REACT: 'React', ATTACH_FILE: 'Attach a file', MESSAGE: 'Message', WRITE_TO: 'Write to', SEND_A_LIKE: 'Send a Like', PRESS_ENTER_TO_SEND: 'Press enter to send',
    CREATE_POST: 'Create post', CLOSE: 'Close', POST: 'Post', COVER_PHOTO: 'Cover photo', FRIENDS: 'friends', POKE: 'Poke', POSTS: 'Posts', ABOUT: 'About',
  },
  fr: {
    LANG: 'fr', CREATE_A_POST: 'Créer une publication', WHATS_ON_YOUR_MIND: 'Quoi de neuf', FOLLOW: 'Suivre', ACTIONS_FOR_POST: 'Actions pour cette publication',
    LIKE: 'J’aime', LEAVE_A_COMMENT: 'Laissez un commentaire', COMMENT: 'Commenter', COMMENT_BY: 'Commentaire de', TWO_HOURS_AGO: 'il y a 2 heures', REPLY: 'Répondre',
    WRITE_A_COMMENT: 'Écrivez un commentaire…', INSERT_EMOJI: 'Insérer un emoji', FRIEND_REQUESTS: 'Invitations', MUTUAL_FRIENDS: 'ami(e)s en commun',
    CONFIRM: 'Confirmer', DELETE: 'Supprimer', PEOPLE_YOU_MAY_KNOW: 'Vous connaissez peut-être', PROFILE_PICTURE_OF: 'Photo de profil de', ADD_FRIEND: 'Ajouter',
    CHAT_SETTINGS: 'Paramètres de discussion', MINIMISE_CHAT: 'Réduire la discussion', CLOSE_CHAT: 'Fermer la discussion', MESSAGES_IN_CONVERSATION_WITH: 'Messages de la conversation avec',
    REACT: 'Réagir', ATTACH_FILE: 'Joindre un fichier', MESSAGE: 'Message', WRITE_TO: 'Écrire à', SEND_A_LIKE: 'Envoyer un J’aime', PRESS_ENTER_TO_SEND: 'Appuyez sur Entrée pour envoyer',
    CREATE_POST: 'Créer une publication', CLOSE: 'Fermer', POST: 'Publier', COVER_PHOTO: 'Photo de couverture', FRIENDS: 'ami(e)s', POKE: 'Poke', POSTS: 'Publications', ABOUT: 'À propos',
  },
};

const JANE = { name: 'Jane Doe', slug: 'jane.doe.77', id: '100000000000011' };
const JANE_PROFILE = `https://www.facebook.com/${JANE.slug}`;
const JANE_BY_ID = `https://www.facebook.com/profile.php?id=${JANE.id}`;
const CHRIS_BY_ID = 'https://www.facebook.com/profile.php?id=100000000000042';

/** The labels of a language as fixture variables (L_*). @param {'en'|'fr'} lang */
const labelVars = (lang) => Object.fromEntries(Object.entries(LABELS[lang]).map(([k, v]) => [k === 'LANG' ? k : `L_${k}`, v]));

/**
 * Our Facebook fixtures at their real addresses:
 *   www.facebook.com/                 the feed (English; ?lang=fr in French): Jane's post, chat with Jane
 *   www.facebook.com/jane.doe.77      Jane Doe's profile (?lang=fr in French)
 *   www.facebook.com/profile.php?id=100000000000042   Chris Vale's profile (a numeric one)
 * @param {URL} url
 */
function serve(url) {
  if (url.host !== 'www.facebook.com') return null;
  const lang = url.searchParams.get('lang') === 'fr' ? 'fr' : 'en';
  const L = labelVars(lang);
  if (url.pathname === '/') {
    return { body: fixture('facebook-feed.html', { ...L, NAME: JANE.name, SLUG: JANE.slug, CHAT_NAME: JANE.name, CHAT_ID: JANE.id }) };
  }
  if (url.pathname === `/${JANE.slug}`) return { body: fixture('facebook-profile.html', { ...L, NAME: JANE.name, PROFILE: JANE_PROFILE }) };
  if (url.pathname === '/profile.php' && url.searchParams.get('id') === '100000000000042') {
    return { body: fixture('facebook-profile.html', { ...L, NAME: 'Chris Vale', PROFILE: CHRIS_BY_ID }) };
  }
  return null;
}

/** A log with Jane Doe's interview yesterday afternoon; her Facebook profiles (by name and by number) are known. */
function log() {
  const l = janeLog({ at: daysFromNow(-1, 15) });
  l.people[0].profiles.push(JANE_PROFILE, JANE_BY_ID);
  return l;
}

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(serve);
});
after(async () => {
  await h?.close();
});

/** Where the page's listeners got a click on a control (by a part of its label). @param {import('playwright-core').Page} page @param {string} label */
const clicks = (page, label) => page.evaluate((l) => window.__received.filter((r) => r.type === 'click' && r.label.includes(l)).map((r) => r.where), label);
/** The page's own record of what it sent. @param {import('playwright-core').Page} page */
const sent = (page) => page.evaluate(() => window.__sent);
const ONCE = ['window-capture', 'root-capture', 'root-bubble'];

const STATUS_CHECK = 'Hi Jane, is there any update on the decision?';
const VENT = 'Just left my interview at Acme Corp. What a disorganized, disrespectful mess. Worst hiring process ever.';

test('Facebook feed: the adapter reports the comment box (to the post author), the chat box (to the partner, by number), and whom each Like, Follow, Confirm and Add friend is about', async () => {
  const page = await h.ctx.newPage();
  await page.goto('https://www.facebook.com/');
  const d = await describeAdapters(page);
  assert.equal(d.site, 'facebook');
  assert.equal(d.page, null);
  assert.deepEqual(d.composers, [
    { surface: 'comment', to: [JANE.name, JANE_PROFILE], editableTag: 'DIV', sendButtons: 1 },
    { surface: 'direct_message', to: [JANE_BY_ID], editableTag: 'DIV', sendButtons: 1 },
  ]);
  assert.deepEqual(d.actions, { main: { follow: 1, like: 2 }, aside: { friend: 3 } });
  assert.deepEqual(
    d.targets.map((/** @type {any} */ t) => [t.where, t.action, t.name, t.profile]),
    [
      ['main', 'follow', JANE.name, JANE_PROFILE],
      ['main', 'like', JANE.name, JANE_PROFILE],
      ['main', 'like', 'Sam Lee', 'https://www.facebook.com/sam.lee.9'],
      ['aside', 'friend', 'Chris Vale', CHRIS_BY_ID],
      ['aside', 'friend', 'Robin Major', 'https://www.facebook.com/profile.php?id=100000000000077'],
      ['aside', 'friend', JANE.name, JANE_PROFILE],
    ],
  );
  // "What's on your mind" opens the post dialog: a public post box with its Post button.
  await page.locator('[data-fb="open-composer"]').click();
  await page.locator('[data-fb="post-dialog"]').waitFor();
  const after = await describeAdapters(page);
  assert.deepEqual(after.composers[2], { surface: 'public_post', to: [], editableTag: 'DIV', sendButtons: 1 });
  await page.close();
});

test('Facebook profiles: the page is about its person (by name, or by number with ?id kept); Add friend, Follow and Poke in the header are about them, "People you may know" about someone else', async () => {
  const page = await h.ctx.newPage();
  await page.goto(`https://www.facebook.com/${JANE.slug}`);
  const d = await describeAdapters(page);
  assert.deepEqual(d.page, { name: JANE.name, profile: JANE_PROFILE });
  assert.deepEqual(d.actions, { 'top-card': { friend: 1, follow: 1, poke: 1 }, main: { friend: 1, like: 1 } });
  assert.deepEqual(d.naming, { 'top-card': 3, sticky: 0, main: 1, aside: 0 });
  assert.deepEqual(
    d.targets.filter((/** @type {any} */ t) => t.where === 'main').map((/** @type {any} */ t) => [t.action, t.name, t.profile]),
    [['friend', 'Robin Major', 'https://www.facebook.com/robin.major.5'], ['like', JANE.name, JANE_PROFILE]],
  );
  await page.goto(`${CHRIS_BY_ID}&sk=about`);
  assert.deepEqual((await describeAdapters(page)).page, { name: 'Chris Vale', profile: CHRIS_BY_ID });
  await page.close();
});

test('Facebook profile: Add friend on a tracked interviewer is held and names her; Cancel keeps it from the page; "Add friend anyway" reaches it once; on an untracked profile nothing is held', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto(`https://www.facebook.com/${JANE.slug}`);
  await page.waitForTimeout(300);
  const add = page.locator('[role="main"] [role="button"][aria-label="Add friend"]').first();
  await add.click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(JANE.name));
  assert.deepEqual(await clicks(page, 'Add friend'), [], 'the held click reached the page');
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await clicks(page, 'Add friend'), []);

  await add.click();
  await (await h.warningFrame(page)).getByRole('button', { name: 'Add friend anyway' }).click();
  await page.waitForFunction(() => window.__count('click', 'Add friend') === 3);
  await page.waitForTimeout(300);
  assert.deepEqual(await clicks(page, 'Add friend'), ONCE);

  // Poke: attention to her activity, held too.
  await page.locator('[role="button"][aria-label="Poke"]').click();
  await (await h.warningFrame(page)).getByRole('button', { name: /^Cancel/ }).waitFor();
  assert.deepEqual(await clicks(page, 'Poke'), []);

  await page.goto(CHRIS_BY_ID);
  await page.waitForTimeout(300);
  await page.locator('[role="main"] [role="button"][aria-label="Add friend"]').first().click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.deepEqual(await clicks(page, 'Add friend'), ONCE);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Facebook feed: "Add friend" in a "People you may know" card (no name in its label) is held for the tracked person of the card, not for another; Like on her post is held, Like on a stranger\'s comment is not', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.facebook.com/');
  await page.waitForTimeout(300);
  const cards = page.locator('[role="complementary"] li');
  await cards.nth(0).getByRole('button', { name: 'Add friend' }).click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.equal((await clicks(page, 'Add friend')).length, 3);

  await cards.nth(1).getByRole('button', { name: 'Add friend' }).click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(JANE.name));
  assert.equal((await clicks(page, 'Add friend')).length, 3, 'the held click reached the page');
  await frame.getByRole('button', { name: /^Cancel/ }).click();

  const post = page.locator('[aria-posinset="1"]');
  await post.locator(':scope > [role="button"][aria-label="Like"]').click();
  const like = await h.warningFrame(page);
  assert.match(await like.locator('#card').innerText(), /Jane Doe/);
  await like.getByRole('button', { name: 'Like anyway' }).click();
  await page.waitForFunction(() => window.__count('click', 'Like') === 3);

  await post.locator('[role="article"] [role="button"][aria-label="Like"]').click();
  await page.waitForTimeout(600);
  assert.equal(await extFrames(page), 0);
  assert.equal((await clicks(page, 'Like')).length, 6);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Facebook chat: a status check the morning after is held on Enter and on the send arrow; "Edit" keeps it; "Send anyway" sends once; a thank-you goes straight through', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.facebook.com/');
  const box = page.locator('[data-fb="chat-box"]');
  await box.click();
  await page.keyboard.type(STATUS_CHECK);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /too soon/i);
  await page.waitForTimeout(500); // every check of the typing has answered

  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Send anyway' }).waitFor();
  assert.deepEqual(await sent(page), []);
  await card(page).getByRole('button', { name: /^Edit/ }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), []);
  assert.equal((await box.innerText()).trim(), STATUS_CHECK);

  await page.locator('[data-fb="chat-send"]').click();
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [{ box: 'chat', how: 'button', text: STATUS_CHECK }]);

  await box.click();
  await page.keyboard.type('Hi Jane, thank you for your time yesterday.');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__sent.length > 1);
  assert.deepEqual((await sent(page)).map((/** @type {any} */ s) => s.how), ['button', 'enter']);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Facebook comment: a vent about the company under a post is warned about and its Enter is held; "Post anyway" posts once; a neutral comment is not held', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.facebook.com/');
  const box = page.locator('[data-fb="comment-form"] [contenteditable]');
  await box.click();
  await page.keyboard.type(VENT);
  const beside = await h.warningFrame(page);
  assert.match(await beside.locator('#warnings').innerText(), /Acme Corp/);
  await page.waitForTimeout(500); // every check of the typing has answered
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.deepEqual(await sent(page), []);
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [{ box: 'comment', how: 'enter', text: VENT }]);

  await box.click();
  await page.keyboard.type('Congratulations on the launch, the demo looked great.');
  await page.waitForTimeout(800);
  await page.locator('[data-fb="comment-send"]').click();
  await page.waitForFunction(() => window.__sent.length > 1);
  assert.equal((await sent(page))[1].how, 'button');
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Facebook post dialog: a post venting about the company is held at Post; "Post anyway" posts once; a neutral post is not held', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.facebook.com/');
  await page.locator('[data-fb="open-composer"]').click();
  const box = page.locator('[data-fb="post-dialog"] [contenteditable]');
  await box.click();
  await page.keyboard.type(VENT);
  await h.warningFrame(page);
  await page.locator('[data-fb="post-send"]').click();
  await card(page).getByRole('button', { name: 'Post anyway' }).waitFor();
  assert.deepEqual(await sent(page), []);
  assert.deepEqual(await clicks(page, 'Post'), []);
  await card(page).getByRole('button', { name: 'Post anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [{ box: 'post', how: 'button', text: VENT }]);
  assert.deepEqual(await clicks(page, 'Post'), ONCE);

  await page.locator('[data-fb="open-composer"]').click();
  await page.locator('[data-fb="post-dialog"] [contenteditable]').click();
  await page.keyboard.type('A lovely weekend hike with the family.');
  await page.waitForTimeout(800);
  await page.locator('[data-fb="post-send"]').click();
  await page.waitForFunction(() => window.__sent.length > 1);
  assert.equal(await card(page).getByRole('button', { name: /anyway$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Facebook in French: the boxes and controls are found by their French labels; "J’aime" on her post and "Ajouter" in her card are held; the chat sends on Entrée only after "Send anyway"', async () => {
  await h.setLog(log());
  const page = await h.ctx.newPage();
  const errors = h.errorsOf(page);
  await page.goto('https://www.facebook.com/?lang=fr');
  const d = await describeAdapters(page);
  assert.deepEqual(d.composers, [
    { surface: 'comment', to: [JANE.name, JANE_PROFILE], editableTag: 'DIV', sendButtons: 1 },
    { surface: 'direct_message', to: [JANE_BY_ID], editableTag: 'DIV', sendButtons: 1 },
  ]);
  assert.deepEqual(d.actions, { main: { follow: 1, like: 2 }, aside: { friend: 3 } });
  await page.locator('[data-fb="open-composer"]').click();
  await page.locator('[data-fb="post-dialog"]').waitFor();
  assert.equal((await describeAdapters(page)).composers[2]?.surface, 'public_post');
  await page.locator('[data-fb="post-close"]').click();

  await page.locator('[aria-posinset="1"] > [role="button"][aria-label="J’aime"]').click();
  await (await h.warningFrame(page)).getByRole('button', { name: /^Cancel/ }).click();
  assert.deepEqual(await clicks(page, 'J’aime'), []);
  await page.locator('[role="complementary"] li').nth(1).getByRole('button', { name: 'Ajouter' }).click();
  const frame = await h.warningFrame(page);
  assert.ok((await frame.locator('#card').innerText()).includes(JANE.name));
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  assert.deepEqual(await clicks(page, 'Ajouter'), []);

  await page.locator('[data-fb="chat-box"]').click();
  await page.keyboard.type(STATUS_CHECK);
  await h.warningFrame(page);
  await page.waitForTimeout(500); // every check of the typing has answered
  await page.keyboard.press('Enter');
  // The typing card gives way to the held one: one card, then its button.
  await page.waitForFunction(() => document.querySelectorAll('iframe[src^="chrome-extension://"]').length === 1);
  await card(page).getByRole('button', { name: 'Send anyway' }).click();
  await page.waitForFunction(() => window.__sent.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await sent(page), [{ box: 'chat', how: 'enter', text: STATUS_CHECK }]);
  assert.deepEqual(errors, []);
  await page.close();
});
